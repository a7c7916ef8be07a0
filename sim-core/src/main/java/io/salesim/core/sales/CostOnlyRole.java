package io.salesim.core.sales;

import io.salesim.core.engine.Meaning;
import io.salesim.core.engine.Level;
import io.salesim.core.engine.ModelElement;

/** People who are paid but take no modelled work (managers): a head count and its cost. */
final class CostOnlyRole extends ModelElement implements Staffed {
    private final RoleSpec spec;
    private final Level headcountLevel;
    private int headcount;

    CostOnlyRole(ModelElement parent, RoleSpec spec) {
        super(parent, spec.id());
        this.spec = spec;
        this.headcountLevel = level("role." + spec.id() + ".headcount", Meaning.neutral("people"));
    }

    @Override
    protected void initialize() {
        headcount = spec.headcount();
        headcountLevel.set(headcount);
    }

    @Override
    public RoleSpec spec() {
        return spec;
    }

    @Override
    public int headcount() {
        return headcount;
    }

    @Override
    public void hire(int count, double rampWeeks, double startProductivity) {
        headcount += count;
        headcountLevel.set(headcount);
    }

    @Override
    public int remove(int count) {
        int leaving = Math.min(count, headcount);
        headcount -= leaving;
        headcountLevel.set(headcount);
        return leaving;
    }
}
