package io.salesim.core.resource;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.PriorityQueue;
import java.util.Queue;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * Items waiting, in the order a discipline serves them; the data structure behind
 * {@link WaitQueue} and {@link Resource}, which record the statistics. An entry may expire:
 * met at the head (or swept) after its expiry, it lapses instead of being served.
 */
final class WaitingLine<T> {
    /** One waiting item. {@code sequence} is global to the owner, so entries of several lines compare FIFO. */
    record Entry<T>(T item, double enteredAt, double priority, double dueHours, double expiresAt, double workHours,
                    long sequence) {
    }

    // written out rather than chained (comparingDouble(...).thenComparingLong(...)): a big firm's
    // queues compare entries millions of times, and each chained step is a call through a lambda
    private static final Comparator<Entry<?>> FIFO = (a, b) -> Long.compare(a.sequence(), b.sequence());
    private static final Comparator<Entry<?>> BY_PRIORITY = (a, b) -> {
        int byPriority = Double.compare(b.priority(), a.priority());  // higher first
        return byPriority != 0 ? byPriority : Long.compare(a.sequence(), b.sequence());
    };
    private static final Comparator<Entry<?>> BY_DUE_DATE = (a, b) -> {
        int byDue = Double.compare(a.dueHours(), b.dueHours());
        return byDue != 0 ? byDue : Long.compare(a.sequence(), b.sequence());
    };

    private final Comparator<Entry<?>> order;
    private final Queue<Entry<T>> entries;
    private double workHours;

    WaitingLine(QueueDiscipline discipline) {
        this.order = order(discipline);
        this.entries = discipline == QueueDiscipline.FIFO ? new ArrayDeque<>() : new PriorityQueue<>(order);
    }

    static Comparator<Entry<?>> order(QueueDiscipline discipline) {
        return switch (discipline) {
            case FIFO -> FIFO;
            case PRIORITY -> BY_PRIORITY;
            case EARLIEST_DUE_DATE -> BY_DUE_DATE;
        };
    }

    void clear() {
        entries.clear();
        workHours = 0;
    }

    void add(Entry<T> entry) {
        entries.add(entry);
        workHours += entry.workHours();
    }

    /** The next entry to serve, without removing it; expired entries met at the head go to {@code lapsed} first. */
    Entry<T> peekLive(double now, Consumer<Entry<T>> lapsed) {
        Entry<T> head;
        while ((head = entries.peek()) != null && head.expiresAt() < now) {
            removeHead();
            lapsed.accept(head);
        }
        return head;
    }

    Entry<T> removeHead() {
        Entry<T> head = entries.poll();
        if (head != null) {
            workHours = entries.isEmpty() ? 0 : workHours - head.workHours();
        }
        return head;
    }

    /** Drops every expired entry wherever it waits, so work that never reaches the head cannot pile up. */
    void sweep(double now, Consumer<Entry<T>> lapsed) {
        List<Entry<T>> expired = new ArrayList<>();
        for (Iterator<Entry<T>> it = entries.iterator(); it.hasNext(); ) {
            Entry<T> entry = it.next();
            if (entry.expiresAt() < now) {
                it.remove();
                expired.add(entry);
            }
        }
        if (!expired.isEmpty()) {
            workHours = 0;
            entries.forEach(e -> workHours += e.workHours());
            expired.sort(order);
            expired.forEach(lapsed);
        }
    }

    /** Removes every entry, in service order. */
    List<Entry<T>> drain() {
        List<Entry<T>> all = new ArrayList<>(entries);
        all.sort(order);
        clear();
        return all;
    }

    /** Removes the entries {@code which} accepts, in service order; the others keep their places. */
    List<Entry<T>> drain(Predicate<? super Entry<T>> which) {
        List<Entry<T>> out = new ArrayList<>();
        for (Iterator<Entry<T>> it = entries.iterator(); it.hasNext(); ) {
            Entry<T> entry = it.next();
            if (which.test(entry)) {
                it.remove();
                out.add(entry);
            }
        }
        workHours = 0;
        entries.forEach(e -> workHours += e.workHours());
        out.sort(order);
        return out;
    }

    /** Whether {@code a} is served before {@code b} under this line's discipline. */
    boolean before(Entry<?> a, Entry<?> b) {
        return order.compare(a, b) < 0;
    }

    int size() {
        return entries.size();
    }

    boolean isEmpty() {
        return entries.isEmpty();
    }

    double workHours() {
        return workHours;
    }
}
