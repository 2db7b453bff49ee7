package dev.omsteps.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.omsteps.testing.CliRun;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code omsteps simulate} in-process: it serves until its thread is interrupted (Ctrl-C's stand-in), then exits 0. */
class SimulateCommandTest {

    @TempDir
    Path home;

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    private static boolean accepts(int port) {
        try (Socket s = new Socket(InetAddress.getLoopbackAddress(), port)) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    @Test
    void printsExportsAndProjectsThenStopsWithExit0() throws Exception {
        int port = freePort();
        AtomicReference<CliRun.Result> result = new AtomicReference<>();
        Thread t = new Thread(() -> result.set(new CliRun(home).run("simulate", "--port", Integer.toString(port),
                "--speed", "2000", "--faults", "0.3", "--seed", "9")));
        t.start();
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (!accepts(port) && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        t.interrupt();
        t.join(10_000);
        CliRun.Result r = result.get();
        assertEquals(0, r.exitCode(), r.all());
        String out = r.stdout();
        assertTrue(out.contains("export ALIBABA_CLOUD_ACCESS_KEY_ID=" + SimulatorCredentials.DEMO_ACCESS_KEY_ID + "\n"), out);
        assertTrue(out.contains("export ALIBABA_CLOUD_ACCESS_KEY_SECRET=" + SimulatorCredentials.DEMO_ACCESS_KEY_SECRET + "\n"), out);
        assertTrue(out.contains("export OMSTEPS_ENDPOINT=http://127.0.0.1:" + port + "\n"), out);
        for (String id : new String[] {"np_sim_full_migration", "np_sim_precheck_failed", "np_sim_suspended",
            "np_sim_sync_monitoring", "np_sim_doc_example"}) {
            assertTrue(out.contains(id), id);
        }
        assertTrue(out.contains("(speed 2000x, faults 30%, seed 9)"), out);
        assertTrue(out.contains("stopped"), out);
    }

    @Test
    void aPortInUseExits2() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            CliRun.Result r = new CliRun(home).run("simulate", "--port", Integer.toString(taken.getLocalPort()));
            assertEquals(2, r.exitCode(), r.all());
            assertTrue(r.stderr().contains("cannot listen on 127.0.0.1:" + taken.getLocalPort()), r.stderr());
        }
    }

    @ParameterizedTest
    @CsvSource({"--speed, 0", "--speed, -3", "--faults, 1.5", "--port, 70000", "--speed, fast"})
    void badFlagsExit2WithOneLine(String flag, String value) {
        CliRun.Result r = new CliRun(home).run("simulate", flag, value);
        assertEquals(2, r.exitCode(), r.all());
        assertEquals(1, r.stderr().strip().lines().count(), r.stderr());
        assertTrue(r.stderr().startsWith("omsteps: "), r.stderr());
    }
}
