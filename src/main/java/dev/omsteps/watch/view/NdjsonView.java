package dev.omsteps.watch.view;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.omsteps.api.ApiException;
import dev.omsteps.model.Component;
import dev.omsteps.model.StepsSnapshot;
import dev.omsteps.watch.AlertEvent;
import dev.omsteps.watch.Outcome;
import dev.omsteps.watch.StepChange;
import dev.omsteps.watch.TrendTracker;
import dev.omsteps.watch.WatchListener;
import java.io.PrintWriter;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code -o ndjson}: one JSON object per line ({@link EventJson} has their shape) — a {@code snapshot}
 * per project first, then {@code step-changed}, {@code poll-error}, {@code context-gave-up}, {@code alert-fired},
 * {@code alert-cleared}, {@code project-done}, and a final {@code done}. The {@code done} line is the last
 * whatever ends the watch: {@link #endedBy} writes it for a signal or an error, and nothing is written after it.
 */
public final class NdjsonView implements WatchListener {

    private final PrintWriter out;
    private final EventJson events = new EventJson();
    private final Set<String> seen = java.util.concurrent.ConcurrentHashMap.newKeySet();
    private final Map<String, Integer> ended = new java.util.concurrent.ConcurrentHashMap<>();
    /** Lines are written whole, one at a time: a shutdown hook may write the last one while a poll writes. */
    private final java.util.concurrent.locks.ReentrantLock lock = new java.util.concurrent.locks.ReentrantLock();
    private boolean done;

    public NdjsonView(PrintWriter out) {
        this.out = out;
    }

    private void emit(ObjectNode n) {
        lock.lock();
        try {
            if (done) {
                return;
            }
            done = "done".equals(n.path("event").asText());
            out.println(events.line(n));
            out.flush();
        } finally {
            lock.unlock();
        }
    }

    /**
     * The final {@code done} line when the watch ends otherwise than by its loop (a signal, an error):
     * {@code outcome} names why, {@code exitCode} is the process's; each project keeps the exit code it
     * ended with, or takes this one. Nothing when the line was written already, or when the writer is
     * busy past a second (a reader that stopped reading must not keep the process from exiting).
     */
    public void endedBy(String outcome, int exitCode, Instant at) {
        try {
            if (!lock.tryLock(1, java.util.concurrent.TimeUnit.SECONDS)) {
                return;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        try {
            java.util.TreeMap<String, Integer> all = new java.util.TreeMap<>(ended);
            seen.forEach(id -> all.putIfAbsent(id, exitCode));
            emit(events.endedBy(outcome, exitCode, all, at));
        } finally {
            lock.unlock();
        }
    }

    @Override
    public void onSnapshot(String projectId, StepsSnapshot s, List<StepChange> changes, TrendTracker trend) {
        if (seen.add(projectId)) {
            emit(events.snapshot(projectId, s));
        }
        for (StepChange c : changes) {
            emit(events.stepChanged(projectId, s, c));
        }
    }

    @Override
    public void onPollError(String projectId, ApiException e, int consecutive, boolean willRetry, Instant at) {
        emit(events.pollError(projectId, e, consecutive, willRetry, at));
    }

    @Override
    public void onContextGaveUp(String context, ApiException e, Instant at) {
        emit(events.contextGaveUp(context, e, at));
    }

    @Override
    public void onAlert(AlertEvent alert) {
        emit(events.alert(alert));
    }

    @Override
    public void onComponents(String projectId, String stepName, String reason, List<Component> parts, Instant at) {
        emit(events.components(projectId, stepName, reason, parts, at));
    }

    @Override
    public void onProjectDone(String projectId, Outcome outcome, String reason, Instant at) {
        ended.put(projectId, outcome.exitCode());
        emit(events.projectDone(projectId, outcome, reason, at));
    }

    @Override
    public void onDone(Outcome outcome, Map<String, Outcome> perProject, Instant at) {
        emit(events.done(outcome, perProject, at));
    }
}
