package dev.omsteps.sim.scenario;

import java.util.List;
import java.util.Map;

/**
 * What a simulated project moves: one schema (renamed on the target or not), its tables in the order
 * verification takes them, and the tables full verification finds different, with their mismatched rows.
 */
public record MigratedTables(String sourceSchema, String targetSchema, List<String> tables, Map<String, Long> mismatched) {

    static final MigratedTables DEFAULT = new MigratedTables("app", "app",
            List.of("customers", "orders", "order_items", "payments", "coupons", "audit_log"), Map.of());

    public MigratedTables {
        tables = List.copyOf(tables);
        mismatched = Map.copyOf(mismatched);
    }
}
