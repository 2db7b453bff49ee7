package dev.omsteps.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.omsteps.testing.CliRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** What a newcomer reads first: the help of each command. */
class HelpTest {

    @TempDir
    Path home;

    private CliRun.Result run(String... args) {
        return new CliRun(home).run(args);
    }

    @Test
    void helpCommandShowsTheCommandsHelp() {
        CliRun.Result r = run("help", "watch");
        assertEquals(0, r.exitCode(), r.stderr());
        assertEquals(run("watch", "--help").stdout(), r.stdout());
        String all = run("help").stdout();
        for (String command : List.of("steps", "watch", "projects", "demo", "simulate", "config", "completion")) {
            assertTrue(all.contains("  " + command + " "), "'omsteps help' lists " + command + ":\n" + all);
        }
    }

    @Test
    void everyCommandStartsWithAWholeSentence() {
        CommandLine cl = Main.commandLine(CliContext.system());
        cl.getSubcommands().forEach((name, sub) -> {
            String[] d = sub.getCommandSpec().usageMessage().description();
            if (!sub.getCommandSpec().usageMessage().hidden()) {
                assertTrue(d.length > 0 && d[0].strip().endsWith("."), name + "'s first line is a whole sentence: " + String.join("|", d));
            }
        });
    }

    @Test
    void cloudOptionsOnlyWhereTheyAreUsed() {
        for (String command : List.of("demo", "simulate", "completion", "config")) {
            String help = run(command, "--help").stdout();
            assertFalse(help.contains("--region") || help.contains("--endpoint") || help.contains("--access-key-id"), command + ":\n" + help);
        }
        for (String command : List.of("steps", "watch", "projects", "verify", "metrics")) {
            String help = run(command, "--help").stdout();
            assertTrue(help.contains("--region") && help.contains("--proxy") && help.contains("--context"), command);
        }
        assertEquals(2, run("demo", "--region", "cn-hangzhou").exitCode());
    }

    @Test
    void valuesInTheCaseTheDocsUseAndOnlyThoseACommandTakes() {
        CliRun.Result yaml = run("steps", "np_1", "-o", "YAML");
        assertEquals(2, yaml.exitCode());
        assertTrue(yaml.stderr().contains("'YAML' is not one of table, wide, json, raw"), yaml.stderr());
        CliRun.Result ndjson = run("steps", "np_1", "-o", "ndjson");
        assertTrue(ndjson.exitCode() == 2 && ndjson.stderr().contains("-o ndjson is for watch; steps prints table, wide, json or raw"),
                ndjson.stderr());
        CliRun.Result raw = run("watch", "np_1", "-o", "raw");
        assertTrue(raw.exitCode() == 2 && raw.stderr().contains("watch prints table or ndjson"), raw.stderr());
        String simulate = run("simulate", "--help").stdout();
        assertFalse(simulate.contains("CLOUD") || simulate.contains("SELFHOSTED"), simulate);
    }

    @Test
    void examplesSurviveBeingPastedIntoAShell() {
        String root = run("--help").stdout();
        assertTrue(root.contains("--until 'lag<10s'"), root);
        assertFalse(root.matches("(?s).*omsteps [^\\n']*[<>][^\\n']*\\n.*") && root.contains("--until lag<"), "a < or > unquoted is a redirection");
        for (String variable : List.of("OMSTEPS_CONTEXT", "OMSTEPS_CONFIG", "OMSTEPS_OMS_URL", "OMSTEPS_OMS_USER",
                "OMSTEPS_OMS_PASSWORD", "XDG_CONFIG_HOME", "HTTPS_PROXY", "HTTP_PROXY", "NO_PROXY", "HOME")) {
            assertTrue(root.contains(variable), "the Environment section lists " + variable);
        }
    }

    /** Every variable the code or the launcher reads, found in their text: a new one cannot go unlisted. */
    @Test
    void theEnvironmentSectionListsEveryVariableRead() throws IOException {
        String root = run("--help").stdout();
        String environment = root.substring(root.indexOf(HelpSections.ENVIRONMENT + ":"), root.indexOf(HelpSections.FILES + ":"));
        Set<String> read = new TreeSet<>();
        Pattern literal = Pattern.compile("\"((?:ALIBABA_CLOUD|OMSTEPS|XDG)_[A-Z0-9_]+|HOME|TERM|COLUMNS|LINES|NO_COLOR"
                + "|(?i:https?_proxy|no_proxy))\"");
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                literal.matcher(Files.readString(f)).results().forEach(m -> read.add(m.group(1).toUpperCase(Locale.ROOT)));
            }
        }
        Pattern shell = Pattern.compile("\\$\\{?([A-Z][A-Z0-9_]+)");
        shell.matcher(Files.readString(Path.of("bin/omsteps"))).results().map(m -> m.group(1))
                .filter(v -> !v.equals("JVM_FLAGS")).forEach(read::add); // JVM_FLAGS is the launcher's own
        assertTrue(read.size() > 30, "found the variables: " + read);
        List<String> missing = read.stream().filter(v -> !environment.matches("(?s).*\\b" + v + "\\b.*")).toList();
        assertEquals(List.of(), missing, "read but not in the Environment section:\n" + environment);
        environment.lines().forEach(l -> assertTrue(l.length() <= 80, "wraps on an 80-column terminal: " + l));
    }
}
