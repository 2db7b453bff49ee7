package dev.omsteps.cli;

import dev.omsteps.model.ProjectStage;
import java.time.Duration;
import picocli.CommandLine.Option;

/**
 * {@code --lag-threshold}, one option for every command that judges a project's stage ({@code steps}, {@code watch},
 * {@code report}, {@code exporter}): from this lag on, incremental sync is lagging, not done. Its default is
 * {@link ProjectStage#DEFAULT_LAGGING_FROM}, so the table, the dashboard, a watch's end and the report agree.
 */
final class LagThreshold {

    @Option(names = "--lag-threshold", paramLabel = "DURATION", converter = DurationConverter.class,
            defaultValue = ProjectStage.DEFAULT_LAGGING_SECONDS + "s",
            description = "Incremental sync behind by this much or more is lagging, not done (default ${DEFAULT-VALUE}).")
    Duration value;

    /** The threshold given, or the default. */
    Duration laggingFrom() {
        return value == null ? ProjectStage.DEFAULT_LAGGING_FROM : value;
    }
}
