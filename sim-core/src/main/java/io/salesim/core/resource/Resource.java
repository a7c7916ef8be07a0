package io.salesim.core.resource;

import io.salesim.core.engine.Meaning;
import io.salesim.core.engine.Counter;
import io.salesim.core.engine.EventAction;
import io.salesim.core.engine.Level;
import io.salesim.core.engine.ModelElement;
import io.salesim.core.engine.WorkCalendar;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * A work centre of servers — people or machines — working to a calendar. Items wait with the
 * chosen discipline, either for any server or for one named server (a salesperson's own
 * accounts); a free server takes the better of its own next item and the shared one. Items
 * may lapse after their expiry. Servers join and leave, may be absent (ill), ramp up after
 * joining, and the whole centre can improve its productivity over time.
 *
 * <p>The resource records its own statistics, so none can be forgotten: {@code <prefix>.headcount}
 * (servers on staff), {@code .busy_<noun>}, {@code .available_<noun>}, {@code .utilization} (busy working hours over available working
 * hours), {@code .queue_length}, {@code .queue_hours} (work content waiting),
 * {@code .wait_hours} with {@code .wait_probability} and {@code .wait_hours_p50}, {@code _p90},
 * {@code _p95} ({@link Waits}), and {@code .queue_departures_per_week} — every departure from the
 * queue counts in these, served, lapsed or moved elsewhere, so Little's law holds — and its active periods
 * (all available servers busy, or work waiting) for shifting-bottleneck detection.
 */
public final class Resource<T> extends ModelElement {
    /** Called when a waiting item is granted a server; the item now holds it until {@link #release}. */
    @FunctionalInterface
    public interface Granted<T> {
        void granted(T item, Resource<T>.Server server);
    }

    /** One server: a person or a machine, with its own waiting line and ramp. */
    public final class Server {
        private final int id;
        private final WaitingLine<T> own;
        private boolean present = true;
        private boolean busy;
        private boolean gone;
        private boolean listedFree;
        private double presenceFactor = 1;
        private double rampStart;
        private double rampEnd;
        private double startProductivity = 1;
        // what it holds while busy, and for process(), what to call when done
        private T holding;
        private EventAction<? super T> holdingDone;

        private Server(int id) {
            this.id = id;
            this.own = new WaitingLine<>(discipline);
        }

        /** Numbered from 0 in order of joining, per replication. */
        public int id() {
            return id;
        }

        public boolean isBusy() {
            return busy;
        }

        public boolean isPresent() {
            return present && !gone;
        }

        /** The item it holds now (granted and not yet released), or null. */
        public T holding() {
            return holding;
        }

        /** Items waiting for this server only. */
        public int waiting() {
            return own.size();
        }

        private boolean canTakeWork() {
            return present && !gone && !busy;
        }

        private double ramp(double now) {
            if (now >= rampEnd) {
                return 1;
            }
            double done = Math.max(0, (now - rampStart) / (rampEnd - rampStart));
            return startProductivity + (1 - startProductivity) * done;
        }
    }

    private final WorkCalendar calendar;
    private final QueueDiscipline discipline;
    private final int initialServers;
    private final double baseProductivity;
    private final WaitingLine<T> shared;
    private final List<Server> servers = new ArrayList<>();
    // every server that joined this replication, by id (the free list holds ids: storing an int
    // costs no write barrier, storing a reference into an old array does)
    @SuppressWarnings("unchecked")  // an array of the inner class: created raw, holds only this resource's servers
    private Server[] byId = (Server[]) new Resource<?>.Server[16];
    // the free servers' ids, idle longest first, in a ring of a power of 2
    private int[] free = new int[16];
    private int freeHead;
    private int freeSize;
    private final Level staff;
    private final Level busy;
    private final Level available;
    private final Level queueLength;
    private final Level queueHours;
    private final Waits waits;
    private final Counter departures;
    private final ActivePeriods active;
    private final EventAction<Server> workDone = this::workDone;
    private final Consumer<WaitingLine.Entry<T>> lapse = this::lapse;
    private Consumer<? super T> onLapse = item -> { };
    private Predicate<? super T> withdrawn = item -> false;
    private int nextId;
    private int busyCount;
    private int availableCount;
    private int waitingCount;
    private double waitingHours;
    private long sequence;
    private double improveFrom;
    private double improveTo;
    private double improveStart;
    private double improveEnd;

