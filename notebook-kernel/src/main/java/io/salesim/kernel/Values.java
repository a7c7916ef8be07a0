package io.salesim.kernel;

/**
 * The hand-over of a cell's last value from the snippet to the kernel: cells run in this JVM,
 * and snippet classes are loaded under the class loader that loaded this class, so both see
 * this one static field. Cells run one at a time.
 */
public final class Values {
    private static Object kept;

    private Values() {
    }

    /** Called by the kernel's own snippet {@code Values.keep(<the value>)}. */
    public static synchronized void keep(Object value) {
        kept = value;
    }

    static synchronized Object take() {
        Object out = kept;
        kept = null;
        return out;
    }

    static synchronized void clear() {
        kept = null;
    }
}
