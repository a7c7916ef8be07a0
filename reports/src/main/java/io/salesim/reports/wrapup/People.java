package io.salesim.reports.wrapup;

import io.salesim.core.sales.SalesJournal.Morning;

/**
 * Names of the people in the wrap-up. Salespeople are numbered from 1 in order of joining.
 * The model's coordinators are a pool serving every salesperson; the wrap-up pairs the
 * salesperson in team position i with coordinator (i mod coordinators) + 1 — the seed's
 * "dedicated coordinator each" when there are as many coordinators as salespeople.
 */
final class People {
    static final String SELF = "self";

    private People() {
    }

    static String salesperson(int id, Morning morning) {
        if (id < 0) {
            return "unassigned";
        }
        String name = "salesperson-" + (id + 1);
        return morning == null || morning.salespeople().contains(id) ? name : name + " (left)";
    }

    /** The coordinator paired with a salesperson: {@code self} when salespeople set their own meetings. */
    static String coordinator(int salesperson, Morning morning) {
        return morning == null ? SELF : partner(morning.bookerRole(), salesperson, morning, SELF);
    }

    /** Who makes a call done by {@code role} for a salesperson's account; null when nobody here does (role none). */
    static String caller(String role, int salesperson, Morning morning) {
        return partner(role, salesperson, morning, salesperson(salesperson, morning));
    }

    private static String partner(String role, int salesperson, Morning morning, String whenFieldSales) {
        switch (role) {
            case "none":
                return null;
            case "field_sales":
                return whenFieldSales;
            case "sales_coordinator":
                int position = morning.salespeople().indexOf(salesperson);
                if (morning.coordinators() == 0) {
                    return "sales_coordinator (none on staff)";
                }
                return position < 0 ? "sales_coordinator" : "coordinator-" + (position % morning.coordinators() + 1);
            default:
                return role;
        }
    }
}
