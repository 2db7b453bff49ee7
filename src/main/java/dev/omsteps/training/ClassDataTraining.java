package dev.omsteps.training;

import dev.omsteps.time.Sleeper;
import dev.omsteps.cli.CliContext;
import dev.omsteps.cli.Main;
import dev.omsteps.sim.LoopbackTls;
import dev.omsteps.sim.Simulator;
import dev.omsteps.sim.SimulatorCredentials;
import dev.omsteps.sim.SimulatorOptions;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The training run of a start-up cache, not a command: the build runs this class once under
 * {@code -XX:ArchiveClassesAtExit} (an AppCDS archive, Java 17+) or {@code -XX:AOTCacheOutput} (an AOT cache, Java 25),
 * so that the cache holds what the everyday commands load. It goes through the commands users run, as they run them
 * (piped and on a terminal, plain HTTP and HTTPS), against in-process simulators on 127.0.0.1, with an empty home.
 */
public final class ClassDataTraining {

    /** What users run, each once per endpoint and once piped, once on a terminal. */
    private static final List<List<String>> RUNS = List.of(
            List.of("--version"),
            List.of("steps", "np_sim_full_migration"),
            List.of("steps", "np_sim_precheck_failed", "--color", "always"),
            List.of("steps", "np_sim_sync_monitoring", "-o", "json"),
            List.of("steps", "np_sim_doc_example", "-o", "raw"),
            List.of("projects"),
            List.of("watch", "np_sim_full_migration", "--interval", "1ms", "--max-polls", "3"),
            List.of("watch", "np_sim_sync_monitoring", "-o", "ndjson", "--interval", "1ms", "--max-polls", "3"),
            List.of("steps", "np_not_there"),
            List.of("steps", "--help"));

    private ClassDataTraining() {
    }

    public static void main(String[] args) throws IOException {
        Path home = Files.createTempDirectory("omsteps-training");
        Path ca = home.resolve("ca.pem");
        LoopbackTls tls = new LoopbackTls();
        tls.writeAuthorityPem(ca);
        SimulatorOptions options = SimulatorOptions.defaults().withSpeed(5000);
        try (Simulator plain = new Simulator(options); Simulator https = new Simulator(options)) {
            String plainEndpoint = plain.start().toString();
            String httpsEndpoint = https.start(tls.serverContext()).toString();
            for (boolean terminal : new boolean[] {false, true}) {
                train(home, plainEndpoint, List.of(), terminal);
                train(home, httpsEndpoint, List.of("--ca-cert", ca.toString()), terminal);
            }
        } finally {
            Files.deleteIfExists(ca);
            Files.deleteIfExists(home);
        }
    }

    private static void train(Path home, String endpoint, List<String> extra, boolean terminal) {
        Map<String, String> env = new HashMap<>();
        env.put("ALIBABA_CLOUD_ACCESS_KEY_ID", SimulatorCredentials.DEMO_ACCESS_KEY_ID);
        env.put("ALIBABA_CLOUD_ACCESS_KEY_SECRET", SimulatorCredentials.DEMO_ACCESS_KEY_SECRET);
        env.put("OMSTEPS_ENDPOINT", endpoint);
        if (!terminal) {
            env.put("COLUMNS", "120");
        }
        for (List<String> run : RUNS) {
            List<String> args = new ArrayList<>(run);
            args.addAll(extra);
            PrintWriter nowhere = new PrintWriter(OutputStream.nullOutputStream());
            CliContext ctx = new CliContext(env, home, new ByteArrayInputStream(new byte[0]), OutputStream.nullOutputStream(),
                    nowhere, nowhere, Clock.systemUTC(), Sleeper.REAL, terminal);
            Main.run(args.toArray(String[]::new), ctx);
        }
    }
}
