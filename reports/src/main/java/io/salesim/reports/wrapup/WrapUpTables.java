package io.salesim.reports.wrapup;

import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * The wrap-up, call-list and deals-won tables. Days and weeks are numbered from 1 (week as in weekly.csv; day 1 is a
 * Monday), with the calendar date and plan week beside them (see {@link Dates}).
 */
final class WrapUpTables {
    static final List<String> WRAP_UP_COLUMNS = List.of("day", "week", "date", "plan_week", "weekday", "in_warmup", "salesperson",
            "coordinator", "new_opportunities", "calls_made", "prospects_reached", "meetings_set", "meetings_held", "travel_hours",
            "closed_won", "closed_value_usd", "expected_payment_dates", "closed_lost", "cancellations",
            "unreachable_prospects", "gone_cold", "no_slot_agreed", "throttled_bookings");
    static final List<String> CALL_LIST_COLUMNS = List.of("day", "week", "date", "plan_week", "weekday", "call_type", "attempt",
            "opportunity", "cluster", "salesperson", "caller", "due_day", "due_date", "purpose", "simulated");
    static final List<String> DEALS_COLUMNS = List.of("day", "date", "plan_week", "in_warmup", "salesperson", "coordinator",
            "opportunity", "cluster", "value_usd", "expected_payment_date");

    private WrapUpTables() {
    }

    static Table wrapUp(WrapUpRecorder recorder, double warmupHours) {
        Table t = Table.create("wrap-up");
        Dates dates = recorder.dates();
        LongColumn day = LongColumn.create("day");
        IntColumn week = IntColumn.create("week");
        StringColumn date = StringColumn.create("date");
        IntColumn planWeek = IntColumn.create("plan_week");
        StringColumn weekday = StringColumn.create("weekday");
        BooleanColumn warmup = BooleanColumn.create("in_warmup");
        StringColumn salesperson = StringColumn.create("salesperson");
        StringColumn coordinator = StringColumn.create("coordinator");
        IntColumn opened = IntColumn.create("new_opportunities");
        IntColumn calls = IntColumn.create("calls_made");
        IntColumn reached = IntColumn.create("prospects_reached");
        IntColumn set = IntColumn.create("meetings_set");
        IntColumn held = IntColumn.create("meetings_held");
        DoubleColumn travel = DoubleColumn.create("travel_hours");
        IntColumn won = IntColumn.create("closed_won");
        DoubleColumn value = DoubleColumn.create("closed_value_usd");
        StringColumn paymentDates = StringColumn.create("expected_payment_dates");
        IntColumn lost = IntColumn.create("closed_lost");
        IntColumn cancellations = IntColumn.create("cancellations");
        IntColumn unreachable = IntColumn.create("unreachable_prospects");
        IntColumn cold = IntColumn.create("gone_cold");
        IntColumn noSlot = IntColumn.create("no_slot_agreed");
        IntColumn throttled = IntColumn.create("throttled_bookings");
        for (DayRow r : recorder.dayRows()) {
            var morning = recorder.morningOf(r.day, r.salesperson);
            day.append(r.day + 1);
            week.append((int) (r.day / 7 + 1));
            date.append(dates.date(r.day).toString());
            planWeek.append(dates.planWeek(r.day));
            weekday.append(weekday(r.day));
            warmup.append(r.day * 24.0 < warmupHours);
            salesperson.append(People.salesperson(r.salesperson, morning));
            coordinator.append(People.coordinator(r.salesperson, morning));
            opened.append(r.newOpportunities);
            calls.append(r.callsMade);
            reached.append(r.prospectsReached);
            set.append(r.meetingsSet);
            held.append(r.meetingsHeld);
            travel.append(Math.round(r.travelHours * 100) / 100.0);
            won.append(r.closedWon);
            value.append(r.closedValue);
            paymentDates.append(r.deals.stream().map(d -> paymentDate(d, dates)).collect(Collectors.joining(";")));
            lost.append(r.closedLost);
            cancellations.append(r.cancellations);
            unreachable.append(r.unreachableProspects);
            cold.append(r.goneCold);
            noSlot.append(r.noSlotAgreed);
            throttled.append(r.throttledBookings);
        }
        return t.addColumns(day, week, date, planWeek, weekday, warmup, salesperson, coordinator, opened, calls, reached, set, held,
                travel, won, value, paymentDates, lost, cancellations, unreachable, cold, noSlot, throttled);
    }

