package dev.omsteps.watch;

import dev.omsteps.model.IncrementalLag;
import dev.omsteps.model.ProjectSummary;
import dev.omsteps.model.Step;
import dev.omsteps.model.StepStatus;
import dev.omsteps.model.StepsSnapshot;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Follows a watch and judges each project on its {@link AlertRule}s: an alert fires once when its
 * condition has held for the rule's hold time, and clears once when the opposite has held as long —
 * a lag alert only when the lag is back under {@link AlertRule#CLEAR_RATIO} of the limit — so a value
 * wobbling at the limit does not flap. Each start and end goes to {@code target} as
 * {@link WatchListener#onAlert}. Rules given on the command line apply to every project; without them
 * a project gets {@link AlertRule#defaultsFor its importance}'s, where known: from ListProjects on a dashboard, from
 * one {@link ImportanceLookup} per project in a single watch.
 */
public final class AlertWatch implements WatchListener {

    /** What one poll says about a project, as far as alerts care. */
    record Reading(Instant at, Duration lag, boolean active, String movement) {
    }

    private final List<AlertRule> rules;
    private final boolean dashboard;
    private final Clock clock;
    private final WatchListener target;
    private final Map<String, ProjectAlerts> projects = new HashMap<>();
    private final ImportanceLookup importance;
    /** A single watch's projects without rules of their own: the defaults of their importance, looked up once each. */
    private final Map<String, List<AlertRule>> defaults = new HashMap<>();

    /**
     * @param dashboard true for {@code watch --all}: projects are judged on the list's figures
     *                  ({@link #onProjects}), which carry the lag the API reports per project
     */
    public AlertWatch(List<AlertRule> rules, boolean dashboard, Clock clock, WatchListener target) {
        this(rules, dashboard, clock, target, ImportanceLookup.NONE);
    }

    /**
     * @param importance for a single watch without rules: where each project's importance is asked, once, so it
     *                   gets that importance's defaults as {@code watch --all} does from ListProjects
     */
    public AlertWatch(List<AlertRule> rules, boolean dashboard, Clock clock, WatchListener target, ImportanceLookup importance) {
        this.importance = importance;
        this.rules = List.copyOf(rules);
        this.dashboard = dashboard;
        this.clock = clock;
        this.target = target;
    }

    @Override
    public void onSnapshot(String projectId, StepsSnapshot snapshot, List<StepChange> changes, TrendTracker trend) {
        if (dashboard) {
            return;
        }
        Reading r = reading(snapshot, lagOf(snapshot));
        List<AlertRule> own = rules;
        if (own.isEmpty()) {
            // asked only once the project is running: a failed or finished one has nothing to alert about
            own = r.active() || defaults.containsKey(projectId) ? defaults.computeIfAbsent(projectId,
                    id -> AlertRule.defaultsFor(importance.importanceOf(id)).orElse(List.of())) : List.of();
        }
        if (!own.isEmpty()) {
            judge(projectId, own, r);
        }
    }

    @Override
    public void onProjects(List<ProjectSummary> listed, Instant at) {
        for (ProjectSummary p : listed) {
            List<AlertRule> own = rules.isEmpty() ? importanceDefaults(p) : rules;
            if (!own.isEmpty()) {
                judge(p.id(), own, reading(p.asSnapshot(null), p.lag()));
            }
        }
    }

    /** Where ListProjects says how important a project is, that importance's defaults; else none. */
    private static List<AlertRule> importanceDefaults(ProjectSummary p) {
        return AlertRule.defaultsFor(p.importance()).orElse(List.of());
    }

    private Reading reading(StepsSnapshot s, Duration lag) {
        boolean active = s.steps().stream().anyMatch(st -> st.status().is(StepStatus.Kind.RUNNING)
                || st.status().is(StepStatus.Kind.MONITORING));
        StringBuilder movement = new StringBuilder();
        for (Step st : s.steps()) {
            movement.append(st.order()).append(':').append(st.status().raw()).append(':').append(st.progress());
            if (st.metrics() != null) {
                movement.append(':').append(st.metrics().processedRecords()).append(':').append(st.metrics().incrTimestampCheckpoint());
            }
            movement.append(';');
        }
        return new Reading(clock.instant(), lag, active, movement.toString());
    }

    /** The lag every view shows ({@link StepsSnapshot#incrementalLag}: fetch time − checkpoint); null when none. */
    static Duration lagOf(StepsSnapshot s) {
        IncrementalLag lag = s.incrementalLag();
        return lag == null ? null : lag.behind();
    }

    private void judge(String projectId, List<AlertRule> own, Reading r) {
        ProjectAlerts p = projects.computeIfAbsent(projectId, k -> new ProjectAlerts());
        if (!r.movement().equals(p.lastMovement)) {
            p.lastMovement = r.movement();
            p.lastMoved = r.at();
        }
        for (AlertRule rule : own) {
            AlertState st = p.states.computeIfAbsent(rule, k -> new AlertState());
            boolean bad;
            boolean good;
            String detail;
            if (rule.kind() == AlertRule.Kind.LAG) {
                bad = r.lag() != null && r.lag().compareTo(rule.threshold()) > 0;
                good = r.lag() == null || r.lag().toMillis() <= rule.threshold().toMillis() * AlertRule.CLEAR_RATIO;
                detail = r.lag() == null ? "no incremental lag" : "lag " + AlertRule.compact(r.lag()) + (bad ? " above " : " within ")
                        + AlertRule.compact(rule.threshold());
            } else {
                Duration still = Duration.between(p.lastMoved, r.at());
                bad = r.active() && still.compareTo(rule.threshold()) >= 0;
                good = !r.active() || still.isZero();
                detail = bad ? "no progress and no checkpoint advance for " + AlertRule.compact(still)
                        : r.active() ? "moving again" : "no longer running";
            }
            Optional<Boolean> change = st.next(bad, good, rule.holdFor(), r.at());
            if (change.isPresent()) {
                target.onAlert(new AlertEvent(projectId, rule, change.get(), r.lag(), detail, r.at()));
            }
        }
    }

    private static final class ProjectAlerts {
        final Map<AlertRule, AlertState> states = new HashMap<>();
        String lastMovement;
        Instant lastMoved;
    }

    /** One rule's state for one project: quiet or firing, and since when the condition to change has held. */
    static final class AlertState {
        private boolean firing;
        private Instant since;

        /** The change to report, if any: true fired, false cleared. */
        Optional<Boolean> next(boolean bad, boolean good, Duration holdFor, Instant at) {
            boolean wantsChange = firing ? good : bad;
            if (!wantsChange) {
                since = null;
                return Optional.empty();
            }
            if (since == null) {
                since = at;
            }
            if (Duration.between(since, at).compareTo(holdFor) < 0) {
                return Optional.empty();
            }
            firing = !firing;
            since = null;
            return Optional.of(firing);
        }
    }
}
