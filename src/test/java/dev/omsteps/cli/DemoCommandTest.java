package dev.omsteps.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.omsteps.testing.CliRun;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The demo's checks before it starts anything; the demo itself runs on the real clock in {@link DemoCommandIT}. */
class DemoCommandTest {

    @TempDir
    Path home;

    @Test
    void badSpeedIsUsage() {
        CliRun.Result r = new CliRun(home).run("demo", "--speed", "0");
        assertEquals(2, r.exitCode());
        assertEquals("omsteps: --speed must be between 1 and 1000000 — e.g. --speed 2000\n", r.stderr());
        assertEquals("", r.stdout(), "nothing started");
    }
}
