package dev.omsteps.exporter;

import dev.omsteps.api.ApiException;
import dev.omsteps.api.OmsClient;
import dev.omsteps.model.ProjectSummary;
import dev.omsteps.model.Step;
import dev.omsteps.model.StepStatus;
import dev.omsteps.model.TableVerification;
import dev.omsteps.model.VerificationPage;
import dev.omsteps.model.VerificationReport;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The differing rows of each project's latest full verification, for the exporter. ListProjects does not carry them,
 * so each takes one ListProjectFullVerifyResult call — only when the project's verification step has moved since the
 * last look (a new status, progress or finish time), and at most {@link #MAX_CALLS_PER_REFRESH} per refresh, so a
 * fleet of 2,000 adds a bounded number of calls and a settled fleet adds none.
 */
public final class VerificationDifferences {

    /** Calls one refresh may spend; the projects left over are looked at on the next refreshes. */
    public static final int MAX_CALLS_PER_REFRESH = 20;

    /** Tables asked for per call: enough to sum them when the server gives no total. */
    static final int PAGE_SIZE = 100;

    private record Known(String stepState, Long differences) {
    }

    /** The differences known per project ID, and the API calls it took to bring them up to date. */
    public record Update(Map<String, Long> differences, int calls) {
    }

    private final OmsClient client;
    private final Map<String, Known> known = new HashMap<>();

    public VerificationDifferences(OmsClient client) {
        this.client = client;
    }

    /**
     * Brings the figures up to date for {@code projects} (projects no longer listed are forgotten).
     */
    public Update update(List<ProjectSummary> projects) {
        int budget = MAX_CALLS_PER_REFRESH;
        Map<String, Known> next = new HashMap<>();
        for (ProjectSummary p : projects) {
            Step verifier = VerificationReport.verifierStepOf(p.steps());
            if (verifier == null || verifier.status().is(StepStatus.Kind.INIT)) {
                continue;
            }
            String state = verifier.status().raw() + ":" + verifier.progress() + ":" + verifier.finishTime();
            Known before = known.get(p.id());
            if (before != null && before.stepState().equals(state)) {
                next.put(p.id(), before);
                continue;
            }
            if (budget == 0) {
                if (before != null) {
                    next.put(p.id(), before);
                }
                continue;
            }
            budget--;
            try {
                next.put(p.id(), new Known(state, differences(client.listProjectFullVerifyResult(p.id(), List.of(), List.of(), 1,
                        PAGE_SIZE))));
            } catch (ApiException | UnsupportedOperationException e) {
                // a refusal for one project (or a deployment without the action) leaves its figure out, not the page
                if (before != null) {
                    next.put(p.id(), before);
                }
            }
        }
        known.clear();
        known.putAll(next);
        Map<String, Long> out = new HashMap<>();
        known.forEach((id, k) -> {
            if (k.differences() != null) {
                out.put(id, k.differences());
            }
        });
        return new Update(out, MAX_CALLS_PER_REFRESH - budget);
    }

    /** The server's own count; else the tables' sum when the page holds every table; else unknown. */
    static Long differences(VerificationPage page) {
        if (page.differentNumber() != null) {
            return Math.max(0, page.differentNumber());
        }
        boolean whole = page.totalCount() != null ? page.tables().size() >= page.totalCount() : page.tables().size() < PAGE_SIZE;
        return whole ? page.tables().stream().mapToLong(TableVerification::differences).sum() : null;
    }
}
