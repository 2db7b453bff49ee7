package dev.omsteps.cli;

import java.util.ArrayList;
import java.util.List;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Shell completion scripts generated from the picocli model, so they never drift from the
 * commands. Bash comes from picocli's AutoComplete (it also runs under zsh's bashcompinit);
 * fish is written here from the same model. {@code --profile} completes the names of the
 * profiles on this machine, asked at completion time from {@code omsteps __profiles}.
 */
public final class CompletionScripts {

    private static final String PROFILE_CASE_STATIC = "    '--profile')\n      return\n      ;;\n";
    private static final String PROFILE_CASE_DYNAMIC = "    '--profile')\n"
            + "      local IFS=$'\\n'\n"
            + "      COMPREPLY=( $(compgen -W \"$(omsteps __profiles 2>/dev/null)\" -- \"${curr_word}\") )\n"
            + "      return $?\n"
            + "      ;;\n";

    private CompletionScripts() {
    }

    public static String bash(CommandLine root) {
        String script = AutoComplete.bash("omsteps", root);
        if (!script.contains(PROFILE_CASE_STATIC)) {
            throw new IllegalStateException("picocli's bash script changed shape: --profile completion needs a new hook");
        }
        return script.replace(PROFILE_CASE_STATIC, PROFILE_CASE_DYNAMIC);
    }

    public static String zsh(CommandLine root) {
        return "#compdef omsteps\n"
                + "# zsh completion for omsteps. Source it from ~/.zshrc: it enables bashcompinit\n"
                + "# and registers the bash completion below, generated from the same model.\n"
                + bash(root).replaceFirst("^#!/usr/bin/env bash\n", "");
    }

    public static String fish(CommandLine root) {
        StringBuilder sb = new StringBuilder();
        sb.append("# fish completion for omsteps, generated from its command model.\n");
        sb.append("# Install: copy to ~/.config/fish/completions/omsteps.fish\n\n");
        CommandSpec spec = root.getCommandSpec();
        List<String> subs = new ArrayList<>();
        root.getSubcommands().forEach((name, sub) -> {
            if (!sub.getCommandSpec().usageMessage().hidden()) {
                subs.add(name);
            }
        });
        String noSub = "not __fish_seen_subcommand_from " + String.join(" ", subs);
        sb.append("complete -c omsteps -f\n");
        for (String name : subs) {
            CommandLine sub = root.getSubcommands().get(name);
            sb.append("complete -c omsteps -n '").append(noSub).append("' -a ").append(name)
                    .append(" -d ").append(quote(firstLine(sub.getCommandSpec().usageMessage().description()))).append('\n');
        }
        options(sb, spec, "__fish_use_subcommand");
        for (String name : subs) {
            options(sb, root.getSubcommands().get(name).getCommandSpec(), "__fish_seen_subcommand_from " + name);
        }
        return sb.toString();
    }

    private static void options(StringBuilder sb, CommandSpec spec, String condition) {
        for (OptionSpec o : spec.options()) {
            if (o.hidden()) {
                continue;
            }
            sb.append("complete -c omsteps -n '").append(condition).append("'");
            for (String n : o.names()) {
                sb.append(n.startsWith("--") ? " -l " + n.substring(2) : " -s " + n.substring(1));
            }
            if (o.arity().max() > 0) {
                sb.append(" -r");
                if (o.longestName().equals("--profile")) {
                    sb.append(" -f -a '(omsteps __profiles 2>/dev/null)'");
                } else if (o.completionCandidates() != null) {
                    List<String> values = new ArrayList<>();
                    o.completionCandidates().forEach(values::add);
                    sb.append(" -f -a ").append(quote(String.join(" ", values)));
                }
            }
            sb.append(" -d ").append(quote(firstLine(o.description()))).append('\n');
        }
    }

    private static String firstLine(String[] description) {
        if (description == null || description.length == 0) {
            return "";
        }
        String d = description[0].replaceAll("\\$\\{[^}]+}", "");
        // The first sentence: a full stop followed by a capital, so "e.g. cn-hangzhou" stays whole.
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\.\\s+(?=[A-Z])").matcher(d);
        return m.find() ? d.substring(0, m.start() + 1) : d;
    }

    private static String quote(String s) {
        return "'" + s.replace("\\", "\\\\").replace("'", "\\'") + "'";
    }

    /** All three, by shell name. */
    public static String forShell(String shell, CommandLine root) {
        return switch (shell) {
            case "bash" -> bash(root);
            case "zsh" -> zsh(root);
            case "fish" -> fish(root);
            default -> throw new UsageException("no completion for shell '" + shell + "'", "use bash, zsh or fish");
        };
    }
}
