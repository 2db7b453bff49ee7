package dev.omsteps.cli;

import dev.omsteps.api.OmsClient;
import dev.omsteps.api.StepsResult;
import dev.omsteps.model.StepStatus;
import dev.omsteps.render.JsonRenderer;
import dev.omsteps.render.TableRenderer;
import java.io.IOException;
import java.io.OutputStream;
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

    @Option(names = {"-o", "--output"}, paramLabel = "FORMAT", defaultValue = "table", completionCandidates = Formats.class, converter = Formats.class,
            description = "table (default), wide (every metric column), json (omsteps' own document) or raw (the API body as received).")
    OutputFormat output;

    @Option(names = "--exit-status", description = "Exit 1 when a step has FAILED.")
    boolean exitStatus;

    static final class Formats extends OutputFormat.Choices {
        Formats() {
            super(OutputFormat.TABLE, OutputFormat.WIDE, OutputFormat.JSON, OutputFormat.RAW);
        }
    }

    @Override
    public Integer call() throws IOException {
        String id = ProjectIds.check(projectId);
        CliContext ctx = root.context();
        StepsResult result;
        try (OmsClient client = ClientFactory.create(root, targetOptions)) {
            result = client.describeProjectSteps(id);
        }
        switch (output) {
            case RAW -> {
                ctx.out().flush();
                OutputStream raw = ctx.stdoutBytes();
                raw.write(result.rawBody());
                raw.flush();
            }
            case JSON -> new JsonRenderer().render(result.snapshot(), ctx.out());
            default -> new TableRenderer().render(result.snapshot(),
                    root.terminal().renderOptions(output == OutputFormat.WIDE, ctx.clock().instant()), ctx.out());
        }
        boolean failed = result.snapshot().steps().stream().anyMatch(s -> s.status().is(StepStatus.Kind.FAILED));
        return exitStatus && failed ? ExitCodes.STEP_FAILED : ExitCodes.OK;
    }
}
