package dev.omsteps.sim;

import dev.omsteps.sim.scenario.Scenario;
import dev.omsteps.sim.scenario.ScenarioCatalog;
import dev.omsteps.sim.scenario.Switchovers;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The simulator's stand-in for the OMS console's "start switchover" button: a switchover waits until someone
 * starts it here ({@code POST /simulator/switchover?project=…}), or, for unattended runs, starts by itself
 * {@code auto} after it began to wait.
 */
final class SwitchoverControl implements Switchovers {

    /** What became of a request to start a switchover. */
    enum Result { STARTED, ALREADY_STARTED, NOT_WAITING_YET, NO_SWITCHOVER, UNKNOWN_PROJECT }

    private final ScenarioCatalog catalog;
    private final Duration auto;
    private final Map<String, Duration> started = new ConcurrentHashMap<>();

    /** @param auto how long after it began to wait a switchover starts by itself; null: only when asked */
    SwitchoverControl(ScenarioCatalog catalog, Duration auto) {
        this.catalog = catalog;
        this.auto = auto;
    }

    @Override
    public Optional<Duration> startedAt(String projectId, Duration waitingSince) {
        Duration byHand = started.get(projectId);
        Duration byItself = auto == null ? null : waitingSince.plus(auto);
        if (byHand == null || byItself != null && byItself.compareTo(byHand) < 0) {
            return Optional.ofNullable(byItself);
        }
        return Optional.of(byHand);
    }

    /** Starts the switchover of {@code projectId} at simulated time {@code now}, if it is waiting. */
    Result start(String projectId, Duration now) {
        Optional<Scenario> s = catalog.find(projectId);
        if (s.isEmpty()) {
            return Result.UNKNOWN_PROJECT;
        }
        Optional<Duration> waitsFrom = s.get().switchoverWaitsFrom();
        if (waitsFrom.isEmpty()) {
            return Result.NO_SWITCHOVER;
        }
        if (now.compareTo(waitsFrom.get()) < 0) {
            return Result.NOT_WAITING_YET;
        }
        Optional<Duration> before = startedAt(projectId, waitsFrom.get());
        if (before.isPresent() && before.get().compareTo(now) <= 0) {
            return Result.ALREADY_STARTED;
        }
        started.putIfAbsent(projectId, now);
        return Result.STARTED;
    }
}
