package dev.omsteps.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** bin/omsteps as the README installs it: symlinked onto PATH, run from another directory (needs 'mvn package'). */
class LauncherIT {

    private static final Path LAUNCHER = Path.of("bin/omsteps").toAbsolutePath();

    @Test
    void runsThroughAChainOfSymlinksFromAnotherDirectory(@TempDir Path dir) throws Exception {
        Path onPath = Files.createDirectories(dir.resolve("bin"));
        Path first = Files.createSymbolicLink(dir.resolve("omsteps-link"), LAUNCHER);
        // a relative link to a link, as 'ln -s ../omsteps-link' makes
        Files.createSymbolicLink(onPath.resolve("omsteps"), Path.of("../omsteps-link"));
        assertTrue(Files.isSymbolicLink(first));

        Result r = run(dir, onPath.resolve("omsteps").toString(), "--version");

        assertEquals(0, r.exit(), r.output());
        assertTrue(r.output().startsWith("omsteps "), r.output());
        Files.delete(onPath.resolve("omsteps"));
        Files.delete(first);
    }

    @Test
    void trainingIsNoCommand(@TempDir Path dir) throws Exception {
        Result r = run(dir, LAUNCHER.toString(), "__cds-training");

        assertEquals(ExitCodes.USAGE, r.exit(), r.output());
        assertTrue(r.output().contains("'__cds-training'"), r.output());
    }

    private record Result(int exit, String output) {
    }

    private static Result run(Path cwd, String... command) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(List.of(command)).directory(cwd.toFile()).redirectErrorStream(true);
        Map<String, String> env = pb.environment();
        env.put("XDG_CACHE_HOME", cwd.resolve("cache").toString());
        env.put("OMSTEPS_NO_CACHE_TRAINING", "1");
        Process p = pb.start();
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "the launcher did not finish");
        return new Result(p.exitValue(), out);
    }
}
