package dev.omsteps.watch;

import dev.omsteps.api.ApiException;
import dev.omsteps.api.OmsClient;
import dev.omsteps.model.Component;
import dev.omsteps.model.MetricHistory;
import dev.omsteps.model.MetricQuery;
import dev.omsteps.model.StepsSnapshot;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/**
 * The deeper looks a watch takes at a project, each one call and best effort: the server's recent
 * trend to open the sparkline with (DescribeProjectStepMetric), and the components behind a step
 * that failed or stalled (DescribeProjectComponents). A refusal (no permission, an OMS too old for
 * the action) only means the watch goes without; it never ends the watch.
 */
public final class StepInspector {

    /** How far back the opening trend reaches: the API's shortest window. */
    static final Duration TREND_WINDOW = MetricQuery.MIN_WINDOW;

    private final OmsClient client;
    private final Clock clock;
    private final int trendPoints;

    /** {@code trendPoints}: how many points the opening trend asks for (a sparkline's width). */
    public StepInspector(OmsClient client, Clock clock, int trendPoints) {
        this.client = client;
        this.clock = clock;
        this.trendPoints = Math.max(MetricQuery.MIN_POINTS, Math.min(MetricQuery.MAX_POINTS, trendPoints));
    }

    /** The last hour of the metric the sparkline shows for this project: lag while incremental sync runs, else rows/s. */
    public Optional<MetricHistory> openingTrend(StepsSnapshot first) {
        String step = MetricQuery.defaultStep(first.steps());
        if (step == null) {
            return Optional.empty();
        }
        String metric = step.endsWith("INCR_TRANSFER") ? "DELAY" : "RPS";
        Instant end = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        MetricQuery q = new MetricQuery(first.projectId(), step, metric, "AVG", end.minus(TREND_WINDOW), end, trendPoints);
        if (q.problem(end).isPresent()) {
            return Optional.empty();
        }
        try {
            return Optional.of(client.describeProjectStepMetric(q));
        } catch (ApiException | UnsupportedOperationException unavailable) {
            return Optional.empty();
        }
    }

    /** The components doing the work of {@code stepName}; empty when they cannot be had. */
    public Optional<List<Component>> componentsFor(String projectId, String stepName) {
        try {
            return Optional.of(client.describeProjectComponents(projectId).serving(stepName));
        } catch (ApiException | UnsupportedOperationException unavailable) {
            return Optional.empty();
        }
    }
}
