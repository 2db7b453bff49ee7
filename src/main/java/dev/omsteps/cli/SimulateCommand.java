package dev.omsteps.cli;

import dev.omsteps.sim.Flavour;
import dev.omsteps.sim.Simulator;
import dev.omsteps.sim.SimulatorCredentials;
import dev.omsteps.sim.SimulatorOptions;
import dev.omsteps.sim.SimulatorStats;
import dev.omsteps.sim.scenario.Scenario;
import dev.omsteps.sim.scenario.ScenarioCatalog;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code omsteps simulate}: a local OMS endpoint with demo projects, until Ctrl-C. */
@Command(name = "simulate", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Serve simulated OMS projects on a local endpoint, for trying omsteps without an account.",
            "The endpoint listens on 127.0.0.1, checks signatures like Alibaba Cloud's gateway and can inject faults.",
            "It prints the export lines that point omsteps at it. Stop it with Ctrl-C.",
            "As in real OMS, a migration's forward switchover waits for a person once it is ready for switchover.",
            "Start it as the console's button would (or let it start by itself with --auto-switchover):",
            "",
            "  curl -X POST '<endpoint>/simulator/switchover?project=np_sim_full_migration'"})
public class SimulateCommand implements Callable<Integer> {

    private static final double MAX_SPEED = 1_000_000;

    @ParentCommand
    OmstepsCommand root;

    @Option(names = "--port", paramLabel = "N", defaultValue = "0",
            description = "Port to listen on (default: a free one).")
    int port;

    @Option(names = "--speed", paramLabel = "X", defaultValue = "1",
            description = "How much faster than real time the projects move (default 1; e.g. 2000 runs the full migration in under 10 s).")
    double speed;

