package io.salesim.core.sales;

import io.salesim.core.engine.ModelElement;
import io.salesim.core.engine.WorkCalendar;
import io.salesim.core.resource.QueueDiscipline;
import io.salesim.core.resource.Resource;
import java.util.List;

/**
 * A pool of interchangeable people in one role (coordinators, customer service, project
 * leaders, ...): tasks wait by priority, first come first served within a priority, and are
 * worked in the role's working hours at each person's productivity; a task that waits past
 * its activity's maximum wait lapses. The role's resource records everything else.
 */
final class RolePool extends ModelElement implements WorkCenter {
    private final RoleSpec spec;
    private final Resource<Task> people;

    RolePool(ModelElement parent, RoleSpec spec, WorkCalendar calendar) {
        super(parent, spec.id());
        this.spec = spec;
        this.people = new Resource<>(this, "people", spec.headcount(), spec.productivity(), calendar,
                QueueDiscipline.PRIORITY, "role." + spec.id(), "people");
        people.onLapse(RolePool::lapse);
        people.withdrawnWhen(task -> task.cancelled);
    }

    private static void lapse(Task task) {
        if (task.onLapse != null) {
            task.onLapse.handle(task);
        }
    }

    @Override
    public void submit(Task task) {
        people.process(task, task.workHours, task.priority, Double.POSITIVE_INFINITY, task.expiresAt, null,
                done -> done.onDone.handle(done));
    }

    @Override
    public List<Task> drainWaiting() {
        return people.drainWaiting();
    }

    @Override
    public int headcount() {
        return people.headcount();
    }

    @Override
    public void hire(int count, double rampWeeks, double startProductivity) {
        for (int i = 0; i < count; i++) {
            people.hire(startProductivity, rampWeeks);
        }
    }

    @Override
    public int remove(int count) {
        return people.shrink(count);
    }

    @Override
    public RoleSpec spec() {
        return spec;
    }

    @Override
    public Resource<Task> resource() {
        return people;
    }
}