    /** One row per deal won, in the order won: the rows of the wrap-up's closed business. */
    static Table deals(WrapUpRecorder recorder, double warmupHours) {
        Dates dates = recorder.dates();
        LongColumn day = LongColumn.create("day");
        StringColumn date = StringColumn.create("date");
        IntColumn planWeek = IntColumn.create("plan_week");
        BooleanColumn warmup = BooleanColumn.create("in_warmup");
        StringColumn salesperson = StringColumn.create("salesperson");
        StringColumn coordinator = StringColumn.create("coordinator");
        LongColumn opportunity = LongColumn.create("opportunity");
        StringColumn cluster = StringColumn.create("cluster");
        DoubleColumn value = DoubleColumn.create("value_usd");
        StringColumn payment = StringColumn.create("expected_payment_date");
        for (DayRow r : recorder.dayRows()) {
            var morning = recorder.morningOf(r.day, r.salesperson);
            for (DayRow.Deal d : r.deals) {
                day.append(r.day + 1);
                date.append(dates.date(r.day).toString());
                planWeek.append(dates.planWeek(r.day));
                warmup.append(r.day * 24.0 < warmupHours);
                salesperson.append(People.salesperson(r.salesperson, morning));
                coordinator.append(People.coordinator(r.salesperson, morning));
                opportunity.append(d.opportunity);
                cluster.append(d.cluster);
                value.append(d.value);
                payment.append(paymentDate(d, dates));
            }
        }
        return Table.create("deals-won", day, date, planWeek, warmup, salesperson, coordinator, opportunity, cluster, value, payment);
    }

    /** The date a deal's money is expected; empty when its order was not placed before the horizon. */
    private static String paymentDate(DayRow.Deal deal, Dates dates) {
        return deal.paymentDay < 0 ? "" : dates.date(deal.paymentDay).toString();
    }

    static Table callList(List<CallRow> rows, Dates dates) {
        LongColumn day = LongColumn.create("day");
        IntColumn week = IntColumn.create("week");
        StringColumn date = StringColumn.create("date");
        IntColumn planWeek = IntColumn.create("plan_week");
        StringColumn weekday = StringColumn.create("weekday");
        StringColumn type = StringColumn.create("call_type");
        IntColumn attempt = IntColumn.create("attempt");
        LongColumn opportunity = LongColumn.create("opportunity");
        StringColumn cluster = StringColumn.create("cluster");
        StringColumn salesperson = StringColumn.create("salesperson");
        StringColumn caller = StringColumn.create("caller");
        LongColumn due = LongColumn.create("due_day");
        StringColumn dueDate = StringColumn.create("due_date");
        StringColumn purpose = StringColumn.create("purpose");
        BooleanColumn simulated = BooleanColumn.create("simulated");
        for (CallRow r : rows) {
            day.append(r.day() + 1);
            week.append((int) (r.day() / 7 + 1));
            date.append(dates.date(r.day()).toString());
            planWeek.append(dates.planWeek(r.day()));
            weekday.append(weekday(r.day()));
            type.append(r.type().id());
            attempt.append(r.attempt());
            opportunity.append(r.opportunity());
            cluster.append(r.cluster());
            salesperson.append(r.salesperson());
            caller.append(r.caller());
            due.append(r.dueDay() + 1);
            dueDate.append(dates.date(r.dueDay()).toString());
            purpose.append(r.purpose());
            simulated.append(r.simulated());
        }
        return Table.create("call-list", day, week, date, planWeek, weekday, type, attempt, opportunity, cluster, salesperson, caller,
                due, dueDate, purpose, simulated);
    }

    /** Day 0 of a run is a Monday (working days are the first days of each 168-hour week). */
    private static String weekday(long day) {
        return DayOfWeek.of((int) (day % 7) + 1).getDisplayName(TextStyle.SHORT, Locale.ROOT);
    }
}
