package dev.omsteps.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.omsteps.api.OmsClient;
import dev.omsteps.model.MetricHistory;
import dev.omsteps.model.MetricQuery;
import dev.omsteps.render.MetricChart;
import dev.omsteps.render.MetricExport;
import dev.omsteps.render.RenderOptions;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code omsteps metrics ID}: a step's metric history (DescribeProjectStepMetric) as a chart, CSV or JSON. */
@Command(name = "metrics", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Show the history of one metric of one step: a chart as wide as the terminal, or every point as CSV or JSON.",
            "It asks DescribeProjectStepMetric; without --step, about incremental sync while it runs, else the running step."})
public class MetricsCommand implements Callable<Integer> {

    /** Room the chart's y labels take, for asking about one point per column before the values are known. */
    private static final int LABEL_ROOM = 6;

    @ParentCommand
    OmstepsCommand root;

    @Mixin
    TargetOptions targetOptions;

    @Parameters(index = "0", paramLabel = "ID", description = "Project ID, e.g. np_4w3a5b6c.")
    String projectId;

    @Option(names = "--step", paramLabel = "STEP", completionCandidates = Steps.class,
            description = "FULL_TRANSFER, INCR_TRANSFER, FULL_VERIFIER, REVERSE_INCR_TRANSFER or INCR_VERIFIER.")
    String step;

    @Option(names = "--metric", paramLabel = "METRIC", completionCandidates = Metrics.class,
            description = "DELAY, RPS, IOPS, SINK_EXECUTE_TIME, … (default: DELAY for incremental steps, else the step's throughput).")
    String metric;

    @Option(names = "--since", paramLabel = "DURATION", defaultValue = "6h", converter = DurationConverter.class,
            description = "How far back, ending now; at least 1h, the API's rule (default ${DEFAULT-VALUE}).")
    Duration since;

    @Option(names = "--aggregator", paramLabel = "AVG|NONE", defaultValue = "AVG",
            description = "AVG (averages, default) or NONE (instant values).")
    String aggregator;

    @Option(names = "--points", paramLabel = "N",
            description = "Most points to ask for, 5 to 72460 (default: one per chart column).")
    Integer points;

    @Option(names = "--height", paramLabel = "ROWS", defaultValue = "10", description = "Chart rows (default ${DEFAULT-VALUE}).")
    int height;

    @Option(names = {"-o", "--output"}, paramLabel = "FORMAT", defaultValue = "table",
            completionCandidates = OutputFormats.Metrics.class, converter = OutputFormats.Metrics.class,
            description = "table (the chart, default), csv (time,timestamp,step,metric,series,value) or json.")
    OutputFormat output;


    static final class Steps extends ArrayList<String> {
        Steps() {
            super(MetricQuery.METRICS_BY_STEP.keySet());
        }
    }

    static final class Metrics extends ArrayList<String> {
        Metrics() {
            super(MetricQuery.METRICS_BY_STEP.values().stream().flatMap(List::stream).distinct().toList());
        }
    }

    @Override
    public Integer call() {
        OutputFormats.check("metrics", output);
        if (height < 3 || height > 100) {
            throw new UsageException("--height must be between 3 and 100", "the chart's rows");
        }
        String id = ProjectIds.check(projectId);
        CliContext ctx = root.context();
        Instant now = ctx.clock().instant().truncatedTo(ChronoUnit.SECONDS);
        RenderOptions options = root.terminal().renderOptions(false, now, root.zone());
        int wanted = points != null ? points
                : Math.max(MetricQuery.MIN_POINTS, MetricChart.plotColumns(options.width(), LABEL_ROOM));
        MetricHistory history;
        try (OmsClient client = ClientFactory.create(root, targetOptions)) {
            String stepName = step;
            if (stepName == null) {
                stepName = MetricQuery.defaultStep(client.describeProjectSteps(id).snapshot().steps());
                if (stepName == null) {
                    throw new UsageException("project " + id + " has no step with metric history yet",
                            "name one with --step, e.g. --step FULL_TRANSFER");
                }
            }
            MetricQuery q = new MetricQuery(id, stepName, metric != null ? metric : MetricQuery.defaultMetric(stepName),
                    aggregator, now.minus(since), now, wanted);
            q.problem(now).ifPresent(p -> {
                throw new UsageException(p, "see omsteps metrics --help");
            });
            history = client.describeProjectStepMetric(q);
        }
        switch (output) {
            case CSV -> new MetricExport().csv(history).forEach(ctx.out()::println);
            case JSON -> {
                try {
                    ctx.out().println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                            .writeValueAsString(new MetricExport().json(history)));
                } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                    throw new IllegalStateException("cannot write JSON", e);
                }
            }
            default -> new MetricChart().lines(history, options, height).forEach(ctx.out()::println);
        }
        ctx.out().flush();
        return ExitCodes.OK;
    }
}
