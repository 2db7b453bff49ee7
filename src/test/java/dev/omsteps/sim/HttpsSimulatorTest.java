package dev.omsteps.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.omsteps.cli.ExitCodes;
import dev.omsteps.testing.CliRun;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The simulator over HTTPS with a throwaway loopback CA (what the start-up training and the benchmarks use). */
class HttpsSimulatorTest {

    @TempDir
    Path home;

    private CliRun cli() {
        return new CliRun(home).credentials(SimulatorCredentials.DEMO_ACCESS_KEY_ID, SimulatorCredentials.DEMO_ACCESS_KEY_SECRET);
    }

    @Test
    void stepsOverHttpsWhenTheCaIsTrustedAndATlsErrorWhenNot() throws Exception {
        LoopbackTls tls = new LoopbackTls();
        Path ca = home.resolve("ca.pem");
        tls.writeAuthorityPem(ca);
        try (Simulator sim = new Simulator(SimulatorOptions.defaults()
                .withServerClock(Clock.fixed(CliRun.DEFAULT_NOW, ZoneOffset.UTC)))) {
            String endpoint = sim.start(tls.serverContext()).toString();
            assertTrue(endpoint.startsWith("https://127.0.0.1:"), endpoint);

            CliRun.Result trusted = cli().run("steps", "--endpoint", endpoint, "--ca-cert", ca.toString(), "np_sim_full_migration", "-o", "json");
            assertEquals(ExitCodes.OK, trusted.exitCode(), trusted.all());
            assertTrue(trusted.stdout().contains("\"np_sim_full_migration\""), trusted.stdout());

            CliRun.Result untrusted = cli().run("steps", "--endpoint", endpoint, "np_sim_full_migration");
            assertEquals(ExitCodes.API_ERROR, untrusted.exitCode(), untrusted.all());
            assertTrue(untrusted.stderr().contains("--ca-cert"), untrusted.stderr());
        }
    }
}
