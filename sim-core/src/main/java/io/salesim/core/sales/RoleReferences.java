package io.salesim.core.sales;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Checks that every role a scenario names — in its operating models, its TOC policies, its
 * plan steps and its illness cover — is in the role table and can do what is asked of it.
 */
final class RoleReferences {
    private RoleReferences() {
    }

    static void check(RolesSpec roles, OperatingModelSpec model, TocSpec toc, RiskSpec risk, List<PlanStep> plan) {
        model(roles, model, List.of("operatingModel"));
        constraint(roles, toc, List.of("toc"));
        cover(roles, risk);
        for (int i = 0; i < plan.size(); i++) {
            List<String> at = List.of("plan", Integer.toString(i));
            PlanStep step = plan.get(i);
            if (step instanceof PlanStep.Hire h) {
                if (!h.role().equals(Production.ID)) {
                    working(roles, h.role(), at, "role");
                }
            } else if (step instanceof PlanStep.Reassign r) {
                working(roles, r.from(), at, "from");
                working(roles, r.to(), at, "to");
            } else if (step instanceof PlanStep.Improve imp) {
                if (!imp.role().equals(Production.ID)) {
                    working(roles, imp.role(), at, "role");
                }
            } else if (step instanceof PlanStep.Attrition a) {
                if (!a.role().equals(Production.ID)) {
                    any(roles, a.role(), at, "role");
                }
            } else if (step instanceof PlanStep.Headcount h) {
                any(roles, h.role(), at, "role");
            } else if (step instanceof PlanStep.SwitchModel s) {
                model(roles, s.model(), concat(at, "model"));
            } else if (step instanceof PlanStep.Policy p) {
                constraint(roles, p.toc(), concat(at, "toc"));
            }
        }
    }

    private static void model(RolesSpec roles, OperatingModelSpec model, List<String> at) {
        for (Activity a : Activity.values()) {
            String id = model.roleFor(a);
            if (!id.equals(OperatingModelSpec.NOBODY)) {
                working(roles, id, concat(concat(at, "activityRoles"), a.id()), null);
            }
        }
    }

    private static void constraint(RolesSpec roles, TocSpec toc, List<String> at) {
        String id = toc.designatedConstraint();
        if (!id.equals(Production.ID) && roles.find(id).filter(r -> r.policy().works()).isEmpty()) {
            List<String> choices = concat(workingIds(roles), Production.ID);
            throw new InvalidSpec(concat(at, "designatedConstraint"), "\"" + id + "\"",
                    "production or a role that takes work: " + String.join(", ", workingIds(roles)), choices);
        }
    }

    /** Illness cover: {@code none}, or a role that takes work other than the field team, which cannot cover itself. */
    private static void cover(RolesSpec roles, RiskSpec risk) {
        if (!risk.covered()) {
            return;
        }
        List<String> path = List.of("risk", "coverRole");
        String id = risk.coverRole();
        String field = roles.fieldTeam().map(RoleSpec::id).orElse(null);
        List<String> choices = concat(workingIds(roles).stream().filter(r -> !r.equals(field)).toList(), OperatingModelSpec.NOBODY);
        String allowed = "a role of the table that takes work, other than the field team, or none";
        String list = ": " + String.join(", ", choices);
        RoleSpec role = roles.find(id).orElseThrow(() -> new InvalidSpec(path, "\"" + id + "\"", allowed + list, choices));
        // a known id that cannot cover: say why, rather than suggest a look-alike
        if (!role.policy().works()) {
            throw new InvalidSpec(path, "\"" + id + "\"", allowed + " (" + id + " is cost_only: it takes no work)" + list);
        }
        if (id.equals(field)) {
            throw new InvalidSpec(path, "\"" + id + "\"", allowed + " (" + id + " is the field team, which cannot cover itself)" + list);
        }
    }

    /** A role that takes work; in an activity mapping ({@code component} null) also {@code none}. */
    private static void working(RolesSpec roles, String id, List<String> at, String component) {
        List<String> path = component == null ? at : concat(at, component);
        List<String> choices = component == null ? concat(workingIds(roles), OperatingModelSpec.NOBODY) : workingIds(roles);
        String allowed = "a role of the table that takes work: " + String.join(", ", choices);
        RoleSpec role = roles.find(id).orElseThrow(() -> new InvalidSpec(path, "\"" + id + "\"", allowed, choices));
        if (!role.policy().works()) {
            throw new InvalidSpec(path, "\"" + id + "\" (cost_only: takes no work)", allowed, choices);
        }
    }

    private static void any(RolesSpec roles, String id, List<String> at, String component) {
        if (roles.find(id).isEmpty()) {
            throw new InvalidSpec(concat(at, component), "\"" + id + "\"", "a role of the table: " + String.join(", ", roles.ids()),
                    roles.ids());
        }
    }

    private static List<String> workingIds(RolesSpec roles) {
        return roles.working().stream().map(RoleSpec::id).toList();
    }

    private static List<String> concat(List<String> path, String last) {
        return Stream.concat(path.stream(), Stream.of(last)).toList();
    }

    /**
     * Every role id a scenario's operating models give work to at some point (initial model and
     * switches); campaign work counts only when the plan runs a campaign.
     */
    static Set<String> withWorkAtSomeTime(OperatingModelSpec model, List<PlanStep> plan) {
        boolean campaigns = plan.stream().anyMatch(step -> step instanceof PlanStep.Campaign);
        Set<String> out = new LinkedHashSet<>();
        List<OperatingModelSpec> models = new ArrayList<>(List.of(model));
        plan.stream().filter(step -> step instanceof PlanStep.SwitchModel)
                .forEach(step -> models.add(((PlanStep.SwitchModel) step).model()));
        for (OperatingModelSpec m : models) {
            for (Activity a : Activity.values()) {
                if (a != Activity.CAMPAIGN || campaigns) {
                    out.add(m.roleFor(a));
                }
            }
        }
        out.remove(OperatingModelSpec.NOBODY);
        return out;
    }
}
