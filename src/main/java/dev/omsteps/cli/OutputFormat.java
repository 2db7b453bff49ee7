package dev.omsteps.cli;

import java.util.Locale;

/** Values of {@code -o}; parsed case-insensitively, shown in lower case. */
public enum OutputFormat {
    TABLE, WIDE, JSON, RAW, NDJSON, CSV, HTML, MD;

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
