package dev.omsteps.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.omsteps.api.ApiException;
import dev.omsteps.api.OmsClient;
import dev.omsteps.config.Target;
import dev.omsteps.model.ProjectComponents;
import dev.omsteps.model.ProjectDetails;
import dev.omsteps.model.StepsSnapshot;
import dev.omsteps.model.VerificationReport;
import dev.omsteps.model.report.ChartPlan;
import dev.omsteps.model.report.ChartSeries;
import dev.omsteps.model.report.Gap;
import dev.omsteps.model.report.Report;
import dev.omsteps.render.report.ReportHtml;
import dev.omsteps.render.report.ReportJson;
import dev.omsteps.render.report.ReportMarkdown;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code omsteps report ID}: a cutover sign-off document (HTML, Markdown or JSON) from one round of calls. */
@Command(name = "report", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Write a cutover sign-off report for one project.",
            "A verdict (ready for switchover or not, and why), the step timeline, full verification (tables that differ",
            "first), lag and rows-per-second charts with baselines, component state, and when and against what it was",
            "made. HTML is one self-contained file (no network, no script)."},
        exitCodeListHeading = "%n" + HelpSections.EXIT_STATUS + ":%n",
        exitCodeList = {
            "0:report written (whatever its verdict: use 'omsteps verify' or -o json's verdict.ready as a gate)",
            "2:bad usage, invalid input, or the output file's folder does not exist",
            "3:API error reading the project's steps (other parts missing are listed in the report)",
            "74:the report could not be written (a full disk); the file it replaces is left as it was"
        })
public class ReportCommand implements Callable<Integer> {

    @ParentCommand
    OmstepsCommand root;

    @Mixin
    TargetOptions targetOptions;

    @Parameters(index = "0", paramLabel = "ID", description = "Project ID, e.g. np_4w3a5b6c.")
    String projectId;

    @Option(names = {"-o", "--output"}, paramLabel = "FORMAT", defaultValue = "html",
            completionCandidates = OutputFormats.Report.class, converter = OutputFormats.Report.class,
            description = "html (default: one self-contained page), md (Markdown for a ticket) or json.")
    OutputFormat output;

    @Option(names = "--since", paramLabel = "DURATION", defaultValue = "24h", converter = DurationConverter.class,
            description = "How far back the lag and throughput charts reach; at least 1h (default ${DEFAULT-VALUE}).")
    Duration since;

    @Mixin
    LagThreshold lagThreshold;

    @Option(names = "--out", paramLabel = "FILE",
            description = "Write the report to FILE (replaced whole, never half-written) instead of standard output.")
    Path out;


    @Override
    public Integer call() {
        OutputFormats.check("report", output);
        if (since.compareTo(Duration.ofHours(1)) < 0 || since.compareTo(Duration.ofDays(31)) > 0) {
            throw new UsageException("--since must be between 1h and 31d", "the metric API wants a window of at least an hour");
        }
        String id = ProjectIds.check(projectId);
        CliContext ctx = root.context();
        Instant now = ctx.clock().instant().truncatedTo(ChronoUnit.SECONDS);
        Instant end = ClientFactory.commandDeadline(root);
        Target target = ClientFactory.target(root, targetOptions, targetOptions.contextName, end);
        Report report;
        try (OmsClient client = ClientFactory.create(root, targetOptions, target, dev.omsteps.api.ClientOptions.defaults().withDeadline(end))) {
            report = fetch(client, id, now, describe(target));
        }
        String text = switch (output) {
            case MD -> new ReportMarkdown().render(report);
            case JSON -> json(report);
            default -> new ReportHtml().render(report);
        };
        if (out == null) {
            ctx.out().print(text);
            ctx.out().flush();
        } else {
            write(out, text);
            ctx.err().println("omsteps: report written to " + dev.omsteps.model.Printable.of(out.toString())
                    + " — " + report.verdict().headline());
        }
        return ExitCodes.OK;
    }

    /** The steps (which must come), then every other part, each of which may be missing with a reason. */
    private Report fetch(OmsClient client, String id, Instant now, String against) {
        StepsSnapshot steps = client.describeProjectSteps(id).snapshot();
        List<Gap> gaps = new ArrayList<>();
        ProjectDetails project = part("project facts", gaps, () -> client.describeProject(id));
        VerificationReport verification = part("verification results", gaps, () -> VerifyCommand.fetch(client, id,
                project == null ? List.of() : project.sourceSchemas(), project == null ? List.of() : project.targetSchemas(),
                VerifyCommand.MAX_PAGE_SIZE, now, steps.steps()));
        ProjectComponents components = part("components", gaps, () -> client.describeProjectComponents(id));
        List<ChartSeries> charts = new ArrayList<>();
        for (ChartPlan plan : ChartPlan.of(id, steps.steps(), now, since)) {
            var history = part(plan.title() + " history", gaps, () -> client.describeProjectStepMetric(plan.query()));
            if (history != null) {
                charts.add(plan.chart(history, lagThreshold.laggingFrom()));
            }
        }
        return new Report(id, now, against, "omsteps " + VersionProvider.version(), since, lagThreshold.laggingFrom(), steps, project,
                verification, components, charts, gaps);
    }

    /** One part of the report; an API refusal or an action the deployment lacks becomes a gap, not a failure. */
    private static <T> T part(String name, List<Gap> gaps, Supplier<T> call) {
        try {
            return call.get();
        } catch (ApiException | UnsupportedOperationException e) {
            gaps.add(new Gap(name, dev.omsteps.model.Printable.of(String.valueOf(e.getMessage()))));
            return null;
        }
    }

    /** Where the report's data came from, without credentials, query or user information. */
    static String describe(Target target) {
        URI u = target.endpoint();
        String where = u.getScheme() + "://" + u.getHost() + (u.getPort() >= 0 ? ":" + u.getPort() : "")
                + (u.getPath() == null ? "" : u.getPath());
        if (target instanceof Target.Cloud cloud) {
            return "OceanBase Cloud OpenAPI at " + where + " (region " + cloud.settings().region() + ")";
        }
        return "self-hosted OMS at " + where;
    }

    private static String json(Report report) {
        try {
            return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                    .writeValueAsString(new ReportJson().document(report)) + "\n";
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
    }

    /** Written whole or not at all (see {@link dev.omsteps.files.WholeFile}). */
    private static void write(Path file, String text) {
        try {
            dev.omsteps.files.WholeFile.write(file, text);
        } catch (IOException e) {
            throw FileWriteFailure.of(file, e);
        }
    }
}
