package dev.omsteps.exporter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.omsteps.api.OmsClient;
import dev.omsteps.api.StepsResult;
import dev.omsteps.model.ProjectSummary;
import dev.omsteps.model.Step;
import dev.omsteps.model.StepStatus;
import dev.omsteps.model.TableVerification;
import dev.omsteps.model.VerificationPage;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Verification differences cost a call only when a project's verification step moved, and a bounded few per refresh. */
class VerificationDifferencesTest {

    private static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");
    private final List<String> asked = new ArrayList<>();
    private final OmsClient client = new OmsClient() {
        @Override
        public StepsResult describeProjectSteps(String projectId) {
            throw new UnsupportedOperationException();
        }

        @Override
        public VerificationPage listProjectFullVerifyResult(String projectId, List<String> s, List<String> d, int page, int size) {
            asked.add(projectId);
            return new VerificationPage(7L, List.of(), 0L, 1, size, "R");
        }
    };

    private static ProjectSummary project(String id, String verifierStatus, int progress) {
        Step verifier = new Step(3, "FULL_VERIFIER", null, StepStatus.of(verifierStatus), progress, NOW, null, null, List.of(),
                null, null, Map.of(), null);
        return new ProjectSummary(id, id, "MIGRATION", "RUNNING", null, null, null, null, null, null, List.of(verifier), null, null,
                null, NOW);
    }

    @Test
    void asksOncePerChangeOfTheVerificationStepAndNeverBeforeItStarts() {
        VerificationDifferences v = new VerificationDifferences(client);
        VerificationDifferences.Update first = v.update(List.of(project("np_1", "RUNNING", 40), project("np_2", "INIT", 0)));
        assertEquals(Map.of("np_1", 7L), first.differences());
        assertEquals(1, first.calls());
        assertEquals(0, v.update(List.of(project("np_1", "RUNNING", 40))).calls(), "nothing moved: no call");
        VerificationDifferences.Update moved = v.update(List.of(project("np_1", "RUNNING", 100)));
        assertEquals(1, moved.calls());
        assertEquals(List.of("np_1", "np_1"), asked);
    }

    @Test
    void aRefreshSpendsAtMostItsBudgetAndTheRestComeNextTime() {
        VerificationDifferences v = new VerificationDifferences(client);
        List<ProjectSummary> fleet = IntStream.range(0, 2000).mapToObj(i -> project("np_" + i, "RUNNING", 50)).toList();
        VerificationDifferences.Update u = v.update(fleet);
        assertEquals(VerificationDifferences.MAX_CALLS_PER_REFRESH, u.calls());
        assertEquals(VerificationDifferences.MAX_CALLS_PER_REFRESH, u.differences().size());
        assertEquals(2 * VerificationDifferences.MAX_CALLS_PER_REFRESH, v.update(fleet).differences().size());
    }

    @Test
    void withoutTheServersCountOnlyAWholePageIsSummed() {
        TableVerification differing = new TableVerification("s", "t", "s", "FINISHED", "INCONSISTENT", null, 100, 10L, 3L, 0L, 0L,
                null, List.of());
        assertEquals(3L, VerificationDifferences.differences(new VerificationPage(null, List.of(differing), 1L, 1, 100, "R")));
        assertNull(VerificationDifferences.differences(new VerificationPage(null, List.of(differing), 500L, 1, 100, "R")),
                "a partial page would under-count");
    }
}
