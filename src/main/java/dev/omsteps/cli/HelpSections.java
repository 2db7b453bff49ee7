package dev.omsteps.cli;

/** Headings of the help's closing sections; the man pages turn the same headings into their own sections. */
public final class HelpSections {

    public static final String EXIT_STATUS = "Exit status";
    public static final String ENVIRONMENT = "Environment";
    public static final String FILES = "Files";
    public static final String EXAMPLES = "Examples";

    private HelpSections() {
    }
}
