package io.salesim.core.sales;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.Consumer;

/**
 * Waiting work: one FIFO per priority level (higher first). Tasks that waited past their
 * expiry lapse (handed to {@code onLapse}) instead of being served; cancelled ones vanish.
 */
final class TaskQueue {
    private final ArrayDeque<Task>[] levels;
    private int size;
    private double workHours;

    @SuppressWarnings("unchecked")
    TaskQueue() {
        levels = new ArrayDeque[10];
        for (int i = 0; i < levels.length; i++) {
            levels[i] = new ArrayDeque<>();
        }
    }

    void clear() {
        for (ArrayDeque<Task> level : levels) {
            level.clear();
        }
        size = 0;
        workHours = 0;
    }

    void add(Task task) {
        levels[task.priority].addLast(task);
        size++;
        workHours += task.workHours;
    }

    /** The next live task, or null. Expired tasks met on the way go to {@code lapsed}. */
    Task poll(double now, Consumer<Task> lapsed) {
        for (int p = levels.length - 1; p >= 0; p--) {
            ArrayDeque<Task> level = levels[p];
            Task task;
            while ((task = level.pollFirst()) != null) {
                remove(task);
                if (task.cancelled) {
                    continue;
                }
                if (task.expiresAt < now) {
                    lapsed.accept(task);
                    continue;
                }
                return task;
            }
        }
        return null;
    }

    /** Drops cancelled and expired tasks anywhere in the queue, so starved work cannot pile up. */
    void sweep(double now, Consumer<Task> lapsed) {
        List<Task> expired = new ArrayList<>();
        for (ArrayDeque<Task> level : levels) {
            Iterator<Task> it = level.iterator();
            while (it.hasNext()) {
                Task task = it.next();
                if (task.cancelled || task.expiresAt < now) {
                    it.remove();
                    remove(task);
                    if (!task.cancelled) {
                        expired.add(task);
                    }
                }
            }
        }
        expired.forEach(lapsed);
    }

    /** Removes and returns every waiting task (live or not), highest priority first. */
    List<Task> drain() {
        List<Task> all = new ArrayList<>(size);
        for (int p = levels.length - 1; p >= 0; p--) {
            all.addAll(levels[p]);
            levels[p].clear();
        }
        size = 0;
        workHours = 0;
        return all;
    }

    private void remove(Task task) {
        size--;
        workHours -= task.workHours;
        if (size == 0) {
            workHours = 0;
        }
    }

    int size() {
        return size;
    }

    boolean isEmpty() {
        return size == 0;
    }

    double workHours() {
        return workHours;
    }
}
