package io.salesim.core.sales;

/** A role's head count, which plan steps change and payroll counts. */
interface Staffed {
    RoleSpec spec();

    default String id() {
        return spec().id();
    }

    int headcount();

    /** People who join now at {@code startProductivity}, reaching full productivity over {@code rampWeeks}. */
    void hire(int count, double rampWeeks, double startProductivity);

    /** People who leave now, newest first; returns how many did. */
    int remove(int count);
}
