package dev.omsteps.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.omsteps.api.ApiClient;
import dev.omsteps.api.ApiException;
import dev.omsteps.api.ClientOptions;
import dev.omsteps.config.CloudSettings;
import dev.omsteps.credentials.Credentials;
import dev.omsteps.credentials.StaticCredentials;
import dev.omsteps.config.OmsSettings;
import dev.omsteps.model.Component;
import dev.omsteps.model.ComponentKind;
import dev.omsteps.model.MetricHistory;
import dev.omsteps.model.MetricQuery;
import dev.omsteps.model.ProjectComponents;
import dev.omsteps.model.ProjectDetails;
import dev.omsteps.model.TableVerification;
import dev.omsteps.model.VerificationPage;
import dev.omsteps.model.VerificationReport;
import dev.omsteps.model.VerificationVerdict;
import dev.omsteps.sim.scenario.FullMigrationScenario;
import dev.omsteps.sim.scenario.SteadySyncScenario;
import dev.omsteps.sim.scenario.VerifyDifferencesScenario;
import dev.omsteps.testing.FakeClock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The four deeper actions, through omsteps' own client, against the simulator in both flavours. */
class DetailActionsAgainstSimulatorTest {

    static final Instant START = Instant.parse("2026-11-25T10:00:00Z");
    private Simulator sim;

    @AfterEach
    void stop() {
        if (sim != null) {
            sim.close();
        }
    }

    private ApiClient client(Flavour flavour) throws Exception {
        sim = new Simulator(SimulatorOptions.defaults().withClock(new FakeClock(START)), flavour);
        sim.start();
        ClientOptions options = ClientOptions.defaults();
        if (flavour == Flavour.CLOUD) {
            return ApiClient.cloud(new CloudSettings(sim.endpoint(), "cn-hangzhou", new StaticCredentials(new Credentials(
                    SimulatorCredentials.DEMO_ACCESS_KEY_ID, SimulatorCredentials.DEMO_ACCESS_KEY_SECRET, null, "test"))),
                    options, "omsteps-test");
        }
        String[] user = Simulator.selfHostedDemoUser();
        return ApiClient.selfHosted(new OmsSettings(sim.endpoint(), user[0], user[1]), options, "omsteps-test");
    }

    @ParameterizedTest
    @EnumSource(Flavour.class)
    void verificationWithTwoDifferentTablesListsThemFirst(Flavour flavour) throws Exception {
        try (ApiClient c = client(flavour)) {
            String id = VerifyDifferencesScenario.ID;
            ProjectDetails d = c.describeProject(id);
            assertEquals(List.of("shop"), d.sourceSchemas());
            assertEquals(List.of("shop_ob"), d.targetSchemas());
            VerificationPage first = c.listProjectFullVerifyResult(id, d.sourceSchemas(), d.targetSchemas(), 1, 3);
            assertEquals(5L, first.totalCount());
            assertEquals(3, first.tables().size());
            assertTrue(first.hasMoreAfter(3, 3));
            VerificationPage second = c.listProjectFullVerifyResult(id, d.sourceSchemas(), d.targetSchemas(), 2, 3);
            assertEquals(2, second.tables().size());
            List<TableVerification> all = new java.util.ArrayList<>(first.tables());
            all.addAll(second.tables());
            VerificationReport r = new VerificationReport(id, START, first.differentNumber(), all,
                    VerificationReport.verifierStepOf(c.describeProjectSteps(id).snapshot().steps()));
            assertEquals(VerificationVerdict.DIFFERENCES, r.verdict());
            assertEquals(List.of("orders", "payments"), r.tables().subList(0, 2).stream().map(TableVerification::sourceTable).toList());
            assertEquals(15L, r.differentNumber());
            assertTrue(c.listProjectFullVerifyResult(id, List.of("other"), List.of(), 1, 10).tables().isEmpty(),
                    "a schema the project does not map has no results");
        }
    }

    @ParameterizedTest
    @EnumSource(Flavour.class)
    void componentsAndLagHistoryOfASteadySync(Flavour flavour) throws Exception {
        try (ApiClient c = client(flavour)) {
            ProjectComponents pc = c.describeProjectComponents(SteadySyncScenario.ID);
            assertEquals(List.of(ComponentKind.STORE, ComponentKind.INCR_SYNC, ComponentKind.FULL_IMPORT),
                    pc.components().stream().map(Component::kind).toList());
            Component sync = pc.serving("INCR_TRANSFER").get(1);
            assertEquals("RUNNING", sync.status());
            assertFalse(sync.isInTrouble());
            assertTrue(sync.delaySeconds() >= 1 && sync.delaySeconds() <= 7, "lag " + sync.delaySeconds());

            MetricQuery q = new MetricQuery(SteadySyncScenario.ID, "INCR_TRANSFER", "DELAY", "AVG",
                    START.minus(Duration.ofHours(6)), START, 72);
            MetricHistory h = c.describeProjectStepMetric(q);
            assertEquals(72, h.main().points().size());
            assertTrue(h.main().max().getAsDouble() <= 7);
            assertEquals(START, h.main().points().get(71).time());
        }
    }

    @ParameterizedTest
    @EnumSource(Flavour.class)
    void aWindowShorterThanAnHourIsRefusedAsTheApiDoes(Flavour flavour) throws Exception {
        try (ApiClient c = client(flavour)) {
            MetricQuery q = new MetricQuery(FullMigrationScenario.ID, "FULL_TRANSFER", "RPS", "AVG",
                    START.minusSeconds(600), START, 60);
            ApiException e = assertThrows(ApiException.class, () -> c.describeProjectStepMetric(q));
            assertTrue(e.getMessage().contains("at least one hour"), e.getMessage());
            ApiException missing = assertThrows(ApiException.class, () -> c.describeProject("np_nobody"));
            assertEquals(ApiException.Kind.NOT_FOUND, missing.kind());
        }
    }
}