    public Resource(ModelElement parent, String name, int servers, WorkCalendar calendar, QueueDiscipline discipline,
                    String metricPrefix) {
        this(parent, name, servers, 1, calendar, discipline, metricPrefix, "servers");
    }

    /**
     * @param productivity work content is divided by it (1 = nominal)
     * @param serverNoun   how servers are called in metric names: {@code servers}, {@code people}, {@code lines}
     */
    public Resource(ModelElement parent, String name, int servers, double productivity, WorkCalendar calendar,
                    QueueDiscipline discipline, String metricPrefix, String serverNoun) {
        super(parent, name);
        if (servers < 0) {
            throw new IllegalArgumentException("servers must be >= 0, was " + servers);
        }
        if (!(productivity > 0) || Double.isInfinite(productivity)) {
            throw new IllegalArgumentException("productivity must be a finite number > 0, was " + productivity);
        }
        this.calendar = calendar;
        this.discipline = discipline;
        this.initialServers = servers;
        this.baseProductivity = productivity;
        this.shared = new WaitingLine<>(discipline);
        this.staff = level(metricPrefix + ".headcount", Meaning.neutral(serverNoun));
        this.busy = level(metricPrefix + ".busy_" + serverNoun, Meaning.neutral(serverNoun), calendar);
        this.available = level(metricPrefix + ".available_" + serverNoun, Meaning.neutral(serverNoun), calendar);
        this.queueLength = level(metricPrefix + ".queue_length", Meaning.lower("items"));
        this.queueHours = level(metricPrefix + ".queue_hours", Meaning.lower("hours"));
        this.waits = new Waits(this, metricPrefix, false);
        this.departures = counter(metricPrefix + ".queue_departures_per_week", Meaning.neutral("items/week"));
        declareQueue(metricPrefix, queueLength, departures, waits.hours());
        this.active = new ActivePeriods(calendar);
        computed(metricPrefix + ".utilization", Meaning.neutral("fraction").headline(), this::utilization, this::weeklyUtilization);
    }

    /** Where items that wait past their expiry go (by default nowhere: they just leave). */
    public void onLapse(Consumer<? super T> handler) {
        this.onLapse = handler;
    }

    /**
     * Items withdrawn while they waited (e.g. a cancelled order): when their turn comes they
     * leave the queue without taking a server.
     */
    public void withdrawnWhen(Predicate<? super T> test) {
        this.withdrawn = test;
    }

    @Override
    protected void initialize() {
        servers.clear();
        Arrays.fill(byId, null);
        freeHead = 0;
        freeSize = 0;
        shared.clear();
        nextId = 0;
        busyCount = 0;
        availableCount = 0;
        waitingCount = 0;
        waitingHours = 0;
        sequence = 0;
        improveFrom = 1;
        improveTo = 1;
        improveStart = 0;
        improveEnd = 0;
        active.reset(model().weeks());
        for (int i = 0; i < initialServers; i++) {
            join(1, 0);
        }
        record();
    }

    public WorkCalendar calendar() {
        return calendar;
    }

    /** The servers on staff now (absent ones included), in order of joining. */
    public List<Server> servers() {
        return servers;
    }

    public int headcount() {
        return servers.size();
    }

    public int busyServers() {
        return busyCount;
    }

    /** Items waiting, for any server or a named one. */
    public int waiting() {
        return waitingCount;
    }

    /** Work content waiting, in working hours at nominal productivity. */
    public double waitingHours() {
        return waitingHours;
    }

    public ActivePeriods activePeriods() {
        return active;
    }

    /** A newcomer who joins now at {@code startProductivity}, reaching full productivity over {@code rampWeeks}. */
    public Server hire(double startProductivity, double rampWeeks) {
        Server server = join(startProductivity, rampWeeks);
        dispatch(server);
        grantShared();
        record();
        return server;
    }