    @Option(names = "--faults", paramLabel = "RATE", defaultValue = "0",
            description = "Share of answers that are faults, 0..1 (throttling, 503, 500, slow, reset, truncated, proxy HTML,"
                    + " transient application errors sent as HTTP 200 with Success false, stale checkpoint samples).")
    double faults;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "1",
            description = "Seed for faults and jitter; the same seed replays the same faults (default 1).")
    long seed;

    @Option(names = "--flavour", paramLabel = "FLAVOUR", defaultValue = "cloud",
            description = "cloud (OceanBase Cloud's signed OpenAPI, default) or selfhosted (a self-hosted OMS console's /api/v2 with Basic auth).")
    Flavour flavour;

    @Option(names = "--envelope", paramLabel = "STYLE", defaultValue = "oms",
            description = "With --flavour selfhosted: oms (default) or ocp (the OCP-style envelope: Code 200, Message successful, a numeric Cost).")
    String envelope;

    @Option(names = "--auto-switchover", paramLabel = "DURATION", converter = DurationConverter.class,
            description = "Start a waiting forward switchover by itself after this much simulated time (e.g. 20m), for unattended runs;"
                    + " without it the switchover waits until started through the simulator's control.")
    Duration autoSwitchover;

    @Option(names = "--sts-lifetime", paramLabel = "DURATION", defaultValue = "1h", converter = DurationConverter.class,
            description = "Longest life of the temporary credentials its STS, ECS metadata service and credentials URI hand out"
                    + " (default 1h; e.g. 2m to watch omsteps refresh them).")
    Duration stsLifetime;

    @Override
    public Integer call() {
        if (port < 0 || port > 65_535) {
            throw new UsageException("--port must be 0..65535, not " + port, "omit --port for a free one");
        }
        if (!(speed > 0) || speed > MAX_SPEED) {
            throw new UsageException("--speed must be more than 0 and at most " + (long) MAX_SPEED, "e.g. --speed 2000");
        }
        if (!(faults >= 0 && faults <= 1)) {
            throw new UsageException("--faults must be between 0 and 1", "e.g. --faults 0.3 for 30% of answers");
        }
        if (stsLifetime.compareTo(Duration.ofSeconds(30)) < 0) {
            throw new UsageException("--sts-lifetime must be at least 30s", "e.g. --sts-lifetime 2m");
        }
        boolean ocp = switch (envelope.toLowerCase(Locale.ROOT)) {
            case "oms" -> false;
            case "ocp" -> true;
            default -> throw new UsageException("--envelope must be oms or ocp, not " + envelope, "e.g. --envelope ocp");
        };
        if (ocp && flavour != Flavour.SELFHOSTED) {
            throw new UsageException("--envelope ocp needs --flavour selfhosted", "add --flavour selfhosted");
        }
        SimulatorOptions options = SimulatorOptions.defaults().withPort(port).withSpeed(speed).withFaults(faults, seed)
                .withStsLifetime(stsLifetime).withScenarios(ScenarioCatalog.withFleet(seed))
                .withAutoSwitchover(autoSwitchover).withOcpEnvelope(ocp);
        PrintWriter out = root.context().out();
        try (Simulator sim = new Simulator(options, flavour)) {
            URI endpoint;
            try {
                endpoint = sim.start();
            } catch (IOException e) {
                throw new UsageException("cannot listen on 127.0.0.1:" + port + " (" + e.getMessage() + ")",
                        "choose another --port, or omit it for a free one");
            }
            printBanner(out, sim, endpoint);
            awaitInterrupt();
            printStats(out, sim.stats());
        }
        return ExitCodes.OK;
    }

    private void printBanner(PrintWriter out, Simulator sim, URI endpoint) {
        out.printf(Locale.ROOT, "omsteps simulator on %s (speed %sx, faults %s%%, seed %d)%n", endpoint,
                plain(speed), plain(Math.round(faults * 1000) / 10.0), seed);
        out.println("Paste into another shell:");
        if (flavour == Flavour.SELFHOSTED) {
            String[] user = Simulator.selfHostedDemoUser();
            out.println("export OMSTEPS_OMS_URL=" + endpoint);
            out.println("export OMSTEPS_OMS_USER=" + user[0]);
            out.println("export OMSTEPS_OMS_PASSWORD=" + user[1]);
        } else {
            out.println("export ALIBABA_CLOUD_ACCESS_KEY_ID=" + SimulatorCredentials.DEMO_ACCESS_KEY_ID);
            out.println("export ALIBABA_CLOUD_ACCESS_KEY_SECRET=" + SimulatorCredentials.DEMO_ACCESS_KEY_SECRET);
            out.println("export OMSTEPS_ENDPOINT=" + endpoint);
            out.println("It also serves STS, an ECS metadata service and a credentials URI (README: Credentials):");
            out.println("  export OMSTEPS_STS_ENDPOINT=" + endpoint + "  OMSTEPS_ECS_METADATA_ENDPOINT=" + endpoint);
            out.println("  export ALIBABA_CLOUD_CREDENTIALS_URI=" + endpoint + "/credentials-uri");
        }
        out.println("Projects:");
        // the standard scenarios one by one; the generated fleet only counted, it is for 'projects' and 'watch --all'
        java.util.Set<String> standard = new java.util.HashSet<>(ScenarioCatalog.standard().ids());
        int width = standard.stream().mapToInt(String::length).max().orElse(0);
        for (Scenario s : sim.scenarios()) {
            if (!standard.contains(s.projectId())) {
                continue;
            }
            String ends = s.switchoverWaitsFrom().map(d -> " — ready for switchover " + realTime(sim.clock().realTimeFor(d)) + " from now")
                    .or(() -> s.endsAfter().map(d -> " — settles " + realTime(sim.clock().realTimeFor(d)) + " from now")).orElse("");
            out.printf(Locale.ROOT, "  %-" + width + "s  %s%s%n", s.projectId(), s.summary(), ends);
        }
        if (flavour == Flavour.SELFHOSTED) {
            out.printf(Locale.ROOT, "  %-" + width + "s  %s%n", Simulator.selfHostedCreatingProject(),
                    "still being created: OMS answers in Chinese to retry later");
        }
        long fleet = sim.projectIds().size() - standard.size();
        if (fleet > 0) {
            out.printf(Locale.ROOT, "  and %d more in mixed states (np_fleet_001 …): omsteps projects, omsteps watch --all%n", fleet);
        }
        out.println("Try: omsteps steps " + sim.projectIds().get(0));
        if (autoSwitchover == null) {
            out.println("A switchover waits for you, as in OMS; start it (the console's button) with:");
            out.println("  curl -X POST '" + endpoint + Simulator.SWITCHOVER_PATH + "?project=" + sim.projectIds().get(0) + "'");
        } else {
            out.println("A waiting switchover starts by itself after " + dev.omsteps.time.HumanDuration.of(autoSwitchover)
                    + " of simulated time (--auto-switchover).");
        }
        out.println("Stop with Ctrl-C.");
        out.flush();
    }

    private static void printStats(PrintWriter out, SimulatorStats stats) {
        String faultList = stats.faults().entrySet().stream().filter(e -> e.getValue() > 0)
                .map(e -> e.getKey().name().toLowerCase(Locale.ROOT) + " " + e.getValue()).collect(Collectors.joining(", "));
        out.printf(Locale.ROOT, "omsteps simulator stopped: %d requests on %d connections, %d refused by the gateway, %d faults%s%n",
                stats.requests(), stats.connections(), stats.gatewayRefusals(), stats.faultsTotal(),
                faultList.isEmpty() ? "" : " (" + faultList + ")");
        out.flush();
    }

    /**
     * Waits for Ctrl-C (SIGINT) or SIGTERM. Both are taken over (rather than left to a shutdown hook) so that
     * stopping the simulator is a normal end with exit status 0 and its statistics, not a killed JVM. SIGTERM
     * matters for scripts: a background job started by a non-interactive shell ignores SIGINT. The previous
     * handlers come back afterwards.
     */
    @SuppressWarnings("removal")
    private static void awaitInterrupt() {
        CountDownLatch stop = new CountDownLatch(1);
        java.util.Map<sun.misc.Signal, sun.misc.SignalHandler> previous = new java.util.HashMap<>();
        for (String name : new String[] {"INT", "TERM"}) {
            sun.misc.Signal signal = new sun.misc.Signal(name);
            try {
                previous.put(signal, sun.misc.Signal.handle(signal, s -> stop.countDown()));
            } catch (IllegalArgumentException unsupported) {
                // not available here (e.g. -Xrs): that signal then ends the JVM as usual
            }
        }
        try {
            stop.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            previous.forEach(sun.misc.Signal::handle);
        }
    }

    static String realTime(Duration d) {
        if (d.toSeconds() < 60) {
            return String.format(Locale.ROOT, "%.1f s", d.toMillis() / 1000.0);
        }
        if (d.toHours() < 1) {
            return d.toMinutes() + "m" + String.format(Locale.ROOT, "%02ds", d.toSecondsPart());
        }
        return d.toHours() + "h" + String.format(Locale.ROOT, "%02dm", d.toMinutesPart());
    }

    private static String plain(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }
}
