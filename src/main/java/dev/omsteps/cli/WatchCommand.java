package dev.omsteps.cli;

import dev.omsteps.api.ClientOptions;
import dev.omsteps.api.OmsClient;
import dev.omsteps.api.ProjectLister;
import dev.omsteps.api.ProjectQuery;
import dev.omsteps.api.RetryPolicy;
import dev.omsteps.config.Endpoints;
import dev.omsteps.config.Target;
import dev.omsteps.notify.NotifyTarget;
import dev.omsteps.watch.AlertRule;
import dev.omsteps.watch.DashboardWatcher;
import dev.omsteps.watch.ImportanceLookup;
import dev.omsteps.watch.Outcome;
import dev.omsteps.watch.StepInspector;
import dev.omsteps.watch.StopRules;
import dev.omsteps.watch.TrendTracker;
import dev.omsteps.watch.UntilCondition;
import dev.omsteps.watch.WatchSettings;
import dev.omsteps.watch.Watcher;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code omsteps watch ID…} or {@code watch --all}: poll until the steps finish or fail. */
@Command(name = "watch", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Poll one or more projects until their steps finish, fail or are suspended.",
            "On a terminal the table is redrawn in place; piped, one line is printed per change.",
            "With --all: a dashboard of every project ListProjects lists, one line per project, failed, suspended",
            "and lagging ones first; --status, --type and --search filter it (they need --all)."},
        footerHeading = "%n" + HelpSections.EXIT_STATUS + ":%n",
        footer = {"  0 all steps finished (or steady sync that keeps up), an --until condition met, or ready for",
            "    switchover: the migration has done all it can alone and its forward switchover waits for you",
            "  1 a step FAILED   3 API error (auth at once; transient after --max-errors in a row)",
            "  4 --timeout reached   5 project suspended   130 interrupted",
            "  With several IDs, or --all, the worst outcome decides."})
public class WatchCommand implements Callable<Integer> {

    /** Below this the cloud gateway throttles; only a loopback endpoint (the simulator) may go faster. */
    static final Duration MIN_CLOUD_INTERVAL = Duration.ofSeconds(1);

    /** What the final poll at --timeout may take: the watch ends at most this late. */
    static final Duration LAST_POLL_GRACE = Duration.ofSeconds(1);

    @ParentCommand
    OmstepsCommand root;

    @Mixin
    TargetOptions targetOptions;

    @Parameters(arity = "0..*", paramLabel = "ID", description = "Project IDs, e.g. np_4w3a5b6c (or --all).")
    List<String> projectIds = new ArrayList<>();

    @Option(names = "--all", description = "Watch every project ListProjects lists, as a dashboard (no IDs then).")
    boolean all;

    @Mixin
    ProjectFilters filters;

    @Option(names = "--contexts", paramLabel = "NAME", split = ",",
            description = "With --all: watch these contexts of the config file in one dashboard (regions, accounts, a"
                    + " self-hosted OMS), each project shown as NAME/… and its events carrying \"context\": NAME.")
    List<String> contexts = new ArrayList<>();

    @Option(names = "--interval", paramLabel = "DURATION", defaultValue = "5s", converter = DurationConverter.class,
            description = "Time between polls (default 5s; at least 1s against the cloud).")
    Duration interval;

    @Option(names = "--timeout", paramLabel = "DURATION", converter = DurationConverter.class,
            description = "Give up after this long (exit 4), e.g. 30m, 1h30m.")
    Duration timeout;

    @Option(names = "--until", paramLabel = "CONDITION",
            description = "Also stop (exit 0) when met: STEP=STATUS (FULL_TRANSFER=FINISHED), STEP>=PERCENT (FULL_TRANSFER>=50), lag<DURATION (lag<10s). Repeatable.")
    List<String> until = new ArrayList<>();

    @Option(names = "--alert", paramLabel = "RULE",
            description = "Alert (an event, and a notification with --notify) when: lag>DURATION [for DURATION] (lag>30s for 5m),"
                    + " stalled DURATION (no progress and no checkpoint advance, e.g. stalled 10m). Fires once, clears once. Repeatable.")
    List<String> alerts = new ArrayList<>();

    @Option(names = "--notify", paramLabel = "TARGET",
            description = "Send failed, suspended, ready for switchover, done, lag alert and recovered events to: exec:CMD (event JSON on stdin), an https:// webhook"
                    + " (the ndjson event), slack:URL, dingtalk:URL (secret in env OMSTEPS_DINGTALK_SECRET), feishu:URL or lark:URL"
                    + " (secret in env OMSTEPS_FEISHU_SECRET). Retried, never delaying a poll. Repeatable.")
    List<String> notify = new ArrayList<>();

