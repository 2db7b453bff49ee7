package dev.omsteps.cli;

import dev.omsteps.api.ClientOptions;
import dev.omsteps.api.OmsClient;
import dev.omsteps.api.ApiClient;
import dev.omsteps.api.RetryPolicy;
import dev.omsteps.api.StepsResult;
import dev.omsteps.config.CloudSettings;
import dev.omsteps.credentials.Credentials;
import dev.omsteps.credentials.StaticCredentials;
import dev.omsteps.model.StepsSnapshot;
import dev.omsteps.sim.Simulator;
import dev.omsteps.sim.SimulatorCredentials;
import dev.omsteps.sim.SimulatorOptions;
import dev.omsteps.watch.Outcome;
import dev.omsteps.watch.StopRules;
import dev.omsteps.watch.TrendTracker;
import dev.omsteps.watch.WatchSettings;
import dev.omsteps.watch.Watcher;
import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code omsteps demo}: a simulated 2-billion-row migration, watched to its end on this machine. */
@Command(name = "demo", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Watch a simulated 2-billion-row migration run to its end in seconds.",
            "Starts the built-in simulator on 127.0.0.1; needs no cloud account."})
public class DemoCommand implements Callable<Integer> {

    static final String PROJECT = "np_sim_full_migration";

    @ParentCommand
    OmstepsCommand root;

    @Option(names = "--speed", paramLabel = "X", defaultValue = "2000",
            description = "Simulated time per real second (default 2000: about 10 s for the whole migration).")
    double speed;

    @Option(names = "--interval", paramLabel = "DURATION", defaultValue = "500ms", converter = DurationConverter.class,
            description = "Time between polls (default 500ms).")
    Duration interval;

    @Override
    public Integer call() {
        if (!(speed >= 1 && speed <= 1_000_000)) {
            throw new UsageException("--speed must be between 1 and 1000000", "e.g. --speed 2000");
        }
        CliContext ctx = root.context();
        try (Simulator sim = new Simulator(SimulatorOptions.defaults().withSpeed(speed))) {
            URI endpoint = start(sim);
            ctx.out().printf("omsteps demo: a 2-billion-row migration at %.0f× speed, from the built-in simulator on %s%n%n",
                    speed, endpoint);
            ctx.out().flush();
            CloudSettings settings = new CloudSettings(endpoint, "cn-hangzhou", new StaticCredentials(new Credentials(
                    SimulatorCredentials.DEMO_ACCESS_KEY_ID, SimulatorCredentials.DEMO_ACCESS_KEY_SECRET, null, "demo")));
            ClientOptions options = ClientOptions.defaults().withRetry(new RetryPolicy(1, Duration.ZERO, Duration.ZERO));
            WatchSettings ws = new WatchSettings(interval, Duration.ofMinutes(5), 5, new StopRules(List.of()), TrendTracker.DEFAULT_WINDOW);
            WatchRunner runner = WatchRunner.forProjects(root, false, List.of(PROJECT), sim.clock().instant(),
                    dev.omsteps.model.ProjectStage.DEFAULT_LAGGING_FROM);
            Outcome outcome = runner.run("demo", false, listener -> {
                OmsClient cloud = ApiClient.cloud(settings, options, "omsteps-demo/" + VersionProvider.version());
                try (OmsClient client = new SimulatedTime(cloud, sim.clock())) {
                    return new Watcher(client, ws, ctx.clock(), ctx.sleeper(), listener).run(List.of(PROJECT));
                }
            });
            ctx.out().println();
            ctx.out().println("Try the real thing: set ALIBABA_CLOUD_ACCESS_KEY_ID/_SECRET, then: omsteps watch np_…");
            ctx.out().flush();
            return outcome.exitCode();
        }
    }

    private static URI start(Simulator sim) {
        try {
            return sim.start();
        } catch (IOException e) {
            throw new UsageException("cannot start the simulator on 127.0.0.1: " + e.getMessage(), "check that loopback networking works");
        }
    }

    /**
     * The simulator's steps carry simulated times, which run ahead of the wall clock; stamping each
     * snapshot with simulated "now" keeps elapsed times and ETAs consistent. Signing still uses real time.
     */
    private record SimulatedTime(OmsClient delegate, Clock simulated) implements OmsClient {
        @Override
        public StepsResult describeProjectSteps(String projectId) {
            StepsResult r = delegate.describeProjectSteps(projectId);
            StepsSnapshot s = r.snapshot();
            return new StepsResult(new StepsSnapshot(s.projectId(), simulated.instant(), s.requestId(), s.success(),
                    s.errorDetail(), s.steps()), r.rawBody());
        }

        @Override
        public void close() {
            delegate.close();
        }
    }
}
