package dev.omsteps.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * Shell completion scripts generated from the picocli model, so they never drift from the commands; the
 * generated files are shipped in {@code completions/} and inside the jar, and {@code omsteps completion SHELL}
 * prints those. Bash comes from picocli's AutoComplete; zsh and fish are written here from the same model
 * (zsh natively, so the one file works both sourced and from {@code fpath}). {@code --profile} and
 * {@code --context} complete the names on this machine, asked at completion time from {@code omsteps __names}.
 */
public final class CompletionScripts {

    /** Options whose values are names found on this machine, by the kind {@code __names} takes. */
    private static final Map<String, String> DYNAMIC = Map.of("--profile", "profiles", "--context", "contexts");

    private CompletionScripts() {
    }

    public static String bash(CommandLine root) {
        String script = AutoComplete.bash("omsteps", root);
        for (Map.Entry<String, String> d : DYNAMIC.entrySet()) {
            String staticCase = "    '" + d.getKey() + "')\n      return\n      ;;\n";
            if (!script.contains(staticCase)) {
                throw new IllegalStateException("picocli's bash script changed shape: " + d.getKey() + " completion needs a new hook");
            }
            script = script.replace(staticCase, "    '" + d.getKey() + "')\n"
                    + "      local IFS=$'\\n'\n"
                    + "      COMPREPLY=( $(compgen -W \"$(omsteps __names " + d.getValue() + " 2>/dev/null)\" -- \"${curr_word}\") )\n"
                    + "      return $?\n"
                    + "      ;;\n");
        }
        return script;
    }

    /**
     * Native zsh ({@code _arguments}): installed on {@code fpath} as {@code _omsteps} its body runs as the
     * completion function; sourced (after compinit) it registers itself with {@code compdef}.
     */
    public static String zsh(CommandLine root) {
        StringBuilder sb = new StringBuilder();
        sb.append("#compdef omsteps\n");
        sb.append("# zsh completion for omsteps, generated from its command model.\n");
        sb.append("# Install: copy to a directory on $fpath as _omsteps (before compinit), or source it after compinit.\n\n");
        List<String> subs = visibleSubcommands(root);
        sb.append("_omsteps() {\n");
        sb.append("  local curcontext=\"$curcontext\" state line\n");
        sb.append("  typeset -A opt_args\n");
        sb.append("  _arguments -C \\\n");
        zshOptions(sb, root.getCommandSpec());
        sb.append("    '1: :->command' \\\n");
        sb.append("    '*:: :->args'\n");
        sb.append("  case $state in\n");
        sb.append("    command)\n");
        sb.append("      local -a commands\n");
        sb.append("      commands=(\n");
        for (String name : subs) {
            sb.append("        ").append(zshQuote(name + ":" + firstLine(root.getSubcommands().get(name).getCommandSpec().usageMessage().description())))
                    .append("\n");
        }
        sb.append("      )\n");
        sb.append("      _describe -t commands 'omsteps command' commands\n");
        sb.append("      ;;\n");
        sb.append("    args)\n");
        sb.append("      case $line[1] in\n");
        for (String name : subs) {
            sb.append("        ").append(name).append(") _omsteps_").append(name.replace('-', '_')).append(" ;;\n");
        }
        sb.append("      esac\n");
        sb.append("      ;;\n");
        sb.append("  esac\n");
        sb.append("}\n\n");
        for (String name : subs) {
            CommandSpec spec = root.getSubcommands().get(name).getCommandSpec();
            sb.append("_omsteps_").append(name.replace('-', '_')).append("() {\n");
            sb.append("  _arguments \\\n");
            zshOptions(sb, spec);
            for (PositionalParamSpec p : spec.positionalParameters()) {
                if (p.hidden()) {
                    continue;
                }
                String values = p.completionCandidates() == null ? " " : "(" + String.join(" ", candidates(p.completionCandidates())) + ")";
                if (name.equals("help")) {
                    values = "(" + String.join(" ", subs.stream().filter(c -> !c.equals("help")).toList()) + ")";
                }
                String spec1 = (p.arity().max() > 1 ? "*" : String.valueOf(p.index().min() + 1)) + ":" + zshEscape(p.paramLabel()) + ":" + values;
                sb.append("    ").append(zshQuote(spec1)).append(" \\\n");
            }
            sb.append("    && return 0\n");
            sb.append("}\n\n");
        }
        sb.append("_omsteps_names() {\n");
        sb.append("  local -a names\n");
        sb.append("  names=(${(f)\"$(omsteps __names $1 2>/dev/null)\"})\n");
        sb.append("  compadd -a names\n");
        sb.append("}\n\n");
        sb.append("if [ \"$funcstack[1]\" = \"_omsteps\" ]; then\n");
        sb.append("  _omsteps \"$@\"\n");
        sb.append("else\n");
        sb.append("  compdef _omsteps omsteps\n");
        sb.append("fi\n");
        return sb.toString();
    }

