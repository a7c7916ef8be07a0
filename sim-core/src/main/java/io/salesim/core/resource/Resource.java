package io.salesim.core.resource;

import io.salesim.core.engine.EventAction;
import io.salesim.core.engine.Level;
import io.salesim.core.engine.ModelElement;
import io.salesim.core.engine.WorkCalendar;

/**
 * A pool of identical servers (people or machines) working to a calendar. Items seize a
 * server, wait in a queue with the chosen discipline when none is free, and release it.
 * It records {@code <prefix>.utilization} (busy working hours over available working hours),
 * {@code <prefix>.queue_length} and {@code <prefix>.wait_hours}.
 */
public final class Resource<T> extends ModelElement {
    private final WorkCalendar calendar;
    private final int initialServers;
    private final WaitQueue<Request<T>> queue;
    private final Level busy;
    private final Level capacity;
    private final EventAction<Job<T>> finishJob = this::finish;
    private int servers;
    private int busyServers;

    private record Request<T>(T item, EventAction<? super T> onGranted) {
    }

    private record Job<T>(T item, EventAction<? super T> onDone) {
    }

    public Resource(ModelElement parent, String name, int servers, WorkCalendar calendar,
                    QueueDiscipline discipline, String metricPrefix) {
        super(parent, name);
        if (servers < 0) {
            throw new IllegalArgumentException("servers must be >= 0, was " + servers);
        }
        this.calendar = calendar;
        this.initialServers = servers;
        this.queue = new WaitQueue<>(this, "queue", discipline, metricPrefix);
        this.busy = level(metricPrefix + ".busy_servers", "servers", calendar);
        this.capacity = level(metricPrefix + ".available_servers", "servers", calendar);
        computed(metricPrefix + ".utilization", "fraction", this::utilization, this::weeklyUtilization);
    }

    @Override
    protected void initialize() {
        servers = initialServers;
        busyServers = 0;
        capacity.set(servers);
        busy.set(0);
    }

    public WorkCalendar calendar() {
        return calendar;
    }

    public int servers() {
        return servers;
    }

    public int busyServers() {
        return busyServers;
    }

    public int waiting() {
        return queue.size();
    }

    public WaitQueue<?> queue() {
        return queue;
    }

    public Level busy() {
        return busy;
    }

    public Level capacity() {
        return capacity;
    }

    /** Changes the head count now; servers above the new count finish their current item first. */
    public void setServers(int count) {
        if (count < 0) {
            throw new IllegalArgumentException("servers must be >= 0, was " + count);
        }
        servers = count;
        recordCapacity();
        grantWhileFree();
    }

    /** Asks for a server; {@code onGranted} runs now if one is free, else when one is released to it. */
    public void seize(T item, double priority, double dueHours, EventAction<? super T> onGranted) {
        Request<T> request = new Request<>(item, onGranted);
        if (busyServers < servers && queue.isEmpty()) {
            queue.add(request, priority, dueHours);
            grantWhileFree();
        } else {
            queue.add(request, priority, dueHours);
        }
    }

    public void release() {
        if (busyServers == 0) {
            throw new IllegalStateException(path() + ": release without a seized server");
        }
        busyServers--;
        busy.set(busyServers);
        recordCapacity();
        grantWhileFree();
    }

    /** Seizes a server, works {@code workHours} of working time, releases, then calls {@code onDone}. */
    public void process(T item, double workHours, double priority, double dueHours, EventAction<? super T> onDone) {
        seize(item, priority, dueHours, granted -> scheduleAt(finishJob,
                calendar.finishTime(now(), workHours), new Job<T>(granted, onDone)));
    }

    private void finish(Job<T> job) {
        release();
        job.onDone.handle(job.item);
    }

    private void grantWhileFree() {
        while (busyServers < servers && !queue.isEmpty()) {
            Request<T> request = queue.poll();
            busyServers++;
            busy.set(busyServers);
            recordCapacity();
            request.onGranted.handle(request.item);
        }
    }

    private void recordCapacity() {
        // a server leaving while busy stays available until its item is done
        capacity.set(Math.max(servers, busyServers));
    }

    public double utilization() {
        double available = capacity.area();
        return available == 0 ? Double.NaN : busy.area() / available;
    }

    private double[] weeklyUtilization() {
        double[] busyMeans = busy.weeklyMeans();
        double[] capacityMeans = capacity.weeklyMeans();
        double[] out = new double[busyMeans.length];
        for (int w = 0; w < out.length; w++) {
            out[w] = capacityMeans[w] > 0 ? busyMeans[w] / capacityMeans[w] : Double.NaN;
        }
        return out;
    }
}
