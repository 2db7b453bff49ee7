package dev.omsteps.cli;

import dev.omsteps.api.ProjectLister;
import dev.omsteps.api.ProjectQuery;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Option;

/** The ListProjects filters {@code projects} and {@code watch --all} share. */
final class ProjectFilters {

    @Option(names = "--status", paramLabel = "STATUS", split = ",", completionCandidates = Statuses.class,
            description = "Only projects in this status (repeatable or comma-separated): INIT, RUNNING, SUSPEND, FAILED, FINISHED, RELEASED, ...; any other value is passed on as it is.")
    List<String> statuses = new ArrayList<>();

    @Option(names = "--type", paramLabel = "TYPE", completionCandidates = Types.class,
            description = "Only MIGRATION or SYNC projects.")
    String type;

    @Option(names = "--search", paramLabel = "TEXT",
            description = "Only projects whose name or ID contains TEXT (matched by the server).")
    String search;

    @Option(names = "--page-size", paramLabel = "N", defaultValue = "" + ProjectLister.DEFAULT_PAGE_SIZE,
            description = "Projects per ListProjects page, 1..150 (default ${DEFAULT-VALUE}); every page is fetched, at most "
                    + ProjectLister.MAX_IN_FLIGHT + " at once.")
    int pageSize;

    static final class Statuses extends ArrayList<String> {
        Statuses() {
            super(List.of("INIT", "RUNNING", "SUSPEND", "FAILED", "FINISHED", "RELEASING", "RELEASED", "DELETED",
                    "RUNNING_MODIFYING", "RUNNING_MERGING", "RUNNING_ALARMING"));
        }
    }

    static final class Types extends ArrayList<String> {
        Types() {
            super(List.of("MIGRATION", "SYNC"));
        }
    }

    boolean any() {
        return !statuses.isEmpty() || type != null || search != null;
    }

    /** The query, checked: bad values are a usage error (exit 2). */
    ProjectQuery query() {
        LinkedHashSet<String> st = new LinkedHashSet<>();
        for (String s : statuses) {
            String v = s.strip().toUpperCase(Locale.ROOT);
            if (!v.matches("[A-Z][A-Z_]{0,39}")) {
                throw new UsageException("--status '" + s + "' is not a project status", "use e.g. --status RUNNING,FAILED");
            }
            st.add(v);
        }
        String t = null;
        if (type != null) {
            t = type.strip().toUpperCase(Locale.ROOT);
            if (!t.equals("MIGRATION") && !t.equals("SYNC")) {
                throw new UsageException("--type '" + type + "' is not a project type", "use --type MIGRATION or --type SYNC");
            }
        }
        String q = search == null || search.isBlank() ? null : search.strip();
        if (q != null && q.length() > 128) {
            throw new UsageException("--search is longer than 128 characters", "search for part of a name or ID");
        }
        if (pageSize < 1 || pageSize > ProjectLister.MAX_PAGE_SIZE) {
            throw new UsageException("--page-size " + pageSize + " is out of range", "use 1.." + ProjectLister.MAX_PAGE_SIZE);
        }
        return new ProjectQuery(List.copyOf(st), t, q);
    }
}
