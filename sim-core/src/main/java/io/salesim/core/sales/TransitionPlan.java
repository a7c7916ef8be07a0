package io.salesim.core.sales;

import io.salesim.core.engine.EventAction;
import io.salesim.core.engine.ModelElement;
import io.salesim.core.engine.WorkCalendar;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * Runs a plan's dated steps: hires (after a lag, with a training ramp), reassignments,
 * productivity improvements, the operating-model switch, campaigns, attrition, head-count
 * changes and policy changes. Step weeks count from the end of the warm-up.
 */
final class TransitionPlan extends ModelElement {
    private static final double HOURS_PER_WEEK = WorkCalendar.HOURS_PER_WEEK;
    private final List<PlanStep> steps;
    private final double startHours;
    private final Map<String, Staffed> staff;
    private final Map<String, WorkCenter> centers;
    private final Production production;
    private final Work work;
    private final Finance finance;
    private final Pipeline pipeline;
    private final Consumer<TocSpec> setPolicy;
    private final BooleanSupplier throttled;
    private final EventAction<PlanStep> execute = this::execute;
    private final EventAction<PlanStep.Hire> arrive = this::arrive;
    private final EventAction<CampaignRun> campaign = this::campaign;
    private final EventAction<Task> campaignDone = this::campaignDone;

    /** The {@code number}-th campaign of a campaign step. */
    private record CampaignRun(PlanStep.Campaign step, int number) {
    }

    TransitionPlan(ModelElement parent, List<PlanStep> steps, double startHours, Map<String, Staffed> staff,
                   Map<String, WorkCenter> centers, Production production, Work work, Finance finance, Pipeline pipeline,
                   Consumer<TocSpec> setPolicy, BooleanSupplier throttled) {
        super(parent, "plan");
        this.steps = steps;
        this.startHours = startHours;
        this.staff = staff;
        this.centers = centers;
        this.production = production;
        this.work = work;
        this.finance = finance;
        this.pipeline = pipeline;
        this.setPolicy = setPolicy;
        this.throttled = throttled;
    }

    @Override
    protected void initialize() {
        for (PlanStep step : steps) {
            scheduleAt(execute, startHours + step.atWeek() * HOURS_PER_WEEK, step);
        }
    }

    private void execute(PlanStep step) {
        if (step instanceof PlanStep.Hire h) {
            schedule(arrive, h.lagWeeks() * HOURS_PER_WEEK, h);
        } else if (step instanceof PlanStep.Reassign r) {
            int moved = staff.get(r.from()).remove(r.count());
            if (moved > 0) {
                staff.get(r.to()).hire(moved, r.rampWeeks(), r.startProductivity());
            }
        } else if (step instanceof PlanStep.Improve i) {
            if (i.role().equals(Production.ID)) {
                production.improve(i.factor(), i.rampWeeks());
            } else {
                centers.get(i.role()).improve(i.factor(), i.rampWeeks());
            }
        } else if (step instanceof PlanStep.SwitchModel s) {
            work.switchModel(s.model());
        } else if (step instanceof PlanStep.Campaign c) {
            campaign(new CampaignRun(c, 0));
        } else if (step instanceof PlanStep.Attrition a) {
            if (a.role().equals(Production.ID)) {
                production.remove(a.count());
            } else {
                staff.get(a.role()).remove(a.count());
            }
        } else if (step instanceof PlanStep.Headcount h) {
            Staffed role = staff.get(h.role());
            int difference = h.count() - role.headcount();
            if (difference > 0) {
                // at once: with no ramp the newcomers are at full pace, there is no start productivity to assume
                role.hire(difference, 0, 1);
            } else if (difference < 0) {
                role.remove(-difference);
            }
        } else if (step instanceof PlanStep.Policy p) {
            setPolicy.accept(p.toc());
        }
        finance.refresh();
    }

    private void arrive(PlanStep.Hire hire) {
        if (hire.role().equals(Production.ID)) {
            production.hire(hire.count(), hire.rampWeeks(), hire.startProductivity());
        } else {
            staff.get(hire.role()).hire(hire.count(), hire.rampWeeks(), hire.startProductivity());
        }
        finance.refresh();
    }

    /**
     * One campaign: the promotions work first, then the batch of opportunities; repeats
     * {@code everyWeeks} later. While the throttle holds, the campaign waits a week (TOC: the
     * rope also holds back promotions).
     */
    private void campaign(CampaignRun run) {
        PlanStep.Campaign c = run.step();
        int number = run.number();
        if (throttled.getAsBoolean()) {
            schedule(campaign, HOURS_PER_WEEK, run);
            return;
        }
        work.perform(work.task(Activity.CAMPAIGN, -1, number, c, campaignDone, null));
        if (number + 1 < c.campaigns()) {
            schedule(campaign, c.everyWeeks() * HOURS_PER_WEEK, new CampaignRun(c, number + 1));
        }
    }

    private void campaignDone(Task task) {
        PlanStep.Campaign c = (PlanStep.Campaign) task.subject;
        for (int i = 0; i < c.batchSize(); i++) {
            pipeline.originate("campaign", c.complexShare());
        }
    }
}
