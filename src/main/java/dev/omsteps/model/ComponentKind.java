package dev.omsteps.model;

import java.util.List;
import java.util.Locale;

/**
 * The lists of a DescribeProjectComponents answer and the steps whose work each kind does, so a
 * watch can name the components behind a step that stalls or fails.
 */
public enum ComponentKind {
    STORE("StoreList", "store", List.of("INCR_LOG_PULL", "TRANSFER_INCR_LOG_PULL", "SYNC_INCR_LOG_PULL", "INCR_TRANSFER", "INCR_SYNC")),
    REVERSE_STORE("ReverseStoreList", "reverse store", List.of("REVERSE_INCR_TRANSFER", "REVERSE_INCR_SYNC")),
    INCR_SYNC("IncrSyncComponents", "incremental sync", List.of("INCR_TRANSFER", "INCR_SYNC", "CONNECTOR_INCR_SYNC")),
    REVERSE_INCR_SYNC("ReverseIncrSyncComponents", "reverse incremental sync", List.of("REVERSE_INCR_TRANSFER", "REVERSE_INCR_SYNC")),
    FULL_IMPORT("FullImportComponents", "full import", List.of("FULL_TRANSFER", "FULL_MIGRATION", "CONNECTOR_FULL_SYNC")),
    FULL_VERIFY("FullVerifyComponents", "full verification", List.of("FULL_VERIFIER", "FULL_VALIDATION"));

    private final String listName;
    private final String title;
    private final List<String> steps;

    ComponentKind(String listName, String title, List<String> steps) {
        this.listName = listName;
        this.title = title;
        this.steps = steps;
    }

    /** The answer's key for this kind's list ({@code StoreList}; self-hosted spells it in camelCase). */
    public String listName() {
        return listName;
    }

    public String title() {
        return title;
    }

    /** Whether components of this kind do the work of the step called {@code stepName}. */
    public boolean serves(String stepName) {
        return stepName != null && steps.contains(stepName.toUpperCase(Locale.ROOT));
    }
}