    @Option(names = "--fail-grace", paramLabel = "DURATION", converter = DurationConverter.class,
            description = "A FAILED step is shown at once but ends the watch (exit 1) only if still FAILED after this "
                    + "long: OMS retries some failures itself (default: at once).")
    Duration failGrace;

    @Mixin
    LagThreshold lagThreshold;

    @Option(names = "--through-switchover",
            description = "Keep watching when a migration is ready for switchover, until the switchover has run.")
    boolean throughSwitchover;

    @Option(names = "--max-errors", paramLabel = "N", defaultValue = "5",
            description = "Give up (exit 3) after this many failed polls in a row (default 5).")
    int maxErrors;

    /** For benchmarks and soak tests: a fixed number of polls, then exit 4 as for a timeout. */
    @Option(names = "--components", negatable = true,
            description = "When a step fails or stalls, show the components doing its work (DescribeProjectComponents), "
                    + "and open the trend with the server's last hour (DescribeProjectStepMetric). "
                    + "On by default on a terminal; --no-components for one call per poll only.")
    Boolean components;

    @Option(names = "--stall-after", paramLabel = "DURATION", defaultValue = "10m", converter = DurationConverter.class,
            description = "A running step that has not moved for this long counts as stalled (default ${DEFAULT-VALUE}).")
    Duration stallAfter;

    @Option(names = "--max-polls", hidden = true, paramLabel = "N", defaultValue = "0")
    long maxPolls;

    @Option(names = {"-o", "--output"}, paramLabel = "FORMAT", defaultValue = "table",
            completionCandidates = OutputFormats.Watch.class, converter = OutputFormats.Watch.class,
            description = "table (default; the dashboard with --all) or ndjson (one JSON event per line).")
    OutputFormat output;

