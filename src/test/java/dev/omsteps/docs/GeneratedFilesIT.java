package dev.omsteps.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.omsteps.cli.CliContext;
import dev.omsteps.cli.CompletionScripts;
import dev.omsteps.cli.HelpSections;
import dev.omsteps.cli.Main;
import dev.omsteps.cli.VersionProvider;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.asciidoctor.Asciidoctor;
import org.asciidoctor.Attributes;
import org.asciidoctor.Options;
import org.asciidoctor.SafeMode;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.codegen.docgen.manpage.ManPageGenerator;

/**
 * Completions and man pages are generated from the picocli model and committed; this test
 * fails when they are stale. Regenerate with:
 * {@code mvn -q test-compile failsafe:integration-test -Dit.test=GeneratedFilesIT -Domsteps.update=true}
 */
class GeneratedFilesIT {

    static final boolean UPDATE = Boolean.getBoolean("omsteps.update");
    static final Path ROOT = Path.of("").toAbsolutePath();

    static CommandLine model() {
        CommandLine cl = Main.commandLine(CliContext.system());
        // Pages and scripts must not change with every commit: the version only, no commit.
        // (the root's version provider would win over a plain version, and it names the commit)
        cl.getCommandSpec().versionProvider(() -> new String[] {"omsteps " + VersionProvider.version()});
        return cl;
    }

    @Test
    void completionsAreCurrent() throws IOException {
        CommandLine cl = model();
        Map<String, String> files = new LinkedHashMap<>();
        files.put("completions/omsteps.bash", CompletionScripts.bash(cl));
        files.put("completions/_omsteps", CompletionScripts.zsh(cl));
        files.put("completions/omsteps.fish", CompletionScripts.fish(cl));
        check(files);
        assertTrue(files.get("completions/omsteps.bash").contains("complete -F _complete_omsteps"));
        assertTrue(files.get("completions/omsteps.bash").contains("omsteps __names profiles"), "--profile completes profile names");
        assertTrue(files.get("completions/omsteps.bash").contains("omsteps __names contexts"), "--context completes context names");
    }

    @Test
    void manPagesAreCurrent() throws IOException {
        CommandLine cl = model();
        Map<String, CommandSpec> pages = new LinkedHashMap<>();
        pages.put("omsteps", cl.getCommandSpec());
        cl.getSubcommands().forEach((name, sub) -> {
            if (!sub.getCommandSpec().usageMessage().hidden() && !name.equals("help")) {
                pages.put("omsteps-" + name, sub.getCommandSpec());
            }
        });
        Map<String, String> files = new LinkedHashMap<>();
        try (Asciidoctor asciidoctor = Asciidoctor.Factory.create()) {
            pages.forEach((name, spec) -> {
                StringWriter adoc = new StringWriter();
                PrintWriter w = new PrintWriter(adoc);
                ManPageGenerator.writeSingleManPage(w, spec);
                w.flush();
                String page = withManSections(adoc.toString(), name, pages.keySet());
                files.put("man/src/" + name + ".adoc", page);
                String troff = asciidoctor.convert(page, Options.builder()
                        .backend("manpage").standalone(true).safe(SafeMode.SAFE)
                        .attributes(Attributes.builder().attribute("revdate", VersionProvider.version())
                                .attribute("docdate", VersionProvider.version()).build())
                        .build());
                files.put("man/" + name + ".1", troff);
            });
        }
        check(files);
        String root = files.get("man/omsteps.1");
        for (String section : List.of(".SH \"EXIT STATUS\"", ".SH \"ENVIRONMENT\"", ".SH \"FILES\"", ".SH \"EXAMPLES\"", ".SH \"SEE ALSO\"")) {
            assertTrue(root.contains(section), "omsteps.1 has the man section " + section);
        }
        for (String variable : List.of("ALIBABA_CLOUD_ACCESS_KEY_ID", "OMSTEPS_CONTEXT", "OMSTEPS_CONFIG", "OMSTEPS_OMS_URL",
                "OMSTEPS_OMS_USER", "OMSTEPS_OMS_PASSWORD", "XDG_CONFIG_HOME", "HTTPS_PROXY", "NO_PROXY", "OMSTEPS_ENDPOINT")) {
            assertTrue(root.contains(variable), "the ENVIRONMENT section lists " + variable);
        }
        files.forEach((file, text) -> {
            if (file.endsWith(".1")) {
                assertTrue(text.contains(".SH \"SEE ALSO\""), file + " has SEE ALSO");
                assertTrue(!text.contains(".SH \"EXIT CODES") && !text.matches("(?s).*\\.SH \"[^\"]*:\".*"), file + ": sections are man sections");
            }
        });
    }

    /**
     * picocli writes the help's closing sections as they read in --help ("Exit status:", "Files:" inside the
     * environment footer); a man page has them as its own sections, and a SEE ALSO naming the other pages.
     */
    static String withManSections(String adoc, String name, java.util.Collection<String> pages) {
        String page = adoc;
        for (String heading : List.of(HelpSections.EXIT_STATUS, HelpSections.ENVIRONMENT, HelpSections.EXAMPLES)) {
            page = page.replace("==  " + heading + ":\n", "== " + heading + "\n");
        }
        for (String heading : List.of(HelpSections.FILES, HelpSections.EXAMPLES)) {
            page = page.replace("[%hardbreaks]\n" + heading + ":\n", "== " + heading + "\n\n[%hardbreaks]\n");
        }
        List<String> others = pages.stream().filter(p -> !p.equals(name)).map(p -> "*" + p + "*(1)").toList();
        String seeAlso = "== See also\n\n" + String.join(", ", others)
                + (name.equals("omsteps") ? "" : "; the environment, files and exit codes shared by all commands are in *omsteps*(1)")
                + ", and the README.\n\n";
        return page.replace("// end::picocli-generated-full-manpage[]", seeAlso + "// end::picocli-generated-full-manpage[]");
    }

    private static void check(Map<String, String> files) throws IOException {
        for (Map.Entry<String, String> e : files.entrySet()) {
            Path p = ROOT.resolve(e.getKey());
            if (UPDATE) {
                Files.createDirectories(p.getParent());
                Files.writeString(p, e.getValue(), StandardCharsets.UTF_8);
                continue;
            }
            assertTrue(Files.exists(p), e.getKey() + " is missing: regenerate with -Domsteps.update=true");
            assertEquals(withoutCommit(e.getValue()), withoutCommit(Files.readString(p, StandardCharsets.UTF_8)),
                    e.getKey() + " is stale: regenerate with mvn -q test-compile failsafe:integration-test -Dit.test=GeneratedFilesIT -Domsteps.update=true");
        }
    }

    /**
     * The version line names the commit the build saw (in a worktree, possibly another branch's), which changes with
     * every commit without the page's content changing; it is not what this check is about.
     */
    private static String withoutCommit(String page) {
        return page.replaceAll("\\(commit [0-9a-f]+(, modified)?\\)", "(commit …)");
    }
}
