package io.salesim.scenarios;

/**
 * One work centre of a scenario as run, for reports: its id (as in {@code role.<id>.*}), how
 * it works ({@code pool}, {@code field_team}, {@code cost_only}, or {@code factory} for
 * production), its head count at the start, loaded salary ($ a year), the highest
 * utilisation its protective-capacity target allows, and whether it is the designated
 * constraint at the start (which has no target).
 */
public record RoleRow(String id, String policy, int headcount, double salaryPerYear, double maxUtilization,
                      boolean designatedConstraint) {
}
