package dev.omsteps.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.omsteps.sim.Fault;
import dev.omsteps.sim.Simulator;
import dev.omsteps.sim.SimulatorCredentials;
import dev.omsteps.sim.SimulatorOptions;
import dev.omsteps.sim.SimulatorStats;
import dev.omsteps.sim.scenario.FullMigrationScenario;
import dev.omsteps.testing.CliRun;
import dev.omsteps.testing.FakeClock;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Soak: the real CLI watches the simulator's full migration to its end through about 2,000 real HTTP polls over
 * loopback while 30% of the answers are faults of every kind. Time is a fake clock shared by both sides (the CLI
 * signs with it, the gateway checks against it, the scenario runs on it), so the 5h13m migration takes seconds.
 */
class SoakIT {

    /** 5h13m of simulated migration polled every 8 s, with error backoff in between: about 2,000 polls. */
    private static final String INTERVAL = "8s";
    /** 30% faults, of which 7 kinds in 9 fail the poll: ~23% failed polls. Five in a row (the default limit) happen
     *  about twice in 2,000 polls, so a user on a flaky network raises the limit; ten in a row is ~1 in 400 soaks. */
    private static final String MAX_ERRORS = "10";

    @TempDir
    Path home;

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void watchRidesOut2000PollsWith30PercentFaults() throws Exception {
        FakeClock clock = new FakeClock(CliRun.DEFAULT_NOW);
        // A slow answer really is late on the wire (a hundredth of its delay, 1-4 ms, so 2,000 polls stay quick)
        // and costs its full 100-400 ms on the shared clock, as the client would see it.
        SimulatorOptions options = SimulatorOptions.defaults().withClock(clock).withServerClock(clock)
                .withFaults(0.3, 20261125L)
                // nobody at the console: the waiting switchover starts by itself 20 simulated minutes after it is ready
                .withAutoSwitchover(Duration.ofMinutes(20))
                .withSleeper(d -> {
                    Thread.sleep(Math.max(1, d.toMillis() / 100));
                    clock.advance(d);
                });
        CliRun.Result r;
        SimulatorStats stats;
        long started = System.nanoTime();
        try (Simulator sim = new Simulator(options)) {
            sim.start();
            r = new CliRun(home).credentials(SimulatorCredentials.DEMO_ACCESS_KEY_ID, SimulatorCredentials.DEMO_ACCESS_KEY_SECRET)
                    .clock(clock).sleeper(clock.sleeper())
                    .run("watch", "--endpoint", sim.endpoint().toString(), FullMigrationScenario.ID, "-o", "ndjson",
                            "--interval", INTERVAL, "--max-errors", MAX_ERRORS, "--timeout", "12h",
                            // ride on past "ready for switchover": the soak wants the migration's very end
                            "--through-switchover");
            stats = sim.stats();
        }
        long elapsedMs = (System.nanoTime() - started) / 1_000_000;

        List<JsonNode> events = r.stdout().lines().map(SoakIT::json).toList();
        Map<String, Integer> clientErrors = new TreeMap<>();
        events.stream().filter(e -> e.path("event").asText().equals("poll-error"))
                .forEach(e -> clientErrors.merge((e.path("kind").asText() + " " + e.path("code").asText("")).strip(), 1, Integer::sum));
        int pollErrors = clientErrors.values().stream().mapToInt(Integer::intValue).sum();
        System.out.printf("soak: %d polls (requests) on %d connections in %d ms real, %s simulated; %d failed polls%n",
                stats.requests(), stats.connections(), elapsedMs,
                Duration.between(CliRun.DEFAULT_NOW, clock.instant()), pollErrors);
        System.out.println("soak: faults served by the simulator: " + new TreeMap<>(stats.faults()));
        System.out.println("soak: poll errors seen by the CLI: " + clientErrors);

        assertEquals(0, r.exitCode(), r.stderr());
        assertEquals("", r.stderr(), "no error line, no stack trace");
        assertTrue(stats.requests() >= 2000 && stats.requests() <= 2400, stats.requests() + " polls");
        for (Fault f : Fault.values()) {
            assertTrue(stats.faults().getOrDefault(f, 0L) > 0, f + " never happened: " + stats.faults());
        }
        // a slow answer and a stale sample are answers, not failed polls
        long failing = stats.faultsTotal() - stats.faults().getOrDefault(Fault.SLOW, 0L)
                - stats.faults().getOrDefault(Fault.STALE_SAMPLE, 0L);
        // A connection dropped before any answer, on a pooled connection, looks exactly like one the server closed
        // while idle: the client sends that request once more on a new connection, unseen. So a reset may cost no poll.
        long resets = stats.faults().getOrDefault(Fault.CONNECTION_RESET, 0L);
        assertTrue(pollErrors <= failing && pollErrors >= failing - resets,
                pollErrors + " poll errors for " + failing + " failing faults (" + resets + " resets): each other fault is"
                        + " exactly one poll-error event, each slow answer a success");
        assertTrue(events.stream().filter(e -> e.path("event").asText().equals("poll-error"))
                .allMatch(e -> e.path("willRetry").asBoolean()), "no poll error ended the watch");
        assertFalse(r.all().contains("Exception") || r.all().contains("\tat "), "no stack trace");

        JsonNode done = events.get(events.size() - 1);
        assertEquals("done", done.path("event").asText());
        assertEquals("done", done.path("outcome").asText());
        assertEquals(0, done.path("exitCode").asInt());
        // The last step to change is the switchover finishing: the migration really ran to its end.
        JsonNode lastChange = events.stream().filter(e -> e.path("event").asText().equals("step-changed"))
                .reduce((a, b) -> b).orElseThrow();
        assertEquals("TRANSFER_APP_SWITCH", lastChange.path("name").asText());
        assertEquals("FINISHED", lastChange.path("to").path("status").asText());
    }

    private static JsonNode json(String line) {
        try {
            return new ObjectMapper().readTree(line);
        } catch (IOException e) {
            throw new UncheckedIOException("not JSON: " + line, e);
        }
    }
}
