package io.salesim.core.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.salesim.core.engine.ReplicationResult;
import io.salesim.core.engine.WorkCalendar;
import io.salesim.core.random.DistributionSpec.Constant;
import java.util.List;
import org.junit.jupiter.api.Test;

class StationCalendarTest {
    @Test
    void processTimeIsWorkContentDoneOnlyInWorkingHours() {
        // one item every 168 h (first at t = 168 h, a Monday 00:00), 10 h of work on a 5×8 calendar:
        // 8 h on Monday, 2 h on Tuesday → leaves at Tuesday 02:00, 26 h after arriving
        FlowLineSpec spec = new FlowLineSpec("office", 4 * 168, 0, WorkCalendar.officeWeek(), new Constant(168), null,
                List.of(new StationSpec("desk", 1, new Constant(10))));
        ReplicationResult result = new FlowLine(spec).run(1, 0);
        assertEquals(26.0, result.values().get("system.time_in_system_hours"), 1e-9);
        // busy 10 working hours in each full week of 40 working hours (weeks 2 and 3; week 1 is idle)
        assertEquals(10.0 / 40.0, result.weekly().get("station.desk.utilization")[1], 1e-9);
        assertEquals(0.0, result.weekly().get("station.desk.utilization")[0], 1e-9);
    }
}
