package io.salesim.core.sales;

import io.salesim.core.engine.EventAction;
import io.salesim.core.engine.ModelElement;
import io.salesim.core.engine.WorkCalendar;
import io.salesim.core.random.DistributionSpec;
import io.salesim.core.random.Sampler;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Makes tasks (work content drawn from each activity's own stream) and sends each to the
 * role the current operating model maps its activity to; {@code none} means nobody does it
 * and it completes at once. BD meetings for the field team go through the meeting planner.
 * Service tasks are scored against their tolerance when done.
 */
final class Work extends ModelElement {
    // by the activity's ordinal: an array read per task instead of a map look-up
    private final ActivitySpec[] specs = new ActivitySpec[Activity.values().length];
    private final Sampler[] samplers = new Sampler[Activity.values().length];
    private final Map<String, WorkCenter> centers = new LinkedHashMap<>();
    private final ServiceQuality quality;
    private final OperatingModelSpec initialModel;
    private MeetingPlanner planner;
    private OperatingModelSpec model;
    private final EventAction<Task> scoredDone = this::scoredDone;
    // where each activity goes under the current model, by ordinal (map look-ups once a model, not once a task)
    private final WorkCenter[] routes = new WorkCenter[Activity.values().length];
    private final boolean[] byNobody = new boolean[Activity.values().length];

    Work(ModelElement parent, ActivitiesSpec spec, OperatingModelSpec initialModel, ServiceQuality quality) {
        super(parent, "work");
        this.initialModel = initialModel;
        this.quality = quality;
        for (Activity a : Activity.values()) {
            ActivitySpec s = spec.of(a);
            specs[a.ordinal()] = s;
            DistributionSpec d = s.workHours() > 0 && s.workCv() > 0
                    ? new DistributionSpec.Gamma(s.workHours(), s.workCv() * s.workHours())
                    : new DistributionSpec.Constant(s.workHours());
            samplers[a.ordinal()] = sampler(a.id(), d);
        }
    }

    void connect(WorkCenter center) {
        centers.put(center.id(), center);
    }

    void connect(MeetingPlanner meetingPlanner) {
        this.planner = meetingPlanner;
    }

    @Override
    protected void initialize() {
        model = initialModel;
        route();
    }

    private void route() {
        for (Activity a : Activity.values()) {
            String role = model.roleFor(a);
            byNobody[a.ordinal()] = role.equals(OperatingModelSpec.NOBODY);
            routes[a.ordinal()] = centers.get(role);
        }
    }

    OperatingModelSpec operatingModel() {
        return model;
    }

    /** A new task of this activity, with sampled work content, expiring after the activity's max wait. */
    Task task(Activity activity, int cluster, int owner, Object subject, EventAction<Task> onDone, EventAction<Task> onLapse) {
        ActivitySpec s = specs[activity.ordinal()];
        double hours = samplers[activity.ordinal()].sample();
        if (s.unitHours() > 0) {
            hours = Math.max(1, Math.ceil(hours / s.unitHours())) * s.unitHours();
        }
        // a service task is scored when done, then the caller's action runs: one shared action, no object per task
        Task task = new Task(activity, hours, s.priority(), now(), now() + s.maxWaitWeeks() * WorkCalendar.HOURS_PER_WEEK, cluster,
                owner, subject, s.hasTolerance() ? scoredDone : onDone, s.hasTolerance() ? onDone : null, onLapse);
        if (s.hasTolerance()) {
            quality.watch(task, s.toleranceHours());
        }
        return task;
    }

    /** A service task is done: scored against its activity's tolerance (unless nobody did it), then its own action. */
    private void scoredDone(Task task) {
        if (!task.doneByNobody) {
            quality.record(task, specs[task.activity.ordinal()].toleranceHours());
        }
        task.then.handle(task);
    }

    /** Hands a task to whoever the operating model says does it. */
    void perform(Task task) {
        int activity = task.activity.ordinal();
        if (byNobody[activity]) {
            task.doneByNobody = true;
            schedule(task.onDone, 0, task);
            return;
        }
        WorkCenter center = routes[activity];
        if (task.activity == Activity.BD_MEETING && center instanceof FieldTeam && planner != null) {
            planner.place(task, now());
        } else {
            center.submit(task);
        }
    }

    /** Switches the operating model now; all waiting work moves to its new role. */
    void switchModel(OperatingModelSpec newModel) {
        model = newModel;
        route();
        if (planner != null) {
            planner.setModel(newModel);
        }
        List<Task> waiting = new ArrayList<>();
        for (WorkCenter center : centers.values()) {
            waiting.addAll(center.drainWaiting());
        }
        waiting.forEach(this::perform);
    }
}
