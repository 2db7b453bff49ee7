package dev.omsteps.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Values of {@code -o}; parsed case-insensitively, shown in lower case. */
public enum OutputFormat {
    TABLE, WIDE, JSON, RAW, NDJSON;

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The formats one command offers: its completion candidates and its converter at once, so that help,
     * completion and the error for a wrong value all name the same list (steps has no ndjson, watch no raw).
     */
    abstract static class Choices extends ArrayList<String> implements ITypeConverter<OutputFormat> {

        private final List<OutputFormat> offered;

        Choices(OutputFormat... offered) {
            this.offered = List.of(offered);
            this.offered.forEach(f -> add(f.toString()));
        }

        @Override
        public OutputFormat convert(String value) {
            for (OutputFormat f : offered) {
                if (f.toString().equalsIgnoreCase(value.strip())) {
                    return f;
                }
            }
            throw new TypeConversionException("'" + value + "' is not one of " + String.join(", ", this));
        }
    }
}
