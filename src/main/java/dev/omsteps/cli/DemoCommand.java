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
import dev.omsteps.sim.SteppedClock;
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
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code omsteps demo}: a simulated 2-billion-row migration, watched on this machine until it is ready for
 * switchover, where a real migration waits for its DBA. The simulator and the watch share one simulated clock.
 */
@Command(name = "demo", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Watch a simulated 2-billion-row migration run to ready for switchover in seconds.",
            "Starts the built-in simulator on 127.0.0.1; needs no cloud account. Every time it shows is simulated time.",
            "Ends, as a real migration does, with the forward switchover waiting for you (exit 0)."})
public class DemoCommand implements Callable<Integer> {

    static final String PROJECT = "np_sim_full_migration";

    @ParentCommand
    OmstepsCommand root;

    @Option(names = "--speed", paramLabel = "X", defaultValue = "2000",
            description = "Simulated time per real second (default 2000: about 10 s for the whole migration).")
    double speed;

    @Option(names = "--interval", paramLabel = "DURATION", defaultValue = "500ms", converter = DurationConverter.class,
            description = "Real time between polls (default 500ms: at --speed 2000, a poll every 1000 s of simulated time).")
    Duration interval;

    /** Far more simulated time than the migration needs to be ready for switchover (about 5 hours). */
    private static final Duration TIMEOUT = Duration.ofHours(24);

    @Override
    public Integer call() {
        if (!(speed >= 1 && speed <= 1_000_000)) {
            throw new UsageException("--speed must be between 1 and 1000000", "e.g. --speed 2000");
        }
        CliContext ctx = root.context();
        // one clock for everything the demo shows: it moves only while the watch waits between polls
        SteppedClock clock = new SteppedClock(ctx.clock().instant().truncatedTo(ChronoUnit.SECONDS), speed, ctx.sleeper());
        try (Simulator sim = new Simulator(SimulatorOptions.defaults().withClock(clock))) {
            URI endpoint = start(sim);
            // each line fits 80 columns: a banner that wraps is the first thing a newcomer sees
            ctx.out().printf("omsteps demo: a 2-billion-row migration at %.0f× speed,%nfrom the built-in simulator on %s%n%n",
                    speed, endpoint);
            ctx.out().flush();
            CloudSettings settings = new CloudSettings(endpoint, "cn-hangzhou", new StaticCredentials(new Credentials(
                    SimulatorCredentials.DEMO_ACCESS_KEY_ID, SimulatorCredentials.DEMO_ACCESS_KEY_SECRET, null, "demo")));
            ClientOptions options = ClientOptions.defaults().withRetry(new RetryPolicy(1, Duration.ZERO, Duration.ZERO));
            Duration simulatedInterval = Duration.ofNanos(Math.round(interval.toNanos() * speed));
            WatchSettings ws = new WatchSettings(simulatedInterval, TIMEOUT, 5, new StopRules(List.of()), TrendTracker.DEFAULT_WINDOW);
            WatchRunner runner = WatchRunner.forProjects(root, false, List.of(PROJECT), clock.instant(),
                    dev.omsteps.model.ProjectStage.DEFAULT_LAGGING_FROM);
            Outcome outcome = runner.run("demo", false, listener -> {
                OmsClient cloud = ApiClient.cloud(settings, options, "omsteps-demo/" + VersionProvider.version());
                try (OmsClient client = new SimulatedTime(cloud, clock)) {
                    return new Watcher(client, ws, clock, clock.sleeper(), new RealTimeTicks(listener, ctx.clock())).run(List.of(PROJECT));
                }
            });
            ctx.out().println();
            if (outcome == Outcome.READY_FOR_SWITCHOVER) {
                nextSteps(ctx.out());
            }
            ctx.out().println("Try the real thing: set ALIBABA_CLOUD_ACCESS_KEY_ID/_SECRET,");
            ctx.out().println("then: omsteps watch np_…");
            ctx.out().flush();
            return outcome.exitCode();
        }
    }

    /** What a DBA does when a real migration reaches this point: OMS will not cut over by itself. */
    static void nextSteps(java.io.PrintWriter out) {
        out.println("What a DBA does next:");
        out.println("  1. Check the lag stays a few seconds behind: omsteps steps np_…");
        out.println("  2. Check full verification found no differences: omsteps verify np_…");
        out.println("  3. Start the forward switchover in the OMS console when the application is");
        out.println("     ready to move.");
        out.println("  4. Or keep watching through it: omsteps watch np_… --through-switchover");
    }

    private static URI start(Simulator sim) {
        try {
            return sim.start();
        } catch (IOException e) {
            throw new UsageException("cannot start the simulator on 127.0.0.1: " + e.getMessage(), "check that loopback networking works");
        }
    }

    /**
     * Stamps each snapshot as fetched at simulated "now", the moment the simulator answered (the clock does not move
     * during a poll): elapsed times, ETAs and the lag are then measured on the simulation's own time. Signing still
     * uses real time, which the simulator's gateway checks.
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
