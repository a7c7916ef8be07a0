package io.salesim.core.engine;

import java.util.Arrays;

/** Array-backed binary heap of events ordered by (time, priority, insertion order): the engine's calendar. */
final class HeapCalendar implements EventCalendar {
    private Event<?>[] heap = new Event<?>[256];
    private int size;
    private long nextSequence;

    @Override
    public void add(Event<?> event) {
        event.sequence = nextSequence++;
        if (size == heap.length) {
            heap = Arrays.copyOf(heap, size * 2);
        }
        siftUp(size++, event);
    }

    @Override
    public Event<?> poll() {
        while (size > 0) {
            Event<?> first = heap[0];
            Event<?> last = heap[--size];
            heap[size] = null;
            if (size > 0) {
                siftDown(0, last);
            }
            if (!first.isCancelled()) {
                return first;
            }
        }
        return null;
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public void clear() {
        Arrays.fill(heap, 0, size, null);
        size = 0;
        nextSequence = 0;
    }

    private void siftUp(int index, Event<?> event) {
        while (index > 0) {
            int parent = (index - 1) >>> 1;
            Event<?> above = heap[parent];
            if (!event.before(above)) {
                break;
            }
            heap[index] = above;
            index = parent;
        }
        heap[index] = event;
    }

    private void siftDown(int index, Event<?> event) {
        int half = size >>> 1;
        while (index < half) {
            int child = 2 * index + 1;
            Event<?> smaller = heap[child];
            int right = child + 1;
            if (right < size && heap[right].before(smaller)) {
                child = right;
                smaller = heap[child];
            }
            if (!smaller.before(event)) {
                break;
            }
            heap[index] = smaller;
            index = child;
        }
        heap[index] = event;
    }
}
