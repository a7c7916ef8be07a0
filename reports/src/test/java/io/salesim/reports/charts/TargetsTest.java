package io.salesim.reports.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TargetsTest {
    @Test
    void readsPerRoleMaxUtilisationAndTheDesignatedConstraint(@TempDir Path dir) throws Exception {
        // The sales model's keys: roles.<role>.max_utilization, production.max_utilization, toc.designated_constraint.
        Files.writeString(dir.resolve("scenario.yaml"), """
                kind: sales-organisation
                toc: {designated_constraint: sales}
                roles:
                  field_sales: {headcount: 2, max_utilization: 1.0}
                  customer_service: {headcount: 5, max_utilization: 0.8}
                production: {capacity_hours_per_week: 400, max_utilization: 0.9}
                """);
        RunData data = RunData.read(dir);
        assertEquals(0.2, Targets.protectiveCapacity(data, "customer_service").fraction(), 1e-12); // 1 − 0.8
        assertEquals(0.1, Targets.protectiveCapacity(data, "production").fraction(), 1e-12);       // 1 − 0.9
        Targets.Target unset = Targets.protectiveCapacity(data, "project_leader");
        assertFalse(unset.fromScenario());
        assertEquals(Targets.DEFAULT_PROTECTIVE_CAPACITY, unset.fraction());
        assertEquals("field_sales", Targets.designatedConstraint(data));
        // One line for several roles: the first non-constraint role's target, not field sales' 0.
        Targets.Target shared = Targets.sharedTarget(data, List.of("field_sales", "customer_service", "production"));
        assertTrue(shared.fromScenario());
        assertEquals(0.2, shared.fraction(), 1e-12);
    }

    @Test
    void aGlobalTargetAppliesToEveryRole(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("scenario.yaml"), "policies: {protective_capacity_target: 20}\n"); // percent: 20 → 0.20
        assertEquals(0.2, Targets.protectiveCapacity(RunData.read(dir), "customer_service").fraction(), 1e-12);
    }
}
