package dev.omsteps.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.omsteps.api.ApiException;
import dev.omsteps.api.OmsClient;
import dev.omsteps.model.ProjectDetails;
import dev.omsteps.model.TableVerification;
import dev.omsteps.model.VerificationPage;
import dev.omsteps.model.VerificationReport;
import dev.omsteps.render.VerificationJson;
import dev.omsteps.render.VerificationRenderer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code omsteps verify ID}: full verification per table, as a cutover gate. */
@Command(name = "verify", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Per-table results of full verification (ListProjectFullVerifyResult), tables that differ first.",
            "A cutover gate: exits 0 only when verification has finished and every table is CONSISTENT or BOTH_EMPTY."},
        exitCodeListHeading = "%n" + HelpSections.EXIT_STATUS + ":%n",
        exitCodeList = {
            "0:verification finished, every table CONSISTENT or BOTH_EMPTY",
            "6:differences: a table differs or could not be verified, or the server counts differing rows",
            "7:not finished: verification running, suspended, not started, not enabled, or no tables reported",
            "2:bad usage or invalid input",
            "3:API error"
        })
public class VerifyCommand implements Callable<Integer> {

    /** The API's largest page (OceanBase Developer Center's client allows 1..150). */
    static final int MAX_PAGE_SIZE = 150;
    /** Enough pages for 150,000 tables; a server that pages forever must not keep us here. */
    private static final int MAX_PAGES = 1_000;

    @ParentCommand
    OmstepsCommand root;

    @Mixin
    TargetOptions targetOptions;

    @Parameters(index = "0", paramLabel = "ID", description = "Project ID, e.g. np_4w3a5b6c.")
    String projectId;

    @Option(names = {"-o", "--output"}, paramLabel = "FORMAT", defaultValue = "table",
            completionCandidates = OutputFormats.Verify.class, converter = OutputFormats.Verify.class,
            description = "table (default) or json (verdict, counts and every table).")
    OutputFormat output;

    @Option(names = "--source-schema", split = ",", paramLabel = "NAME",
            description = "Source schemas to ask about (default: those the project maps, from DescribeProject).")
    List<String> sourceSchemas = new ArrayList<>();

    @Option(names = "--target-schema", split = ",", paramLabel = "NAME",
            description = "Target schemas to ask about (default: those the project maps, from DescribeProject).")
    List<String> targetSchemas = new ArrayList<>();

    @Option(names = "--page-size", paramLabel = "N", defaultValue = "100",
            description = "Tables per request, 1 to 150 (default ${DEFAULT-VALUE}).")
    int pageSize;


    @Override
    public Integer call() {
        OutputFormats.check("verify", output);
        if (pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
            throw new UsageException("--page-size must be between 1 and " + MAX_PAGE_SIZE, "the API's own limits");
        }
        String id = ProjectIds.check(projectId);
        CliContext ctx = root.context();
        VerificationReport report;
        try (OmsClient client = ClientFactory.create(root, targetOptions)) {
            List<String> source = sourceSchemas;
            List<String> target = targetSchemas;
            if (source.isEmpty() || target.isEmpty()) {
                ProjectDetails d = schemasOf(client, id);
                source = source.isEmpty() ? d.sourceSchemas() : source;
                target = target.isEmpty() ? d.targetSchemas() : target;
            }
            var steps = client.describeProjectSteps(id).snapshot();
            report = fetch(client, id, source, target, pageSize, ctx.clock().instant(), steps.steps());
        }
        if (output == OutputFormat.JSON) {
            try {
                ctx.out().println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                        .writeValueAsString(new VerificationJson().document(report)));
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new IllegalStateException("cannot write JSON", e);
            }
        } else {
            new VerificationRenderer().lines(report, root.terminal().renderOptions(false, ctx.clock().instant(), root.zone()))
                    .forEach(ctx.out()::println);
        }
        ctx.out().flush();
        return switch (report.verdict()) {
            case CONSISTENT -> ExitCodes.OK;
            case DIFFERENCES -> ExitCodes.DIFFERENCES;
            case NOT_FINISHED -> ExitCodes.NOT_VERIFIED;
        };
    }

    /** Every page of verification results; {@code steps} say whether verification has finished. {@code report} reads them so too. */
    static VerificationReport fetch(OmsClient client, String id, List<String> source, List<String> target, int pageSize,
                                    java.time.Instant now, List<dev.omsteps.model.Step> steps) {
        List<TableVerification> tables = new ArrayList<>();
        Long different = null;
        for (int page = 1; page <= MAX_PAGES; page++) {
            VerificationPage p = client.listProjectFullVerifyResult(id, source, target, page, pageSize);
            different = p.differentNumber() != null ? p.differentNumber() : different;
            tables.addAll(p.tables());
            if (!p.hasMoreAfter(tables.size(), pageSize)) {
                break;
            }
        }
        return new VerificationReport(id, now, different, tables, VerificationReport.verifierStepOf(steps));
    }

    /** The mapped schemas; a refusal says which permission or option gets round it. */
    private static ProjectDetails schemasOf(OmsClient client, String id) {
        try {
            return client.describeProject(id);
        } catch (ApiException e) {
            if (e.kind() == ApiException.Kind.PERMISSION) {
                throw new ApiException(e.kind(), e.httpStatus(), e.code(), e.getMessage(),
                        "grant oceanbase:DescribeProject, or name the schemas with --source-schema and --target-schema", e.requestId());
            }
            throw e;
        }
    }
}
