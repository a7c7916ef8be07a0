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

/** The wrap-up and call-list tables. Days and weeks are numbered from 1 (week as in weekly.csv); day 1 is a Monday. */
final class WrapUpTables {
    static final List<String> WRAP_UP_COLUMNS = List.of("day", "week", "weekday", "in_warmup", "salesperson", "coordinator",
            "new_opportunities", "calls_made", "prospects_reached", "meetings_set", "meetings_held", "travel_hours",
            "closed_won", "closed_value_usd", "expected_payment_days", "closed_lost", "cancellations",
            "unreachable_prospects", "gone_cold", "no_slot_agreed", "throttled_bookings");
    static final List<String> CALL_LIST_COLUMNS = List.of("day", "week", "weekday", "call_type", "attempt", "opportunity",
            "cluster", "salesperson", "caller", "due_day", "purpose", "simulated");

    private WrapUpTables() {
    }

    static Table wrapUp(WrapUpRecorder recorder, double warmupHours) {
        Table t = Table.create("wrap-up");
        LongColumn day = LongColumn.create("day");
        IntColumn week = IntColumn.create("week");
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
        StringColumn paymentDays = StringColumn.create("expected_payment_days");
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
            weekday.append(weekday(r.day));
            warmup.append(r.day * 24.0 < warmupHours);
            salesperson.append(People.salesperson(r.salesperson, morning));
            coordinator.append(People.coordinator(r.salesperson, morning));
            opened.append(r.newOpportunities);
            calls.append(r.callsMade);
            reached.append(r.prospectsReached);
            set.append(r.meetingsSet);
            held.append(r.meetingsHeld);
            travel.append(r.travelHours);
            won.append(r.closedWon);
            value.append(r.closedValue);
            paymentDays.append(r.expectedPaymentDays.stream().map(d -> String.valueOf(d + 1)).collect(Collectors.joining(";")));
            lost.append(r.closedLost);
            cancellations.append(r.cancellations);
            unreachable.append(r.unreachableProspects);
            cold.append(r.goneCold);
            noSlot.append(r.noSlotAgreed);
            throttled.append(r.throttledBookings);
        }
        return t.addColumns(day, week, weekday, warmup, salesperson, coordinator, opened, calls, reached, set, held, travel,
                won, value, paymentDays, lost, cancellations, unreachable, cold, noSlot, throttled);
    }

    static Table callList(List<CallRow> rows) {
        LongColumn day = LongColumn.create("day");
        IntColumn week = IntColumn.create("week");
        StringColumn weekday = StringColumn.create("weekday");
        StringColumn type = StringColumn.create("call_type");
        IntColumn attempt = IntColumn.create("attempt");
        LongColumn opportunity = LongColumn.create("opportunity");
        StringColumn cluster = StringColumn.create("cluster");
        StringColumn salesperson = StringColumn.create("salesperson");
        StringColumn caller = StringColumn.create("caller");
        LongColumn due = LongColumn.create("due_day");
        StringColumn purpose = StringColumn.create("purpose");
        BooleanColumn simulated = BooleanColumn.create("simulated");
        for (CallRow r : rows) {
            day.append(r.day() + 1);
            week.append((int) (r.day() / 7 + 1));
            weekday.append(weekday(r.day()));
            type.append(r.type().id());
            attempt.append(r.attempt());
            opportunity.append(r.opportunity());
            cluster.append(r.cluster());
            salesperson.append(r.salesperson());
            caller.append(r.caller());
            due.append(r.dueDay() + 1);
            purpose.append(r.purpose());
            simulated.append(r.simulated());
        }
        return Table.create("call-list", day, week, weekday, type, attempt, opportunity, cluster, salesperson, caller, due,
                purpose, simulated);
    }

    /** Day 0 of a run is a Monday (working days are the first days of each 168-hour week). */
    private static String weekday(long day) {
        return DayOfWeek.of((int) (day % 7) + 1).getDisplayName(TextStyle.SHORT, Locale.ROOT);
    }
}
