package dev.omsteps.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.omsteps.testing.CliRun;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Connection options before the command, as scripts for earlier versions and kubectl users write them. */
class ConnectionOptionsTest {

    @TempDir
    Path home;

    private CliRun.Result run(String... args) {
        return new CliRun(home).run(args);
    }

    @Test
    void beforeTheCommandTheyMeanWhatTheyMeanAfterIt() {
        List<List<String>> pairs = List.of(
                List.of("--context", "nope", "steps", "np_1"), List.of("steps", "--context", "nope", "np_1"),
                List.of("--utc", "--endpoint=ftp://x", "--region", "steps", "steps", "np_1"),
                List.of("--utc", "steps", "--endpoint=ftp://x", "--region", "steps", "np_1"),
                List.of("--color", "never", "--oms-url", "ftp://oms", "--allow-http", "watch", "np_1"),
                List.of("--color", "never", "watch", "--oms-url", "ftp://oms", "--allow-http", "np_1"));
        for (int i = 0; i < pairs.size(); i += 2) {
            CliRun.Result before = run(pairs.get(i).toArray(String[]::new));
            CliRun.Result after = run(pairs.get(i + 1).toArray(String[]::new));
            assertEquals(after.exitCode(), before.exitCode(), before.stderr());
            assertEquals(after.stderr(), before.stderr());
            assertTrue(!before.stderr().contains("Unknown option") && before.exitCode() == 2, before.stderr());
        }
    }

    @Test
    void aCommandThatDoesNotConnectSaysWhereTheOptionBelongs() {
        for (String[] args : List.of(new String[] {"--endpoint", "http://127.0.0.1:1", "demo"},
                new String[] {"demo", "--region=cn-hangzhou"}, new String[] {"--proxy", "http://u:pw@p:3128"})) {
            CliRun.Result r = run(args);
            assertEquals(2, r.exitCode(), r.stderr());
            assertEquals(1, r.stderr().strip().lines().count(), r.stderr());
            assertTrue(r.stderr().contains("it is an option of the commands that connect (steps, watch,"), r.stderr());
            assertTrue(!r.stderr().contains("pw") && !r.stderr().contains("Unknown option"), r.stderr());
        }
    }

    @Test
    void aMistypedCommandStillGetsItsDidYouMean() {
        CliRun.Result r = run("stepz", "np_1", "--endpoint", "http://127.0.0.1:1");
        assertEquals(2, r.exitCode());
        assertTrue(r.stderr().contains("did you mean 'steps'"), r.stderr());
    }

    @Test
    void argumentsWithoutMisplacedOptionsAreLeftAlone() {
        String[] args = {"--debug", "steps", "--endpoint", "x", "np_1"};
        assertArrayEquals(args, ConnectionOptions.afterCommand(args, Set.of("steps")));
        String[] noCommand = {"--endpoint", "x"};
        assertArrayEquals(noCommand, ConnectionOptions.afterCommand(noCommand, Set.of("steps")));
        assertArrayEquals(new String[] {"--utc", "watch", "--context", "watch", "np_1"},
                ConnectionOptions.afterCommand(new String[] {"--utc", "--context", "watch", "watch", "np_1"}, Set.of("watch")));
    }

    @Test
    void theNamedCommandsAreTheOnesThatTakeTheOptions() {
        Set<String> connecting = new TreeSet<>();
        Main.commandLine(CliContext.system()).getSubcommands().forEach((name, sub) -> {
            if (sub.getCommandSpec().mixins().values().stream().anyMatch(m -> m.userObject() instanceof TargetOptions)) {
                connecting.add(name);
            }
        });
        assertEquals(connecting, new TreeSet<>(ConnectionOptions.COMMANDS));
    }

}