    private Server join(double startProductivity, double rampWeeks) {
        Server server = new Server(nextId++);
        if (server.id == byId.length) {
            byId = Arrays.copyOf(byId, 2 * byId.length);
        }
        byId[server.id] = server;
        server.rampStart = now();
        server.rampEnd = now() + rampWeeks * WorkCalendar.HOURS_PER_WEEK;
        server.startProductivity = startProductivity;
        servers.add(server);
        availableCount++; // present and on staff
        listFree(server);
        return server;
    }

    /**
     * The server leaves now (a busy one finishes its item first) and is no longer on staff;
     * returns the items that were waiting for it only, for the caller to send elsewhere.
     */
    public List<T> leave(Server server) {
        if (server.gone) {
            return List.of();
        }
        int before = counted(server);
        server.gone = true;
        servers.remove(server);
        availableCount += counted(server) - before;
        List<T> orphans = new ArrayList<>();
        for (WaitingLine.Entry<T> entry : server.own.drain()) {
            left(entry);
            orphans.add(entry.item());
        }
        record();
        return orphans;
    }

    /**
     * Lets {@code count} servers go, idle ones first (newest first), then busy ones, who finish
     * their item; items waiting for a leaver only move to the shared line. Returns how many left.
     */
    public int shrink(int count) {
        int left = 0;
        for (boolean idle : new boolean[] {true, false}) {
            for (int i = servers.size() - 1; i >= 0 && left < count; i--) {
                Server server = servers.get(i);
                if (server.busy != idle) {
                    for (WaitingLine.Entry<T> entry : server.own.drain()) {
                        shared.add(entry);
                    }
                    leave(server);
                    left++;
                }
            }
        }
        grantShared();
        record();
        return left;
    }

    /** Marks a server absent (its work waits) or present again, at a share of its productivity while covered. */
    public void setPresent(Server server, boolean present, double productivityFactor) {
        int before = counted(server);
        server.present = present;
        server.presenceFactor = productivityFactor;
        availableCount += counted(server) - before;
        if (present) {
            dispatch(server);
        }
        record();
    }

    /** Multiplies productivity by {@code factor}, linearly over {@code rampWeeks}, from now. */
    public void improve(double factor, double rampWeeks) {
        double current = improvement(now());
        improveFrom = current;
        improveTo = current * factor;
        improveStart = now();
        improveEnd = now() + rampWeeks * WorkCalendar.HOURS_PER_WEEK;
    }

    private double improvement(double now) {
        if (now >= improveEnd) {
            return improveTo;
        }
        return improveFrom + (improveTo - improveFrom) * (now - improveStart) / (improveEnd - improveStart);
    }

    /** The centre's productivity now, before a server's own ramp and cover. */
    public double productivity() {
        return baseProductivity * improvement(now());
    }

    /** One server's productivity now: the centre's, its ramp after joining, and cover while absent. */
    public double productivity(Server server) {
        return productivity() * server.ramp(now()) * server.presenceFactor;
    }

    /**
     * Asks for a server: {@code onGranted} runs now if one can take it, else when one is free.
     *
     * @param server    the one server that must take it, or null for any
     * @param expiresAt an item still waiting after this time lapses (infinity: never)
     * @param workHours work content, for the queue's hours of work waiting
     */
    public void seize(T item, double priority, double dueHours, double expiresAt, double workHours, Server server,
                      Granted<T> onGranted) {
        request(item, priority, dueHours, expiresAt, workHours, server, onGranted, null);
    }

    /** Seizes a server, works {@code workHours} at its productivity, releases it, then calls {@code onDone}. */
    public void process(T item, double workHours, double priority, double dueHours, double expiresAt, Server server,
                        EventAction<? super T> onDone) {
        request(item, priority, dueHours, expiresAt, workHours, server, null, onDone);
    }

