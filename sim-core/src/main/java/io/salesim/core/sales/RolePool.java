package io.salesim.core.sales;

import io.salesim.core.engine.ModelElement;
import io.salesim.core.engine.WorkCalendar;
import io.salesim.core.resource.QueueDiscipline;
import io.salesim.core.resource.Resource;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.IntSupplier;

/**
 * A pool of interchangeable people in one role (coordinators, customer service, project
 * leaders, ...): tasks wait by priority, first come first served within a priority, and are
 * worked in the role's working hours at each person's productivity; a task that waits past
 * its activity's maximum wait lapses. Paired with the field team (dedicated pairing, while
 * the operating model says so), a task for a salesperson's account goes to that
 * salesperson's own coordinator. The role's resource records everything else.
 */
final class RolePool extends ModelElement implements WorkCenter {
    private final RoleSpec spec;
    private final Resource<Task> people;
    private IntSupplier salespeople = () -> 0;
    private BooleanSupplier dedicated = () -> false;

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

    /** Pairs this role's people with the field team's {@code salespeople} while {@code dedicated} holds. */
    void pairWith(IntSupplier salespeopleNow, BooleanSupplier dedicatedNow) {
        this.salespeople = salespeopleNow;
        this.dedicated = dedicatedNow;
    }

    @Override
    public void submit(Task task) {
        people.process(task, task.workHours, task.priority, Double.POSITIVE_INFINITY, task.expiresAt, pairedServer(task),
                done -> done.onDone.handle(done));
    }

    /**
     * Dedicated: the account's salesperson is {@code owner mod salespeople} (as the field team
     * assigns accounts); their coordinator is that index mod the coordinators, so one
     * coordinator serves every salesperson when alone. With more coordinators than
     * salespeople, a salesperson's coordinators are every {@code salespeople}-th, and the
     * task goes to the one with least in hand. Pooled, or with nobody to pair: any coordinator.
     */
    private Resource<Task>.Server pairedServer(Task task) {
        int s = salespeople.getAsInt();
        List<Resource<Task>.Server> servers = people.servers();
        if (s == 0 || servers.isEmpty() || !dedicated.getAsBoolean()) {
            return null;
        }
        int salesperson = Math.floorMod(task.owner, s);
        if (servers.size() <= s) {
            return servers.get(salesperson % servers.size());
        }
        Resource<Task>.Server best = null;
        for (int i = salesperson; i < servers.size(); i += s) {
            Resource<Task>.Server candidate = servers.get(i);
            if (best == null || load(candidate) < load(best)) {
                best = candidate;
            }
        }
        return best;
    }

    private static int load(Resource<Task>.Server server) {
        return server.waiting() + (server.isBusy() ? 1 : 0);
    }

    /** Waiting work to re-route; illness cover stays, as it is this role's whatever the operating model. */
    @Override
    public List<Task> drainWaiting() {
        return people.drainWaiting(task -> !task.isCover());
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
