package dev.omsteps.cli;

import dev.omsteps.api.ClientOptions;
import dev.omsteps.api.OmsClient;
import dev.omsteps.api.ProjectLister;
import dev.omsteps.api.ProjectQuery;
import dev.omsteps.config.Endpoints;
import dev.omsteps.config.Target;
import dev.omsteps.config.TargetResolver;
import dev.omsteps.exporter.Exporter;
import dev.omsteps.exporter.FleetRefresher;
import dev.omsteps.exporter.VerificationDifferences;
import dev.omsteps.model.FleetReading;
import dev.omsteps.model.Printable;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code omsteps exporter}: the projects in scope as Prometheus metrics, served or written for node_exporter. */
@Command(name = "exporter", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Serve every project in scope as Prometheus/OpenMetrics metrics on /metrics.",
            "Refreshed in the background (one ListProjects page per 100 projects each --interval; scrapes never call",
            "the API). The filters are those of 'projects'. With --textfile, refresh once and write DIR/omsteps.prom",
            "for node_exporter's textfile collector.",
            "Metrics, example alert rules and a Grafana dashboard: docs/monitoring.md."},
        exitCodeListHeading = "%n" + HelpSections.EXIT_STATUS + ":%n",
        exitCodeList = {
            "0:stopped, or --textfile written with every context up",
            "2:bad usage, or the listen address cannot be had",
            "3:--textfile written, but a context's listing failed",
            "74:--textfile could not be written (a full disk); the file it replaces is left as it was",
            "130:stopped with Ctrl-C"})
public class ExporterCommand implements Callable<Integer> {

    /** Below this the cloud gateway throttles; only a loopback endpoint (the simulator) may go faster. */
    static final Duration MIN_CLOUD_INTERVAL = Duration.ofSeconds(10);

    @ParentCommand
    OmstepsCommand root;

    @Mixin
    TargetOptions targetOptions;

    @Mixin
    ProjectFilters filters;

    @Mixin
    LagThreshold lagThreshold;

    @Option(names = "--listen", paramLabel = "HOST:PORT", defaultValue = "127.0.0.1:9464",
            description = "Where to serve /metrics (default ${DEFAULT-VALUE}).")
    String listen;

    @Option(names = "--textfile", paramLabel = "DIR",
            description = "Refresh once, write DIR/omsteps.prom (atomically) and exit: for cron and node_exporter.")
    Path textfile;

    @Option(names = "--interval", paramLabel = "DURATION", defaultValue = "60s", converter = DurationConverter.class,
            description = "Time between refreshes (default 60s; at least 10s against the cloud). Failed ones back off up to 10m.")
    Duration interval;

    @Option(names = "--contexts", paramLabel = "NAME", split = ",",
            description = "Export these contexts of the config file side by side (regions, accounts, a self-hosted OMS),"
                    + " each series labelled context=NAME. Default: the one --context / current context.")
    List<String> contexts = new ArrayList<>();

    /** For tests and benchmarks: refresh this many times per context, then exit 0. */
    @Option(names = "--max-refreshes", hidden = true, paramLabel = "N", defaultValue = "0")
    long maxRefreshes;

    @Override
    public Integer call() throws InterruptedException {
        ProjectQuery query = filters.query();
        InetSocketAddress address = textfile == null ? address(listen) : null;
        if (textfile != null && !Files.isDirectory(textfile)) {
            throw new UsageException("--textfile " + textfile + " is not a directory", "give the textfile collector's directory");
        }
        CliContext ctx = root.context();
        List<String> names = new ArrayList<>(new LinkedHashSet<>(contexts));
        if (names.isEmpty()) {
            names.add(targetOptions.contextName);
        }
        List<OmsClient> clients = new ArrayList<>();
        List<ProjectLister> listers = new ArrayList<>();
        List<FleetRefresher> refreshers = new ArrayList<>();
        try {
            for (String name : names) {
                Target target = ClientFactory.target(root, targetOptions, name, null);
                if (interval.compareTo(MIN_CLOUD_INTERVAL) < 0 && !Endpoints.isLoopback(target.endpoint().getHost())) {
                    throw new UsageException("--interval " + interval.toMillis() + "ms is below 10s",
                            "the gateway throttles; refresh every 10s or more (less only against a local simulator)");
                }
                OmsClient client = ClientFactory.create(root, targetOptions, target, ClientOptions.defaults());
                clients.add(client);
                ProjectLister lister = new ProjectLister(client, filters.pageSize, ProjectLister.MAX_IN_FLIGHT);
                listers.add(lister);
                refreshers.add(new FleetRefresher(label(name, ctx), lister, query, interval, ctx.clock(),
                        new VerificationDifferences(client)));
            }
            try (Exporter exporter = new Exporter(refreshers, ctx.clock(), ctx.sleeper(), lagThreshold.laggingFrom())) {
                return textfile != null ? writeOnce(exporter) : serve(exporter, address);
            }
        } finally {
            listers.forEach(ProjectLister::close);
            clients.forEach(OmsClient::close);
        }
    }

    private int writeOnce(Exporter exporter) throws InterruptedException {
        exporter.startRefreshing(1, e -> { });
        exporter.awaitRefreshes();
        try {
            exporter.writeTextfile(textfile);
        } catch (IOException e) {
            throw FileWriteFailure.of(textfile.resolve("omsteps.prom"), e);
        }
        List<FleetReading> down = exporter.readings().stream().filter(r -> !r.up()).toList();
        down.forEach(r -> root.context().errors().print("context " + r.context() + ": listing the projects failed ("
                + String.join(", ", r.apiErrors().keySet()) + ")", "the file says omsteps_up 0 for it; see 'omsteps projects'"));
        return down.isEmpty() ? ExitCodes.OK : ExitCodes.API_ERROR;
    }

    private int serve(Exporter exporter, InetSocketAddress address) throws InterruptedException {
        CliContext ctx = root.context();
        InetSocketAddress bound;
        try {
            bound = exporter.listen(address);
        } catch (IOException e) {
            throw new UsageException("cannot listen on " + listen + ": " + e.getMessage(), "choose another --listen HOST:PORT");
        }
        ctx.err().println("omsteps: exporter serving http://" + bound.getHostString() + ":" + bound.getPort() + "/metrics");
        ctx.err().flush();
        exporter.startRefreshing(maxRefreshes, e -> ctx.err().println("omsteps: refresh stopped: " + Printable.line(String.valueOf(e.getMessage()), 1000)));
        if (maxRefreshes > 0) {
            exporter.awaitRefreshes();
            return ExitCodes.OK;
        }
        Thread.currentThread().join(); // until Ctrl-C ends the JVM
        return ExitCodes.OK;
    }

    private static String label(String name, CliContext ctx) {
        // a label value on every series: printable like all text from flags and the environment
        if (name != null) {
            return Printable.of(name);
        }
        String env = ctx.env().get(TargetResolver.ENV_CONTEXT);
        return env == null || env.isBlank() ? "default" : Printable.of(env.strip());
    }

    private static InetSocketAddress address(String text) {
        int colon = text.lastIndexOf(':');
        try {
            int port = Integer.parseInt(text.substring(colon + 1));
            String host = colon <= 0 ? "127.0.0.1" : text.substring(0, colon).replace("[", "").replace("]", "");
            if (port < 0 || port > 65_535) {
                throw new NumberFormatException();
            }
            return new InetSocketAddress(host, port);
        } catch (NumberFormatException | StringIndexOutOfBoundsException e) {
            throw new UsageException("--listen '" + text + "' is not HOST:PORT", "e.g. --listen 127.0.0.1:9464");
        }
    }
}
