package io.salesim.reports.wrapup;

import io.salesim.core.sales.SalesJournal.Morning;

/**
 * Names of the people in the wrap-up. Salespeople are numbered from 1 in order of joining.
 * The role that books meetings is a pool serving every salesperson; the wrap-up pairs the
 * salesperson in team position i with that role's person (i mod head count) + 1 — the seed's
 * "dedicated coordinator each" when there are as many coordinators as salespeople. Names
 * come from role ids, so any role the operating model gives the calls to is named the same way.
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

    /** The person paired with a salesperson to book their meetings: {@code self} when salespeople set their own. */
    static String coordinator(int salesperson, Morning morning) {
        return morning == null ? SELF : partner(morning.bookerRole(), salesperson, morning, SELF);
    }

    /** Who makes a call done by {@code role} for a salesperson's account; null when nobody here does (role none). */
    static String caller(String role, int salesperson, Morning morning) {
        return partner(role, salesperson, morning, salesperson(salesperson, morning));
    }

    private static String partner(String role, int salesperson, Morning morning, String whenFieldTeam) {
        if (role.equals("none")) {
            return null;
        }
        if (role.equals(morning.fieldRole())) {
            return whenFieldTeam;
        }
        if (!role.equals(morning.bookerRole())) {
            return person(role);
        }
        if (morning.bookers() == 0) {
            return person(role) + " (none on staff)";
        }
        int position = morning.salespeople().indexOf(salesperson);
        return position < 0 ? person(role) : person(role) + "-" + (position % morning.bookers() + 1);
    }

    /** A role's people as the wrap-up names them: {@code sales_coordinator} → {@code coordinator}, as {@code salesperson-3}. */
    static String person(String role) {
        return role.startsWith("sales_") ? role.substring("sales_".length()) : role;
    }
}
