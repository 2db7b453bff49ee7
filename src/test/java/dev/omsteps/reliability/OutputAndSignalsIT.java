package dev.omsteps.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real process against a loopback server whose project moves on every poll: a closed pipe stops the watch and
 * its API calls (exit 141), a full disk is one line and exit 74, and SIGINT, SIGTERM and SIGHUP end an ndjson watch
 * with {@code done} as its last line and exit 130.
 */
class OutputAndSignalsIT {

    @TempDir
    Path home;

    private MockWebServer server;
    private final AtomicInteger polls = new AtomicInteger();

    @BeforeEach
    void start() throws Exception {
        server = new MockWebServer();
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                int n = polls.incrementAndGet();
                return new MockResponse.Builder().addHeader("Content-Type", "application/json")
                        // progress moves on every poll (an event each time) and never ends the watch
                        .body("{\"Success\":true,\"Data\":[{\"Order\":1,\"Name\":\"FULL_TRANSFER\",\"Status\":\"RUNNING\","
                                + "\"Progress\":" + (n % 99) + "}]}").build();
            }
        });
        server.start(InetAddress.getByName("127.0.0.1"), 0);
    }

    @AfterEach
    void stop() throws Exception {
        server.close();
    }

    private ProcessBuilder omsteps(String... args) {
        List<String> cmd = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"),
                "-cp", System.getProperty("java.class.path"), "dev.omsteps.cli.Main"));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd);
        pb.environment().put("HOME", home.toString());
        pb.environment().put("ALIBABA_CLOUD_ACCESS_KEY_ID", "AK");
        pb.environment().put("ALIBABA_CLOUD_ACCESS_KEY_SECRET", "SK");
        pb.environment().put("OMSTEPS_ENDPOINT", "http://127.0.0.1:" + server.getPort());
        return pb;
    }

    @Test
    void aClosedPipeEndsTheWatchAndItsApiCallsWithExit141() throws Exception {
        Process p = omsteps("watch", "np_1", "-o", "ndjson", "--interval", "50ms").start();
        BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        assertTrue(out.readLine().contains("\"event\":\"snapshot\""));
        p.getInputStream().close(); // as `| head -1` does
        assertTrue(p.waitFor(20, TimeUnit.SECONDS), "the watch ended");
        assertEquals(141, p.exitValue());
        assertEquals("", new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8), "a closed pipe is not an error");
        int after = polls.get();
        Thread.sleep(500);
        assertEquals(after, polls.get(), "no API call after the process ended");
    }

    @Test
    void aFullDiskIsOneLineAndExit74() throws Exception {
        assertTrue(new File("/dev/full").exists(), "/dev/full");
        Process p = omsteps("steps", "np_1", "-o", "json").redirectOutput(new File("/dev/full")).start();
        assertTrue(p.waitFor(30, TimeUnit.SECONDS));
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(74, p.exitValue(), err);
        assertEquals(1, err.lines().count(), err);
        assertTrue(err.startsWith("omsteps: cannot write to standard output"), err);
    }

    @Test
    void helpVersionConfigAndCompletionOnAFullDiskAreOneLineWithoutAStackTrace() throws Exception {
        for (List<String> args : List.of(List.of("steps", "--help"), List.of("--version"), List.of("help", "report"),
                List.of("config"), List.of("completion", "bash"))) {
            Process p = omsteps(args.toArray(String[]::new)).redirectOutput(new File("/dev/full")).start();
            assertTrue(p.waitFor(30, TimeUnit.SECONDS), args.toString());
            String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            assertEquals(74, p.exitValue(), args + ": " + err);
            assertEquals(1, err.lines().count(), args + ": " + err);
            assertTrue(err.startsWith("omsteps: cannot write to standard output"), args + ": " + err);
        }
    }

    @Test
    void sigintSigtermAndSighupEndAnNdjsonWatchWithDone() throws Exception {
        for (String signal : List.of("INT", "TERM", "HUP")) {
            Process p = omsteps("watch", "np_1", "-o", "ndjson", "--interval", "50ms").start();
            BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
            assertTrue(out.readLine().contains("\"event\":\"snapshot\""));
            Process kill = new ProcessBuilder("kill", "-" + signal, Long.toString(p.pid())).start();
            assertEquals(0, kill.waitFor());
            List<String> lines = new ArrayList<>();
            for (String l; (l = out.readLine()) != null; ) {
                lines.add(l);
            }
            assertTrue(p.waitFor(20, TimeUnit.SECONDS), signal);
            assertEquals(130, p.exitValue(), signal);
            String last = lines.isEmpty() ? "" : lines.get(lines.size() - 1);
            assertTrue(last.contains("\"event\":\"done\"") && last.contains("\"exitCode\":130"), signal + ": " + last);
            assertEquals(1, lines.stream().filter(l -> l.contains("\"event\":\"done\"")).count(), signal + ": one done line");
            assertFalse(new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8).contains("Exception"), signal);
        }
    }
}
