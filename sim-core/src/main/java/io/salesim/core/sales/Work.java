package io.salesim.core.sales;

import io.salesim.core.engine.EventAction;
import io.salesim.core.engine.ModelElement;
import io.salesim.core.engine.WorkCalendar;
import io.salesim.core.random.DistributionSpec;
import io.salesim.core.random.Sampler;
import java.util.ArrayList;
import java.util.EnumMap;
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
    private final ActivitiesSpec spec;
    private final Map<Activity, Sampler> samplers = new EnumMap<>(Activity.class);
    private final Map<String, WorkCenter> centers = new LinkedHashMap<>();
    private final ServiceQuality quality;
    private final OperatingModelSpec initialModel;
    private MeetingPlanner planner;
    private OperatingModelSpec model;

    Work(ModelElement parent, ActivitiesSpec spec, OperatingModelSpec initialModel, ServiceQuality quality) {
        super(parent, "work");
        this.spec = spec;
        this.initialModel = initialModel;
        this.quality = quality;
        for (Activity a : Activity.values()) {
            ActivitySpec s = spec.of(a);
            DistributionSpec d = s.workHours() > 0 && s.workCv() > 0
                    ? new DistributionSpec.Gamma(s.workHours(), s.workCv() * s.workHours())
                    : new DistributionSpec.Constant(s.workHours());
            samplers.put(a, sampler(a.id(), d));
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
    }

    OperatingModelSpec operatingModel() {
        return model;
    }

    /** A new task of this activity, with sampled work content, expiring after the activity's max wait. */
    Task task(Activity activity, int cluster, int owner, Object subject, EventAction<Task> onDone, EventAction<Task> onLapse) {
        ActivitySpec s = spec.of(activity);
        double hours = samplers.get(activity).sample();
        if (s.unitHours() > 0) {
            hours = Math.max(1, Math.ceil(hours / s.unitHours())) * s.unitHours();
        }
        EventAction<Task> done = s.hasTolerance()
                ? t -> {
                    if (!t.doneByNobody) {
                        quality.record(t, s.toleranceHours());
                    }
                    onDone.handle(t);
                }
                : onDone;
        Task task = new Task(activity, hours, s.priority(), now(), now() + s.maxWaitWeeks() * WorkCalendar.HOURS_PER_WEEK, cluster,
                owner, subject, done, onLapse);
        if (s.hasTolerance()) {
            quality.watch(task, s.toleranceHours());
        }
        return task;
    }

    /** Hands a task to whoever the operating model says does it. */
    void perform(Task task) {
        String role = model.roleFor(task.activity);
        if (role.equals(OperatingModelSpec.NOBODY)) {
            task.doneByNobody = true;
            schedule(task.onDone, 0, task);
            return;
        }
        WorkCenter center = centers.get(role);
        if (task.activity == Activity.BD_MEETING && center instanceof FieldTeam && planner != null) {
            planner.place(task, now());
        } else {
            center.submit(task);
        }
    }

    /** Switches the operating model now; all waiting work moves to its new role. */
    void switchModel(OperatingModelSpec newModel) {
        model = newModel;
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