    /**
     * A seize ({@code onGranted} set) or a process ({@code onDone} set): what waits is the item
     * and these two, in the line's arrays, so a request allocates nothing.
     */
    private void request(T item, double priority, double dueHours, double expiresAt, double workHours, Server server,
                         Granted<T> onGranted, EventAction<? super T> onDone) {
        if (server != null && server.gone) {
            throw new IllegalStateException(path() + ": server " + server.id + " has left");
        }
        // a free server has nothing of its own waiting and no shared work is left waiting: it takes the item now
        Server taker = server == null ? takeFree() : server.canTakeWork() ? server : null;
        if (taker != null) {
            waits.record(0);
            departures.increment();
            grant(taker, item, onGranted, onDone, workHours);
        } else {
            waitingCount++;
            waitingHours += workHours;
            WaitingLine<T> line = server == null ? shared : server.own;
            line.add(item, onGranted, onDone, now(), line.key(priority, dueHours), expiresAt, workHours, sequence++);
        }
        record();
    }

    /** {@link #process} by any server, never lapsing. */
    public void process(T item, double workHours, double priority, double dueHours, EventAction<? super T> onDone) {
        process(item, workHours, priority, dueHours, Double.POSITIVE_INFINITY, null, onDone);
    }

    /** The server is done with its item: it takes its next one, if any waits. */
    public void release(Server server) {
        if (!server.busy) {
            throw new IllegalStateException(path() + ": release of server " + server.id + " that holds nothing");
        }
        int before = counted(server);
        server.busy = false;
        server.holding = null;
        server.holdingDone = null;
        busyCount--;
        availableCount += counted(server) - before;
        dispatch(server);
        record();
    }

    /** Takes every waiting item out (e.g. to send it to another centre), in service order. */
    public List<T> drainWaiting() {
        return drainWaiting(item -> true);
    }

    /** Takes the waiting items {@code movable} accepts out, in service order; the others keep their places. */
    public List<T> drainWaiting(Predicate<? super T> movable) {
        Predicate<WaitingLine.Entry<T>> which = entry -> movable.test(entry.item());
        List<WaitingLine.Entry<T>> entries = new ArrayList<>(shared.drain(which));
        for (Server server : servers) {
            entries.addAll(server.own.drain(which));
        }
        entries.sort(WaitingLine.order(discipline));
        List<T> items = new ArrayList<>(entries.size());
        for (WaitingLine.Entry<T> entry : entries) {
            left(entry);
            items.add(entry.item());
        }
        record();
        return items;
    }

    /** Lapses every expired item wherever it waits. */
    public void sweep() {
        shared.sweep(now(), lapse);
        for (Server server : servers) {
            server.own.sweep(now(), lapse);
        }
        record();
    }

    /** Closes the open active period at the horizon. */
    public void finish() {
        active.finish(now());
    }

    public double utilization() {
        double availableArea = available.area();
        return availableArea > 0 ? busy.area() / availableArea : Double.NaN;
    }

    public double[] weeklyUtilization() {
        double[] busyMeans = busy.weeklyMeans();
        double[] availableMeans = available.weeklyMeans();
        double[] out = new double[busyMeans.length];
        for (int w = 0; w < out.length; w++) {
            out[w] = availableMeans[w] > 0 ? busyMeans[w] / availableMeans[w] : Double.NaN;
        }
        return out;
    }

    /** Items waiting, time-averaged over each week (0 in a week nothing waited). */
    public double[] weeklyQueueLength() {
        return queueLength.weeklyMeans();
    }

    /** Busy server-hours (working hours) in each week. */
    public double[] busyHoursByWeek() {
        return busy.weeklyTotals();
    }

    /** Servers on staff over time, for figures per server (e.g. per salesperson-week). */
    public Level headcountLevel() {
        return staff;
    }

    // --- dispatching ---------------------------------------------------------------------

    /** The server takes the item: a seize's {@code onGranted} runs, or a process's work starts. */
    private void grant(Server server, T item, Granted<T> onGranted, EventAction<? super T> onDone, double workHours) {
        int before = counted(server);
        server.busy = true;
        server.holding = item;
        busyCount++;
        availableCount += counted(server) - before;
        if (onGranted != null) {
            onGranted.granted(item, server);
        } else {
            // a server holds one item at a time: the event's payload is the server, which knows its item
            server.holdingDone = onDone;
            scheduleAt(workDone, calendar.finishTime(now(), workHours / productivity(server)), server);
        }
    }

