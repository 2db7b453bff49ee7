package dev.omsteps.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.omsteps.sim.LoopbackTls;
import dev.omsteps.sim.Simulator;
import dev.omsteps.sim.SimulatorCredentials;
import dev.omsteps.sim.SimulatorOptions;
import dev.omsteps.testing.CliRun;
import dev.omsteps.testing.FakeClock;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code steps ID [-o FMT]} without picocli's model: the same output, errors and exit codes as through picocli. */
class PlainStepsTest {

    @TempDir
    Path home;

    @Test
    void takesOnlyThePlainForms() {
        CliContext ctx = new CliRun(home).context();
        for (String[] args : List.of(new String[] {"steps", "np_1"}, new String[] {"steps", "np_1", "-o", "json"},
                new String[] {"steps", "-o", "RAW", "np_1"}, new String[] {"steps", "--output=wide", "np_1"},
                new String[] {"steps", "np_1", "--output", "Table", "--ca-cert", "ca.pem"},
                new String[] {"steps", "--ca-cert=ca.pem", "np_1"}, new String[] {"steps", "np_1", "-o", "ndjson"})) {
            assertNotNull(Main.plainSteps(args, ctx), String.join(" ", args));
        }
        for (String[] args : List.of(new String[] {}, new String[] {"steps"}, new String[] {"--debug", "steps", "np_1"},
                new String[] {"steps", "np_1", "--debug"}, new String[] {"steps", "np_1", "np_2"},
                new String[] {"steps", "np_1", "-o"}, new String[] {"steps", "np_1", "-o", "xml"},
                new String[] {"steps", "np_1", "-ojson"}, new String[] {"steps", "np_1", "-o=json"},
                new String[] {"steps", "np_1", "-o", "json", "-o", "raw"}, new String[] {"steps", "@args.txt"},
                new String[] {"steps", "--", "np_1"}, new String[] {"steps", "-h"}, new String[] {"steps", "watch"},
                new String[] {"steps", "np_1", "--ca-cert"}, new String[] {"steps", "np_1", "--ca-cert", "--debug"},
                new String[] {"steps", "np_1", "--exit-status"}, new String[] {"steps", "np_1", "--output="},
                new String[] {"watch", "np_1"})) {
            assertNull(Main.plainSteps(args, ctx), String.join(" ", args));
        }
    }

    @Test
    void sameAsPicocliOverHttpAndHttps() throws Exception {
        LoopbackTls tls = new LoopbackTls();
        Path ca = home.resolve("ca.pem");
        tls.writeAuthorityPem(ca);
        try (Simulator http = new Simulator(SimulatorOptions.defaults().withClock(new FakeClock(CliRun.DEFAULT_NOW)).withServerClock(Clock.fixed(CliRun.DEFAULT_NOW, ZoneOffset.UTC)));
             Simulator https = new Simulator(SimulatorOptions.defaults().withClock(new FakeClock(CliRun.DEFAULT_NOW)).withServerClock(Clock.fixed(CliRun.DEFAULT_NOW, ZoneOffset.UTC)))) {
            http.start();
            String tlsEndpoint = https.start(tls.serverContext()).toString();
            for (String[] args : List.of(new String[] {"steps", "np_sim_full_migration"},
                    new String[] {"steps", "np_sim_precheck_failed", "-o", "json"},
                    new String[] {"steps", "-o", "RAW", "np_sim_full_migration"},
                    new String[] {"steps", "np_sim_full_migration", "--output=wide"},
                    new String[] {"steps", "np_sim_full_migration", "-o", "ndjson"},
                    new String[] {"steps", "np_nothing_here"},
                    new String[] {"steps", "not an id!"})) {
                same(cli(http.endpoint().toString()), args);
                same(cli(tlsEndpoint), args);
            }
            // trusted through --ca-cert; refused without it; a missing CA file
            CliRun.Result trusted = same(cli(tlsEndpoint), "steps", "np_sim_full_migration", "--ca-cert", ca.toString());
            assertEquals(ExitCodes.OK, trusted.exitCode(), trusted.all());
            assertTrue(trusted.stdout().contains("Pre-check"), trusted.stdout());
            assertEquals(ExitCodes.API_ERROR, same(cli(tlsEndpoint), "steps", "np_sim_full_migration").exitCode());
            assertEquals(ExitCodes.USAGE, same(cli(http.endpoint().toString()), "steps", "np_1", "-o", "ndjson").exitCode());
            same(cli(tlsEndpoint), "steps", "--ca-cert=" + ca, "np_sim_full_migration", "-o", "json");
            same(cli(tlsEndpoint), "steps", "np_sim_full_migration", "--ca-cert", home.resolve("missing.pem").toString());
        }
        // no credentials; an endpoint nothing listens on
        assertEquals(ExitCodes.USAGE, same(new CliRun(home).env("OMSTEPS_ENDPOINT", "http://127.0.0.1:9"), "steps", "np_1").exitCode());
        same(cli("http://127.0.0.1:9").sleeper(d -> { }), "steps", "np_1", "-o", "json");
    }

    private CliRun cli(String endpoint) {
        return new CliRun(home).credentials(SimulatorCredentials.DEMO_ACCESS_KEY_ID, SimulatorCredentials.DEMO_ACCESS_KEY_SECRET)
                .env("OMSTEPS_ENDPOINT", endpoint);
    }

    private static CliRun.Result same(CliRun cli, String... args) {
        assertNotNull(Main.plainSteps(args, cli.context()), "not a plain form: " + String.join(" ", args));
        CliRun.Result plain = cli.run(Main::run, args);
        CliRun.Result picocli = cli.run(Main::runWithPicocli, args);
        String what = String.join(" ", args);
        assertEquals(picocli.exitCode(), plain.exitCode(), what);
        assertEquals(withoutRequestIds(picocli.stdout()), withoutRequestIds(plain.stdout()), what);
        assertEquals(withoutRequestIds(picocli.stderr()), withoutRequestIds(plain.stderr()), what);
        return plain;
    }

    /** The simulator gives every answer a new request ID and its own time taken ({@code Cost}). */
    private static String withoutRequestIds(String s) {
        return s.replaceAll("\"Cost\":\"\\d+\"", "\"Cost\":\"N\"").replaceAll("[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}", "REQUEST-ID");
    }
}
