package dev.omsteps.model;

import java.util.Map;

/** Human names for the step names of both worlds (OceanBase Cloud and self-hosted OMS). */
public final class StepNames {

    private static final Map<String, String> TITLES = Map.ofEntries(
            Map.entry("PRE_CHECK", "Pre-check"),
            Map.entry("TRANSFER_PRECHECK", "Pre-check"),
            Map.entry("PREPARE", "Preparation"),
            Map.entry("SYNC_PREPARE", "Preparation"),
            Map.entry("TRANSFER_PREPARE", "Preparation"),
            Map.entry("STRUCT_TRANSFER", "Schema migration"),
            Map.entry("STRUCT_MIGRATION", "Schema migration"),
            Map.entry("STRUCT_SYNC", "Schema synchronization"),
            Map.entry("INDEX_MIGRATION", "Index migration"),
            Map.entry("INDEX_TRANSFER", "Index migration"),
            Map.entry("FULL_MIGRATION", "Full migration"),
            Map.entry("FULL_TRANSFER", "Full migration"),
            Map.entry("FULL_VALIDATION", "Full verification"),
            Map.entry("FULL_VERIFIER", "Full verification"),
            Map.entry("INCR_LOG_PULL", "Incremental log pull"),
            Map.entry("TRANSFER_INCR_LOG_PULL", "Incremental log pull"),
            Map.entry("SYNC_INCR_LOG_PULL", "Incremental log pull"),
            Map.entry("INCR_SYNC", "Incremental sync"),
            Map.entry("INCR_TRANSFER", "Incremental sync"),
            Map.entry("INCR_VERIFIER", "Incremental verification"),
            Map.entry("APP_SWITCH", "Forward switchover"),
            Map.entry("TRANSFER_APP_SWITCH", "Forward switchover"),
            Map.entry("REVERSE_INCR_SYNC", "Reverse incremental sync"),
            Map.entry("REVERSE_INCR_TRANSFER", "Reverse incremental sync"),
            Map.entry("CONNECTOR_FULL_SYNC", "Full sync"),
            Map.entry("CONNECTOR_INCR_SYNC", "Incremental sync"));

    private StepNames() {
    }

    /** English title for a known name; else the API's description; else the raw name. */
    public static String title(Step step) {
        String t = step.name() == null ? null : TITLES.get(step.name().strip().toUpperCase(java.util.Locale.ROOT));
        if (t != null) {
            return t;
        }
        if (step.description() != null) {
            return step.description();
        }
        return step.name() != null ? step.name() : "step " + step.order();
    }

    /** Every step name omsteps knows, and each English title without spaces or dashes ({@code FullMigration}). */
    public static java.util.SortedSet<String> references() {
        java.util.SortedSet<String> refs = new java.util.TreeSet<>(TITLES.keySet());
        for (String title : TITLES.values()) {
            StringBuilder camel = new StringBuilder();
            for (String word : title.split("[\\s-]+")) {
                camel.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
            }
            refs.add(camel.toString());
        }
        return refs;
    }

    public static boolean isKnown(String name) {
        return name != null && TITLES.containsKey(name.strip().toUpperCase(java.util.Locale.ROOT));
    }

    /** Steps whose progress is a row copy or comparison, where an ETA makes sense. */
    public static boolean isBulkCopy(String name) {
        if (name == null) {
            return false;
        }
        String n = name.toUpperCase(java.util.Locale.ROOT);
        return n.startsWith("FULL_") || n.equals("CONNECTOR_FULL_SYNC");
    }

    /** The forward switchover, the cutover a person starts once the target has caught up. */
    public static boolean isForwardSwitchover(String name) {
        if (name == null) {
            return false;
        }
        String n = name.strip().toUpperCase(java.util.Locale.ROOT);
        return n.equals("TRANSFER_APP_SWITCH") || n.equals("APP_SWITCH");
    }

    /** Incremental replication steps, where lag is the figure that matters. */
    public static boolean isIncremental(String name) {
        if (name == null) {
            return false;
        }
        String n = name.toUpperCase(java.util.Locale.ROOT);
        return n.equals("INCR_TRANSFER") || n.equals("INCR_SYNC") || n.equals("CONNECTOR_INCR_SYNC")
                || n.equals("REVERSE_INCR_TRANSFER") || n.equals("REVERSE_INCR_SYNC");
    }
}