    /** A free, present server takes its own next item or the shared one, whichever is served first. */
    private void dispatch(Server server) {
        if (!server.canTakeWork()) {
            return;
        }
        boolean mine = server.own.peekLive(now(), lapse);
        boolean any = shared.peekLive(now(), lapse);
        if (!server.canTakeWork()) {
            return; // a lapse handler above gave this server work (none does today); it holds one item at a time
        }
        if (!mine && !any) {
            listFree(server);
            return;
        }
        WaitingLine<T> line = mine && (!any || server.own.headBefore(shared)) ? server.own : shared;
        T item = line.headItem();
        @SuppressWarnings("unchecked")  // request() puts only a Granted<T> and an EventAction<? super T> there
        Granted<T> onGranted = (Granted<T>) line.headGranted();
        @SuppressWarnings("unchecked")
        EventAction<? super T> onDone = (EventAction<? super T>) line.headOnDone();
        double workHours = line.headWorkHours();
        left(line.headEnteredAt(), workHours);
        line.removeHead();
        if (withdrawn.test(item)) {
            dispatch(server);
            return;
        }
        grant(server, item, onGranted, onDone, workHours);
    }

    /** Shared work waiting and a free server: hand it over (after a server joins or returns). */
    private void grantShared() {
        Server server;
        while (!shared.isEmpty() && (server = takeFree()) != null) {
            dispatch(server);
        }
    }

    /** The free server idle longest, or null; stale entries (busy, absent, gone) are dropped on the way. */
    private Server takeFree() {
        while (freeSize > 0) {
            Server server = byId[free[freeHead]];
            freeHead = (freeHead + 1) & (free.length - 1);
            freeSize--;
            server.listedFree = false;
            if (server.canTakeWork()) {
                return server;
            }
        }
        return null;
    }

    /** {@code listedFree} mirrors membership of the free list, so a server is listed at most once. */
    private void listFree(Server server) {
        if (server.canTakeWork() && !server.listedFree) {
            server.listedFree = true;
            if (freeSize == free.length) {
                int[] larger = new int[2 * free.length];
                for (int i = 0; i < freeSize; i++) {
                    larger[i] = free[(freeHead + i) & (free.length - 1)];
                }
                free = larger;
                freeHead = 0;
            }
            free[(freeHead + freeSize++) & (free.length - 1)] = server.id;
        }
    }

    private void lapse(WaitingLine.Entry<T> entry) {
        left(entry);
        onLapse.accept(entry.item());
    }

    private void left(WaitingLine.Entry<T> entry) {
        left(entry.enteredAt(), entry.workHours());
    }

    /** An entry leaves a line (served, lapsed or moved): its wait counts, so Little's law holds. */
    private void left(double enteredAt, double workHours) {
        waitingCount--;
        waitingHours = waitingCount == 0 ? 0 : waitingHours - workHours;
        waits.record(now() - enteredAt);
        departures.increment();
    }

    /** A process's work is done: the server takes its next item, then the finished one's {@code onDone} runs. */
    private void workDone(Server server) {
        T item = server.holding;
        EventAction<? super T> onDone = server.holdingDone;
        release(server);
        onDone.handle(item);
    }

    /**
     * Whether a server counts as available: on staff and present, or still busy (absent or gone
     * servers finish their item). {@code availableCount} is the running sum of this over every
     * server, updated where {@code present}, {@code busy} or {@code gone} change, so no event
     * re-counts the staff (an integer count: the same value a full count gives).
     */
    private static int counted(Resource<?>.Server server) {
        return (server.gone ? server.busy : server.present || server.busy) ? 1 : 0;
    }

    private void record() {
        staff.set(servers.size());
        busy.set(busyCount);
        available.set(availableCount);
        queueLength.set(waitingCount);
        queueHours.set(waitingHours);
        active.update((availableCount > 0 && busyCount >= availableCount) || waitingCount > 0, now());
    }
}
