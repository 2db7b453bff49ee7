package dev.omsteps.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Which {@code -o} values each command takes: what shell completion offers, and the one line a
 * command answers any other with. All commands' lists live here so that the line can say which
 * command a misplaced format belongs to.
 */
final class OutputFormats {

    static final List<OutputFormat> STEPS = List.of(OutputFormat.TABLE, OutputFormat.WIDE, OutputFormat.JSON, OutputFormat.RAW);
    static final List<OutputFormat> PROJECTS = List.of(OutputFormat.TABLE, OutputFormat.WIDE, OutputFormat.JSON);
    static final List<OutputFormat> WATCH = List.of(OutputFormat.TABLE, OutputFormat.NDJSON);
    static final List<OutputFormat> VERIFY = List.of(OutputFormat.TABLE, OutputFormat.JSON);
    static final List<OutputFormat> METRICS = List.of(OutputFormat.TABLE, OutputFormat.CSV, OutputFormat.JSON);
    static final List<OutputFormat> REPORT = List.of(OutputFormat.HTML, OutputFormat.MD, OutputFormat.JSON);

    /** In help order, for naming where a format belongs. */
    private static final Map<String, List<OutputFormat>> BY_COMMAND = orderedByCommand();

    private static Map<String, List<OutputFormat>> orderedByCommand() {
        Map<String, List<OutputFormat>> m = new java.util.LinkedHashMap<>();
        m.put("steps", STEPS);
        m.put("projects", PROJECTS);
        m.put("watch", WATCH);
        m.put("verify", VERIFY);
        m.put("metrics", METRICS);
        m.put("report", REPORT);
        return java.util.Collections.unmodifiableMap(m);
    }

    private OutputFormats() {
    }

    /** Throws the usage error when {@code command} does not take {@code given}. */
    static void check(String command, OutputFormat given) {
        List<OutputFormat> allowed = BY_COMMAND.get(command);
        if (allowed.contains(given)) {
            return;
        }
        List<String> takers = BY_COMMAND.entrySet().stream()
                .filter(e -> e.getValue().contains(given)).map(Map.Entry::getKey).toList();
        throw new UsageException("-o " + given + " is for " + either(takers, "and") + "; " + command + " prints "
                + either(allowed.stream().map(OutputFormat::toString).toList(), "or"),
                "use " + either(allowed.stream().map(f -> "-o " + f).toList(), "or"));
    }

    /** "a", "a or b", "a, b or c"; "no command" for none (a format no command prints). */
    private static String either(List<String> items, String conjunction) {
        if (items.isEmpty()) {
            return "no command";
        }
        if (items.size() == 1) {
            return items.get(0);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " " + conjunction + " " + items.get(items.size() - 1);
    }

    /**
     * The values shell completion offers for one command's {@code -o}, and its converter: a word that is no
     * format at all is answered with this command's list (a format of another command is left to {@link #check}).
     */
    private static class Candidates extends ArrayList<String> implements ITypeConverter<OutputFormat> {
        Candidates(List<OutputFormat> formats) {
            super(formats.stream().map(OutputFormat::toString).collect(Collectors.toList()));
        }

        @Override
        public OutputFormat convert(String value) {
            for (OutputFormat f : OutputFormat.values()) {
                if (f.toString().equalsIgnoreCase(value.strip())) {
                    return f;
                }
            }
            throw new TypeConversionException("'" + value + "' is not one of " + String.join(", ", this));
        }
    }

    static final class Steps extends Candidates {
        Steps() {
            super(STEPS);
        }
    }

    static final class Projects extends Candidates {
        Projects() {
            super(PROJECTS);
        }
    }

    static final class Watch extends Candidates {
        Watch() {
            super(WATCH);
        }
    }

    static final class Verify extends Candidates {
        Verify() {
            super(VERIFY);
        }
    }

    static final class Metrics extends Candidates {
        Metrics() {
            super(METRICS);
        }
    }

    static final class Report extends Candidates {
        Report() {
            super(REPORT);
        }
    }
}
