package io.salesim.core.sales;

/** Every role's staffing and cost; managers are cost only. */
public record RolesSpec(RoleSpec fieldSales, RoleSpec salesCoordinator, RoleSpec insideSales, RoleSpec customerService,
                        RoleSpec projectLeader, RoleSpec promotions, RoleSpec salesManager, RoleSpec salesSupportManager) {

    public RolesSpec {
        Check.present("roles.field_sales", fieldSales);
        Check.present("roles.sales_coordinator", salesCoordinator);
        Check.present("roles.inside_sales", insideSales);
        Check.present("roles.customer_service", customerService);
        Check.present("roles.project_leader", projectLeader);
        Check.present("roles.promotions", promotions);
        Check.present("roles.sales_manager", salesManager);
        Check.present("roles.sales_support_manager", salesSupportManager);
    }

    public RoleSpec of(Role role) {
        return switch (role) {
            case FIELD_SALES -> fieldSales;
            case SALES_COORDINATOR -> salesCoordinator;
            case INSIDE_SALES -> insideSales;
            case CUSTOMER_SERVICE -> customerService;
            case PROJECT_LEADER -> projectLeader;
            case PROMOTIONS -> promotions;
            case NONE -> throw new IllegalArgumentException("NONE is not a staffed role");
        };
    }

    /**
     * The seed's "before": 10 field salespeople doing everything, a small CS team of 5 and 2
     * sales managers. Loaded salaries are assumptions chosen so the seed's illustration
     * holds: the move to the new model cuts payroll by exactly $310k (see SalesPresets), with
     * a coordinator ($55k) costing less than half a salesperson ($130k) as the seed says.
     * Protective-capacity targets: 85% for support roles, 100% for field sales (the constraint).
     */
    public static RolesSpec defaults() {
        return new RolesSpec(
                new RoleSpec(10, 130_000, 1, 1.0),
                new RoleSpec(0, 55_000, 1, 0.85),
                new RoleSpec(0, 60_000, 1, 0.85),
                new RoleSpec(5, 60_000, 1, 0.85),
                new RoleSpec(0, 105_000, 1, 0.85),
                new RoleSpec(0, 70_000, 1, 0.85),
                new RoleSpec(2, 150_000, 1, 1.0),
                new RoleSpec(0, 100_000, 1, 1.0));
    }

    public RolesSpec with(Role role, RoleSpec spec) {
        return new RolesSpec(role == Role.FIELD_SALES ? spec : fieldSales,
                role == Role.SALES_COORDINATOR ? spec : salesCoordinator,
                role == Role.INSIDE_SALES ? spec : insideSales,
                role == Role.CUSTOMER_SERVICE ? spec : customerService,
                role == Role.PROJECT_LEADER ? spec : projectLeader,
                role == Role.PROMOTIONS ? spec : promotions, salesManager, salesSupportManager);
    }

    public RolesSpec withHeadcount(Role role, int n) {
        return with(role, of(role).withHeadcount(n));
    }

    public RolesSpec withManagers(int salesManagers, int salesSupportManagers) {
        return new RolesSpec(fieldSales, salesCoordinator, insideSales, customerService, projectLeader, promotions,
                salesManager.withHeadcount(salesManagers), salesSupportManager.withHeadcount(salesSupportManagers));
    }

    /** Annual payroll of the initial head counts, $ a year. */
    public double payrollPerYear() {
        double total = salesManager.headcount() * salesManager.salaryPerYear()
                + salesSupportManager.headcount() * salesSupportManager.salaryPerYear();
        for (Role r : Role.staffed()) {
            total += of(r).headcount() * of(r).salaryPerYear();
        }
        return total;
    }
}