    @Override
    public Integer call() {
        OutputFormats.check("watch", output);
        if (maxErrors < 1) {
            throw new UsageException("--max-errors must be at least 1", "e.g. --max-errors 5");
        }
        if (all && !projectIds.isEmpty()) {
            throw new UsageException("give project IDs or --all, not both", "omsteps watch ID… or omsteps watch --all");
        }
        if (!all && projectIds.isEmpty()) {
            throw new UsageException("watch needs project IDs or --all", "e.g. omsteps watch np_4w3a5b6c, or omsteps watch --all");
        }
        if (!all && !contexts.isEmpty()) {
            throw new UsageException("--contexts spans --all", "add --all, or use --context NAME for one context");
        }
        if (!all && filters.any()) {
            throw new UsageException("--status, --type and --search filter --all", "add --all, or drop the filters");
        }
        ProjectQuery query = all ? filters.query() : null;
        List<String> ids = new ArrayList<>(new LinkedHashSet<>(projectIds));
        ids.forEach(ProjectIds::check);
        List<UntilCondition> conditions = new ArrayList<>();
        for (String u : until) {
            try {
                conditions.add(UntilCondition.parse(u));
            } catch (IllegalArgumentException e) {
                throw new UsageException("--until " + e.getMessage(), "use STEP=STATUS, STEP>=PERCENT or lag<DURATION");
            }
        }
        List<AlertRule> alertRules = new ArrayList<>();
        for (String a : alerts) {
            try {
                alertRules.add(AlertRule.parse(a));
            } catch (IllegalArgumentException e) {
                throw new UsageException("--alert " + e.getMessage(), "use e.g. --alert 'lag>30s for 5m' or --alert 'stalled 10m'");
            }
        }
        CliContext ctx = root.context();
        List<NotifyTarget> targets = new ArrayList<>();
        for (String n : notify) {
            try {
                targets.add(NotifyTarget.parse(n, ctx.env()));
            } catch (IllegalArgumentException e) {
                throw new UsageException("--notify " + e.getMessage(),
                        "use exec:CMD, an https:// URL, slack:URL, dingtalk:URL or feishu:URL");
            }
        }
        List<String> contextNames = new ArrayList<>(new LinkedHashSet<>(contexts));
        List<Target> endpoints = new ArrayList<>();
        if (contextNames.isEmpty()) {
            endpoints.add(ClientFactory.target(root, targetOptions));
        } else {
            contextNames.forEach(name -> endpoints.add(ClientFactory.target(root, targetOptions, name, null)));
        }
        for (Target t : endpoints) {
            if (interval.compareTo(MIN_CLOUD_INTERVAL) < 0 && !Endpoints.isLoopback(t.endpoint().getHost())) {
                throw new UsageException("--interval " + interval.toMillis() + "ms is below 1s",
                        "the gateway throttles fast polling; use 1s or more (less only against a local simulator)");
            }
        }
        Target target = endpoints.get(0);
        // One try per poll: the watch itself backs off between polls and counts errors in a row. A poll still
        // in flight at --timeout (and its grace for a last poll) is cancelled, so the watch ends on time.
        ClientOptions options = ClientOptions.defaults().withRetry(new RetryPolicy(1, Duration.ZERO, Duration.ZERO))
                .withDeadline(timeout == null ? null : ctx.clock().instant().plus(timeout).plus(LAST_POLL_GRACE));
        WatchSettings ws = new WatchSettings(interval, timeout, maxErrors, 
                new StopRules(conditions, lagThreshold.laggingFrom(), failGrace, throughSwitchover), TrendTracker.DEFAULT_WINDOW, maxPolls);
        boolean ndjson = output == OutputFormat.NDJSON;
        WatchRunner runner = all ? WatchRunner.dashboard(root, ndjson, ctx.clock(), lagThreshold.laggingFrom())
                : WatchRunner.forProjects(root, ndjson, ids, ctx.clock().instant(), lagThreshold.laggingFrom());
        // a single watch that notifies, without --alert, asks each running project's importance once (DescribeProject)
        // on the watch's client; otherwise a poll stays one call, as scripts and request budgets count on
        AtomicReference<OmsClient> described = new AtomicReference<>();
        ImportanceLookup importance = all || !alertRules.isEmpty() || targets.isEmpty() ? ImportanceLookup.NONE
                : id -> importanceOf(described.get(), id);
        runner = runner.following(new WatchRunner.Followers(alertRules, all, targets,
                targets.isEmpty() ? dev.omsteps.http.Network.DIRECT : ClientFactory.network(root, targetOptions), importance));
        Outcome outcome = runner.run("watch", all ? !contextNames.isEmpty() : ids.size() > 1, listener -> {
            if (all && !contextNames.isEmpty()) {
                return watchContexts(contextNames, endpoints, options, query, ws, listener);
            }
            try (OmsClient client = ClientFactory.create(root, targetOptions, target, options)) {
                described.set(client);
                if (!all) {
                    // deeper looks cost calls: taken where someone looks at a screen, or when asked for
                    boolean inspect = components != null ? components : ctx.stdoutIsTerminal() && !ndjson;
                    StepInspector inspector = inspect ? new StepInspector(client, ctx.clock(), TrendTracker.DEFAULT_WINDOW) : null;
                    return new Watcher(client, ws, ctx.clock(), ctx.sleeper(), listener, inspector, stallAfter).run(ids);
                }
                try (ProjectLister lister = new ProjectLister(client, filters.pageSize, ProjectLister.MAX_IN_FLIGHT)) {
                    return new DashboardWatcher(lister, query, ws, ctx.clock(), ctx.sleeper(), listener).run();
                }
            }
        });
        return outcome.exitCode();
    }

    /**
     * The project's importance as DescribeProject says it; null when it cannot be told (refused, throttled, a deployment
     * without the action): the watch then goes on without default alerts, as for a project of unknown importance.
     */
    private static String importanceOf(OmsClient client, String projectId) {
        if (client == null) {
            return null;
        }
        try {
            return client.describeProject(projectId).importance();
        } catch (dev.omsteps.api.ApiException | UnsupportedOperationException e) {
            return null;
        }
    }

    /** {@code watch --all --contexts}: one dashboard over each context's listing, projects keyed {@code context/id}. */
    private Outcome watchContexts(List<String> names, List<Target> targets, ClientOptions options, ProjectQuery query,
                                  WatchSettings ws, dev.omsteps.watch.WatchListener listener) {
        CliContext ctx = root.context();
        List<OmsClient> clients = new ArrayList<>();
        List<ProjectLister> listers = new ArrayList<>();
        try {
            List<DashboardWatcher.Source> sources = new ArrayList<>();
            for (int i = 0; i < names.size(); i++) {
                OmsClient client = ClientFactory.create(root, targetOptions, targets.get(i), options);
                clients.add(client);
                ProjectLister lister = new ProjectLister(client, filters.pageSize, ProjectLister.MAX_IN_FLIGHT);
                listers.add(lister);
                sources.add(new DashboardWatcher.Source(names.get(i), lister));
            }
            return new DashboardWatcher(sources, query, ws, ctx.clock(), ctx.sleeper(), listener).run();
        } finally {
            listers.forEach(ProjectLister::close);
            clients.forEach(OmsClient::close);
        }
    }
}
