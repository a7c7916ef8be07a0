package io.salesim.core.sales;

import io.salesim.core.engine.ExperimentResult;
import io.salesim.core.stats.Summary;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Not a test: shows that the traditional salesperson's BD meetings a week move with the task
 * mix (they are an outcome, not an input). Prints mean [95% CI] for one change at a time.
 */
public final class SensitivityReport {
    private SensitivityReport() {
    }

    public static void main(String[] args) {
        int replications = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        SalesOrgSpec base = SalesPresets.traditional();
        ActivitiesSpec a = base.activities();
        Map<String, SalesOrgSpec> variants = new LinkedHashMap<>();
        variants.put("traditional preset", base);
        variants.put("1 account visit a week instead of 2", base.withActivities(a.withRecurring(1, a.adminTasksPerSalespersonWeek())));
        variants.put("no account visits", base.withActivities(a.withRecurring(0, a.adminTasksPerSalespersonWeek())));
        variants.put("12 call attempts instead of 3", base.withOperatingModel(base.operatingModel().withPersistenceAttempts(12)));
        variants.put("issues and quotes to customer service", base.withOperatingModel(base.operatingModel()
                .withRole(Activity.ISSUE, "customer_service").withRole(Activity.SIMPLE_QUOTE, "customer_service")));
        variants.put("technical work to 4 project leaders", base
                .withRoles(base.roles().withHeadcount("project_leader", 4))
                .withOperatingModel(base.operatingModel().withRole(Activity.PRE_SALE_TECHNICAL, "project_leader")
                        .withRole(Activity.POST_SALE_PROJECT, "project_leader")));
        variants.put("batched by a coordinator (2 hired)", base
                .withRoles(base.roles().withHeadcount("sales_coordinator", 2))
                .withOperatingModel(base.operatingModel().withScheduling(Scheduling.BATCHED)
                        .withRole(Activity.FOLLOW_UP_CALL, "sales_coordinator").withRole(Activity.MEETING_BOOKING, "sales_coordinator")));
        for (Map.Entry<String, SalesOrgSpec> e : variants.entrySet()) {
            ExperimentResult r = Runs.run(e.getValue(), replications);
            Summary s = r.summary("sales.bd_meetings_per_salesperson_week");
            Summary t = r.summary("sales.travel_hours_per_meeting");
            System.out.printf("| %s | %.2f [%.2f, %.2f] | %.2f |%n", e.getKey(), s.mean(), s.ciLow(), s.ciHigh(), t.mean());
        }
    }
}
