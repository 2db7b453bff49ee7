package dev.omsteps.sim.scenario;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.SplittableRandom;

/**
 * Two hundred projects in mixed states for ListProjects and the dashboard, the same for the same seed: a few
 * FAILED and SUSPEND-ed, some in full migration (done within a few simulated hours, then monitoring), many in
 * steady MONITORING synchronization (some of them lagging by minutes, some with a full verification that found
 * differences), some FINISHED.
 */
public final class ProjectFleet {

    public static final int SIZE = 200;
    static final int FAILED = 8;
    static final int SUSPENDED = 6;
    static final int MIGRATING = 40;
    static final int FINISHED = 26;
    /** Of the synchronizations (the rest), this many lag by minutes. */
    static final int LAGGING = 15;

    private static final String[] APPS = {"orders", "billing", "users", "inventory", "payments", "analytics", "crm",
        "logs", "catalog", "shipping", "reviews", "search"};
    private static final String[][] ENDPOINTS = {{"MYSQL", "OB_MYSQL"}, {"ORACLE", "OB_ORACLE"}, {"OB_MYSQL", "OB_MYSQL"},
        {"POSTGRESQL", "OB_MYSQL"}, {"OB_MYSQL", "KAFKA"}, {"DB2", "OB_ORACLE"}};

    private ProjectFleet() {
    }

    public static List<Scenario> generate(long seed) {
        return generate(seed, SIZE);
    }

    /** A fleet of {@code size} projects in the same mix of states as the standard {@value #SIZE} (for scale benchmarks). */
    public static List<Scenario> generate(long seed, int size) {
        List<FleetProject.State> states = new ArrayList<>();
        add(states, FleetProject.State.FAILED, FAILED * size / SIZE);
        add(states, FleetProject.State.SUSPENDED, SUSPENDED * size / SIZE);
        add(states, FleetProject.State.MIGRATING, MIGRATING * size / SIZE);
        add(states, FleetProject.State.FINISHED, FINISHED * size / SIZE);
        add(states, FleetProject.State.SYNCING, size - states.size());
        Collections.shuffle(states, new Random(seed));
        SplittableRandom r = new SplittableRandom(seed * 31 + 7);
        List<Scenario> out = new ArrayList<>();
        int laggards = 0;
        for (int i = 0; i < size; i++) {
            FleetProject.State state = states.get(i);
            String[] ends = ENDPOINTS[r.nextInt(ENDPOINTS.length)];
            boolean sync = state == FleetProject.State.SYNCING;
            String name = APPS[r.nextInt(APPS.length)] + "-" + ends[0].toLowerCase(java.util.Locale.ROOT).replace('_', '-')
                    + (sync ? "-sync-" : "-mig-") + String.format(java.util.Locale.ROOT, "%03d", i + 1);
            ProjectFacts facts = new ProjectFacts(name, sync ? "SYNC" : "MIGRATION", ends[0], ends[1],
                    Duration.ofHours(2 + r.nextInt(24 * 60)));
            long rows = 10_000_000L * (1 + r.nextInt(100));
            long rps = 20_000 + 1000L * r.nextInt(80);
            TransferMetrics full = new TransferMetrics(rows, rps + rps / 50, rps, 3 + r.nextInt(5), 100 + r.nextInt(400), i * 7L);
            double doneAtStart = switch (state) {
                // still to go: at most a few hours whatever the size
                case MIGRATING -> Math.max(0.05 + 0.85 * r.nextDouble(), 1 - 4.0 * 3600 / full.duration().toSeconds());
                case FAILED, SUSPENDED -> 0.05 + 0.9 * r.nextDouble();
                // full transfer ended 2 h to 10 days ago: a switchover 31 minutes after it is long over too
                default -> 1 + (7200.0 + r.nextInt(10 * 86_400)) / full.duration().toSeconds();
            };
            long lag = 1 + r.nextInt(8);
            if (sync && laggards < LAGGING) {
                laggards++;
                lag = 90 + r.nextInt(3600);
            }
            out.add(new FleetProject(String.format(java.util.Locale.ROOT, "np_fleet_%03d", i + 1), facts, state, full,
                    doneAtStart, lag, sync && i % VERIFIED_EVERY == VERIFIED_EVERY / 2 ? verification(i) : null));
        }
        return out;
    }

    /**
     * Of the synchronizations, about one in {@value #VERIFIED_EVERY} ran a full verification after full transfer (no
     * random draw: the rest of the fleet is as it was for the same seed); two in three of those found differences.
     */
    static final int VERIFIED_EVERY = 10;

    private static MigratedTables verification(int i) {
        int n = i / VERIFIED_EVERY;
        Map<String, Long> mismatched = switch (n % 3) {
            case 0 -> Map.of();
            case 1 -> Map.of("orders", 5L * (1 + n % 7));
            default -> Map.of("orders", 2L, "payments", 1L + n % 5);
        };
        return new MigratedTables("app", "app", MigratedTables.DEFAULT.tables(), mismatched);
    }

    /**
     * The differing rows each verified project of {@code scenarios} reports once its verification has finished (fleet
     * projects only; the others are left out): what the exporter's verification gauge should show for them.
     */
    public static Map<String, Long> verificationDifferences(List<Scenario> scenarios) {
        Map<String, Long> out = new java.util.TreeMap<>();
        for (Scenario s : scenarios) {
            if (s instanceof FleetProject f && f.differences() != null) {
                out.put(f.projectId(), f.differences());
            }
        }
        return out;
    }

    private static void add(List<FleetProject.State> states, FleetProject.State s, int n) {
        for (int i = 0; i < n; i++) {
            states.add(s);
        }
    }
}
