package io.salesim.core.sales;

/**
 * Risk to field salespeople: illness spells per person a year (mean length in working days)
 * and resignations per person a year, replaced after a hiring lag by a newcomer who starts at
 * {@code replacementStartProductivity} and ramps to full pace over {@code replacementRampWeeks}.
 * While a salesperson is ill, one person of {@code coverRole} (a role of the table that takes
 * work; {@code none}: nobody) holds their calendar at {@code coverProductivity} and their own
 * work waits meanwhile; with no cover, or nobody in that role, the salesperson's work waits
 * (seed: the simplified role "can be readily filled (on a temporary basis) by a senior
 * executive (or, worst case, by a project leader)"). That the role is in the table is
 * checked by {@link SalesOrgSpec}.
 */
public record RiskSpec(double illnessSpellsPerYear, double illnessDays, String coverRole, double coverProductivity,
                       double resignationsPerYear, double replacementLagWeeks, double replacementRampWeeks,
                       double replacementStartProductivity) {
    public RiskSpec {
        Check.nonNegative("illnessSpellsPerYear", illnessSpellsPerYear);
        Check.positive("illnessDays", illnessDays);
        Check.id("coverRole", coverRole);
        Check.range("coverProductivity", coverProductivity, 0.05, 1);
        Check.nonNegative("resignationsPerYear", resignationsPerYear);
        Check.nonNegative("replacementLagWeeks", replacementLagWeeks);
        Check.nonNegative("replacementRampWeeks", replacementRampWeeks);
        Check.range("replacementStartProductivity", replacementStartProductivity, 0.05, 1);
    }

    /**
     * Assumption: 2 spells of ~3 days a year, covered by a project leader at 70% (the seed's
     * cover that takes work in the bundled table: its senior executives, the managers, are cost
     * only; the traditional firm has no project leader, so there its salespeople's work waits); 10% resign a year, replaced in 8
     * weeks by a newcomer starting at 30% of full pace (new to the firm's products and
     * accounts, unlike a reassigned insider), ramping over 12 weeks.
     */
    public static RiskSpec defaults() {
        return new RiskSpec(2, 3, "project_leader", 0.7, 0.1, 8, 12, 0.3);
    }

    public static RiskSpec none() {
        return new RiskSpec(0, 1, OperatingModelSpec.NOBODY, 1, 0, 0, 0, 1);
    }

    public boolean covered() {
        return !coverRole.equals(OperatingModelSpec.NOBODY);
    }

    public RiskSpec withIllness(double spellsPerYear, double days) {
        return new RiskSpec(spellsPerYear, days, coverRole, coverProductivity, resignationsPerYear, replacementLagWeeks,
                replacementRampWeeks, replacementStartProductivity);
    }

    public RiskSpec withCover(String role, double productivity) {
        return new RiskSpec(illnessSpellsPerYear, illnessDays, role, productivity, resignationsPerYear, replacementLagWeeks,
                replacementRampWeeks, replacementStartProductivity);
    }

    public RiskSpec withResignations(double perYear, double lagWeeks, double rampWeeks, double startProductivity) {
        return new RiskSpec(illnessSpellsPerYear, illnessDays, coverRole, coverProductivity, perYear, lagWeeks, rampWeeks,
                startProductivity);
    }
}