    private static void zshOptions(StringBuilder sb, CommandSpec spec) {
        for (OptionSpec o : spec.options()) {
            if (o.hidden()) {
                continue;
            }
            String desc = "[" + zshDescription(firstLine(o.description())) + "]";
            String value = "";
            if (o.arity().max() > 0) {
                String kind = DYNAMIC.get(o.longestName());
                String action = kind != null ? "{_omsteps_names " + kind + "}"
                        : o.completionCandidates() != null ? "(" + String.join(" ", candidates(o.completionCandidates())) + ")"
                        : o.typeInfo().getType() == java.nio.file.Path.class ? "_files" : " ";
                value = ":" + zshEscape(o.paramLabel()) + ":" + action;
            }
            String[] names = o.names();
            String repeat = o.isMultiValue() ? "*" : "";
            if (names.length == 1) {
                sb.append("    ").append(zshQuote(repeat + names[0] + (value.isEmpty() ? "" : names[0].startsWith("--") ? "=" : "+") + desc + value));
            } else {
                StringBuilder exclusion = new StringBuilder(repeat.isEmpty() ? "(" + String.join(" ", names) + ")" : repeat);
                sb.append("    ").append(zshQuote(exclusion.toString())).append("{");
                List<String> forms = new ArrayList<>();
                for (String n : names) {
                    forms.add(n + (value.isEmpty() ? "" : n.startsWith("--") ? "=" : "+"));
                }
                sb.append(String.join(",", forms)).append("}").append(zshQuote(desc + value));
            }
            sb.append(" \\\n");
        }
    }

    private static List<String> candidates(Iterable<String> it) {
        List<String> values = new ArrayList<>();
        it.forEach(values::add);
        return values;
    }

    /** Brackets end an option's description in an _arguments spec. */
    private static String zshDescription(String s) {
        return s.replace("\\", "\\\\").replace("[", "\\[").replace("]", "\\]");
    }

    /** Colons separate the parts of an _arguments spec. */
    private static String zshEscape(String s) {
        return s.replace("\\", "\\\\").replace(":", "\\:");
    }

    private static String zshQuote(String s) {
        return "'" + s.replace("'", "'\\''") + "'";
    }

    private static List<String> visibleSubcommands(CommandLine root) {
        List<String> subs = new ArrayList<>();
        root.getSubcommands().forEach((name, sub) -> {
            if (!sub.getCommandSpec().usageMessage().hidden()) {
                subs.add(name);
            }
        });
        return subs;
    }

    public static String fish(CommandLine root) {
        StringBuilder sb = new StringBuilder();
        sb.append("# fish completion for omsteps, generated from its command model.\n");
        sb.append("# Install: copy to ~/.config/fish/completions/omsteps.fish\n\n");
        CommandSpec spec = root.getCommandSpec();
        List<String> subs = visibleSubcommands(root);
        String noSub = "not __fish_seen_subcommand_from " + String.join(" ", subs);
        sb.append("complete -c omsteps -f\n");
        for (String name : subs) {
            CommandLine sub = root.getSubcommands().get(name);
            sb.append("complete -c omsteps -n '").append(noSub).append("' -a ").append(name)
                    .append(" -d ").append(quote(firstLine(sub.getCommandSpec().usageMessage().description()))).append('\n');
        }
        options(sb, spec, "__fish_use_subcommand");
        for (String name : subs) {
            CommandSpec sub = root.getSubcommands().get(name).getCommandSpec();
            options(sb, sub, "__fish_seen_subcommand_from " + name);
            for (PositionalParamSpec p : sub.positionalParameters()) {
                if (p.completionCandidates() != null) {
                    sb.append("complete -c omsteps -n '__fish_seen_subcommand_from ").append(name).append("' -a ")
                            .append(quote(String.join(" ", candidates(p.completionCandidates())))).append('\n');
                }
            }
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
                if (DYNAMIC.containsKey(o.longestName())) {
                    sb.append(" -f -a '(omsteps __names ").append(DYNAMIC.get(o.longestName())).append(" 2>/dev/null)'");
                } else if (o.completionCandidates() != null) {
                    sb.append(" -f -a ").append(quote(String.join(" ", candidates(o.completionCandidates()))));
                }
            }
            sb.append(" -d ").append(quote(firstLine(o.description()))).append('\n');
        }
    }

    private static String firstLine(String[] description) {
        if (description == null || description.length == 0) {
            return "";
        }
        String d = String.join(" ", description).replace("%n", " ").replaceAll("\\$\\{[^}]+}", "").strip();
        // The first sentence: a full stop followed by a capital, so "e.g. cn-hangzhou" stays whole.
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\.\\s+(?=[A-Z])").matcher(d);
        return m.find() ? d.substring(0, m.start() + 1) : d;
    }

    private static String quote(String s) {
        return "'" + s.replace("\\", "\\\\").replace("'", "\\'") + "'";
    }

    /** The file each shell's script is shipped as, under {@code completions/} and in the jar. */
    public static String fileName(String shell) {
        return switch (shell) {
            case "bash" -> "omsteps.bash";
            case "zsh" -> "_omsteps";
            case "fish" -> "omsteps.fish";
            default -> throw new UsageException("no completion for shell '" + shell + "'", "use bash, zsh or fish");
        };
    }

    /** The shipped script, as built into the jar from {@code completions/}. */
    public static String shipped(String shell) {
        String resource = "/dev/omsteps/completions/" + fileName(shell);
        try (java.io.InputStream in = CompletionScripts.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the jar");
            }
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
