package dev.omsteps.cli;

import dev.omsteps.api.OmsClient;
import dev.omsteps.api.ProjectLister;
import dev.omsteps.api.ProjectQuery;
import dev.omsteps.render.ProjectsJsonRenderer;
import dev.omsteps.render.ProjectsTableRenderer;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code omsteps projects}: every page of ListProjects, one row per project. */
@Command(name = "projects", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"List OMS projects: ID, name, type, status, source -> target endpoint types, current step and its progress.",
            "Every ListProjects page is fetched; the filters are applied by the server."},
        footerHeading = "%n" + HelpSections.EXAMPLES + ":%n",
        footer = {"  omsteps projects --status RUNNING,FAILED",
            "  omsteps projects --type SYNC --search orders -o json | jq '.projects[].id'",
            "  omsteps watch --all --status RUNNING   # the same filters, as a live dashboard"})
public class ProjectsCommand implements Callable<Integer> {

    @ParentCommand
    OmstepsCommand root;

    @Mixin
    TargetOptions targetOptions;

    @Mixin
    ProjectFilters filters;

    @Option(names = {"-o", "--output"}, paramLabel = "FORMAT", defaultValue = "table",
            completionCandidates = OutputFormats.Projects.class, converter = OutputFormats.Projects.class,
            description = "table (default; the columns that fit, all of them when piped), wide (every column) or json (omsteps' own document, see the README).")
    OutputFormat output;

    @Mixin
    LagThreshold lagThreshold;

    @Override
    public Integer call() throws InterruptedException {
        OutputFormats.check("projects", output);
        ProjectQuery query = filters.query();
        CliContext ctx = root.context();
        ProjectLister.Listing listing;
        try (OmsClient client = ClientFactory.create(root, targetOptions);
             ProjectLister lister = new ProjectLister(client, filters.pageSize, ProjectLister.MAX_IN_FLIGHT)) {
            listing = lister.fetchAll(query);
        }
        if (output == OutputFormat.JSON) {
            new ProjectsJsonRenderer(lagThreshold.laggingFrom()).render(listing.projects(), listing.totalCount(),
                    new ProjectsJsonRenderer.Filters(query.statuses(), query.type(), query.searchKey()),
                    listing.fetchedAt() == null ? ctx.clock().instant() : listing.fetchedAt(), ctx.out());
        } else {
            // piped, every column whatever the width: scripts parse it
            boolean wide = output == OutputFormat.WIDE || !ctx.stdoutIsTerminal();
            new ProjectsTableRenderer().lines(listing.projects(), root.terminal().renderOptions(wide, ctx.clock().instant(), root.zone())
                    .withLaggingFrom(lagThreshold.laggingFrom()))
                    .forEach(ctx.out()::println);
            ctx.out().flush();
        }
        return ExitCodes.OK;
    }
}
