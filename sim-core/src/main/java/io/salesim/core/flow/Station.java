package io.salesim.core.flow;

import io.salesim.core.engine.Meaning;
import io.salesim.core.engine.Level;
import io.salesim.core.engine.ModelElement;
import io.salesim.core.engine.WorkCalendar;
import io.salesim.core.flow.FlowLine.Item;
import io.salesim.core.random.Sampler;
import io.salesim.core.resource.ActivePeriods;
import io.salesim.core.resource.WaitQueue;
import java.util.ArrayDeque;

/**
 * A station of a flow line. A server that finishes while the next station's buffer is full
 * keeps its item and is blocked (blocking after service) until space opens downstream.
 * A saturated station (the first of a line whose release is {@link FlowLineSpec.Saturated})
 * starts a new item whenever a server is free, so nothing waits in front of it.
 * Records {@code station.<name>.wait_hours}, {@code .queue_length}, {@code .utilization}
 * (share of server time spent processing) and {@code .blocked_fraction}, and its active periods
 * (every server processing or blocked, or items waiting) for the line's bottleneck.
 */
public final class Station extends ModelElement {
    private final FlowLine line;
    private final Station previous;
    private final int servers;
    private final Integer buffer;
    private final boolean saturated;
    private boolean activeNow;
    private boolean periodOpen;  // what the active periods were last told: active
    private double idleSince;    // when an open period's station last stopped being active
    private final Sampler processHours;
    private final WaitQueue<Item> queue;
    private final WorkCalendar calendar;
    private final Level processing;
    private final Level blocked;
    private final ArrayDeque<Item> blockedItems = new ArrayDeque<>();
    // servers processing or blocked, kept as an int: the levels hold doubles, and asking the
    // deque its size computes it, on every arrival and finish
    private int occupiedServers;
    private final ActivePeriods active;
    private Station next;  // set once by the downstream station's constructor

    Station(FlowLine line, StationSpec spec, Station previous, boolean saturated) {
        super(line, spec.name());
        this.line = line;
        this.previous = previous;
        this.saturated = saturated;
        this.servers = spec.servers();
        this.buffer = spec.buffer();
        this.processHours = sampler("process", spec.processTime());
        String prefix = "station." + spec.name();
        this.queue = new WaitQueue<>(this, "queue", prefix);
        this.calendar = line.spec().calendar();
        // utilisation counts only working hours: work content is done only while the line works
        this.processing = level(prefix + ".busy_servers", Meaning.neutral("servers"), calendar);
        this.blocked = level(prefix + ".blocked_servers", Meaning.lower("servers"), calendar);
        this.active = new ActivePeriods(calendar);
        computed(prefix + ".utilization", Meaning.neutral("fraction").headline(), () -> processing.mean() / servers, () -> perServer(processing.weeklyMeans()));
        // blocking only happens behind a finite buffer: worth a headline only there
        Meaning blockedMeaning = buffer == null ? Meaning.lower("fraction") : Meaning.lower("fraction").headline();
        computed(prefix + ".blocked_fraction", blockedMeaning, () -> blocked.mean() / servers, () -> perServer(blocked.weeklyMeans()));
        if (previous != null) {
            previous.next = this;
        }
    }

    @Override
    protected void initialize() {
        blockedItems.clear();
        occupiedServers = 0;
        active.reset(model().weeks());
        activeNow = false;
        periodOpen = false;
        idleSince = 0;
    }

    /** Cuts an active period open at the warm-up there, so that what came before counts no more than in any other statistic. */
    void cutActivePeriod() {
        settleActivity();
        active.finish(now());
    }

    /** Hands a pending end of activity to the active periods, at the horizon or the warm-up. */
    void settleActivity() {
        if (periodOpen && !activeNow) {
            active.update(false, idleSince);
            periodOpen = false;
        }
    }

    ActivePeriods activePeriods() {
        return active;
    }

    double[] weeklyUtilization() {
        return perServer(processing.weeklyMeans());
    }

    /**
     * Tells the active periods when the station stops or starts being active, except that an
     * idle moment of no duration is no gap: a closed line's first station frees its server and
     * gets the next item at one instant, from two events, and must not look idle in between.
     */
    private void recordActivity() {
        boolean nowActive = !hasFreeServer() || !queue.isEmpty();
        if (nowActive == activeNow) {
            return;
        }
        if (nowActive) {
            if (!periodOpen) {
                active.update(true, now());
                periodOpen = true;
            } else if (now() > idleSince) {
                active.update(false, idleSince);
                active.update(true, now());
            }
        } else {
            idleSince = now();
        }
        activeNow = nowActive;
    }

    void arrive(Item item) {
        if (hasFreeServer() && queue.isEmpty()) {
            queue.recordNoWait();
            start(item);
        } else {
            queue.add(item);
        }
        recordActivity();
    }

    /** Whether an item sent now would start or find room to wait. */
    boolean canAccept() {
        return hasFreeServer() || buffer == null || queue.size() < buffer;
    }

    private boolean hasFreeServer() {
        return occupiedServers < servers;
    }

    private void start(Item item) {
        occupiedServers++;
        processing.add(1);
        double now = now();
        line.scheduleEndOfProcess(this, item, calendar.finishTime(now, processHours.sample()) - now);
    }

    void endProcess(Item item) {
        processing.add(-1);
        occupiedServers--;
        if (next == null) {
            line.depart(item);
        } else if (next.canAccept()) {
            next.arrive(item);
        } else {
            blockedItems.add(item);
            occupiedServers++;
            blocked.set(blockedItems.size());
            recordActivity();
            return;
        }
        serverFreed();
        recordActivity();
    }

    /** A saturated station: every free server starts a new item, which waits 0. */
    void fillFreeServers() {
        while (hasFreeServer()) {
            queue.recordNoWait();
            start(line.enter());
        }
        recordActivity();
    }

    private void serverFreed() {
        if (!queue.isEmpty()) {
            start(queue.poll());
        } else if (saturated) {
            fillFreeServers();
        }
        if (previous != null) {
            previous.unblock();
        }
    }

    private void unblock() {
        while (!blockedItems.isEmpty() && next.canAccept()) {
            next.arrive(blockedItems.poll());
            occupiedServers--;
            blocked.set(blockedItems.size());
            serverFreed();
        }
        recordActivity();
    }

    private double[] perServer(double[] weeklyMeans) {
        for (int w = 0; w < weeklyMeans.length; w++) {
            weeklyMeans[w] /= servers;
        }
        return weeklyMeans;
    }
}
