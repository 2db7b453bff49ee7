package dev.omsteps.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.omsteps.api.OmsClient;
import dev.omsteps.api.StepsResult;
import dev.omsteps.model.ProjectComponents;
import dev.omsteps.model.ProjectDetails;
import dev.omsteps.model.StepStatus;
import dev.omsteps.render.ComponentsRenderer;
import dev.omsteps.render.FactsLine;
import dev.omsteps.render.JsonRenderer;
import dev.omsteps.render.ProjectDetailsJson;
import dev.omsteps.render.RenderOptions;
import dev.omsteps.render.TableRenderer;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code omsteps steps ID}: one DescribeProjectSteps call, printed. */
@Command(name = "steps", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Show the steps of one OMS project: status, progress, metrics and errors.")
public class StepsCommand implements Callable<Integer> {

    @ParentCommand
    OmstepsCommand root;

    @Mixin
    TargetOptions targetOptions;

    @Parameters(index = "0", paramLabel = "ID", description = "Project ID, e.g. np_4w3a5b6c.")
    String projectId;

    @Option(names = {"-o", "--output"}, paramLabel = "FORMAT", defaultValue = "table",
            completionCandidates = OutputFormats.Steps.class, converter = OutputFormats.Steps.class,
            description = "table (default), wide (every metric column), json (omsteps' own document) or raw (the API body as received).")
    OutputFormat output;

    @Mixin
    LagThreshold lagThreshold;

    @Option(names = "--exit-status", description = "Exit 1 when a step has FAILED.")
    boolean exitStatus;

    @Option(names = "--components",
            description = "Also show every component (stores, sync, import and verify workers): status, delay, heartbeat, errors (DescribeProjectComponents).")
    boolean components;

    @Option(names = "--facts",
            description = "Also show the project's facts under the header: alarm, importance, endpoints, labels, enabled phases (DescribeProject).")
    boolean facts;

    /** The steps document, with {@code project} and {@code components} when they were asked for. */
    private void json(StepsResult result, ProjectDetails details, ProjectComponents parts, Instant now, CliContext ctx) {
        ObjectNode doc = new JsonRenderer().document(result.snapshot(), lagThreshold.laggingFrom());
        ProjectDetailsJson more = new ProjectDetailsJson();
        if (details != null) {
            doc.set("project", more.project(details));
        }
        if (parts != null) {
            doc.set("components", more.components(parts, now));
        }
        try {
            ctx.out().println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(doc));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
        ctx.out().flush();
    }

    @Override
    public Integer call() throws IOException {
        OutputFormats.check("steps", output);
        String id = ProjectIds.check(projectId);
        CliContext ctx = root.context();
        StepsResult result;
        ProjectDetails details = null;
        ProjectComponents parts = null;
        try (OmsClient client = ClientFactory.create(root, targetOptions)) {
            result = client.describeProjectSteps(id);
            if (output != OutputFormat.RAW) {
                details = facts ? client.describeProject(id) : null;
                parts = components ? client.describeProjectComponents(id) : null;
            }
        }
        Instant now = ctx.clock().instant();
        switch (output) {
            case RAW -> {
                ctx.out().flush();
                OutputStream raw = ctx.stdoutBytes();
                raw.write(result.rawBody());
                raw.flush();
            }
            case JSON -> json(result, details, parts, now, ctx);
            default -> {
                RenderOptions o = root.terminal().renderOptions(output == OutputFormat.WIDE, now, root.zone())
                        .withLaggingFrom(lagThreshold.laggingFrom());
                List<String> lines = new ArrayList<>(new TableRenderer().lines(result.snapshot(), o));
                if (details != null) {
                    String line = FactsLine.of(details, o);
                    if (!line.isEmpty()) {
                        lines.add(Math.min(1, lines.size()), line);
                    }
                }
                if (parts != null) {
                    lines.add("");
                    lines.addAll(new ComponentsRenderer().lines("Components", parts.components(), o));
                }
                lines.forEach(ctx.out()::println);
                ctx.out().flush();
            }
        }
        boolean failed = result.snapshot().steps().stream().anyMatch(s -> s.status().is(StepStatus.Kind.FAILED));
        return exitStatus && failed ? ExitCodes.STEP_FAILED : ExitCodes.OK;
    }
}
