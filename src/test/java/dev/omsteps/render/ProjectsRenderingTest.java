package dev.omsteps.render;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.omsteps.model.ProjectSummary;
import dev.omsteps.model.Step;
import dev.omsteps.model.StepStatus;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The project list and the dashboard never draw a line wider than they are given, CJK names included. */
class ProjectsRenderingTest {

    static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");

    static ProjectSummary project(String id, String name, String status, int progress, Long lag) {
        Step step = new Step(3, "FULL_TRANSFER", "全量迁移", StepStatus.of(status), progress, NOW.minusSeconds(3600), null,
                null, List.of(), null, null, Map.of(), null);
        return new ProjectSummary(id, name, "MIGRATION", status, "POSTGRESQL", "OB_ORACLE", NOW, NOW, null, null,
                List.of(step), "FULL_TRANSFER", progress, lag, NOW);
    }

    static final List<ProjectSummary> PROJECTS = List.of(
            project("np_4w3a5b6c", "订单库迁移-华东一区-生产环境-第二批次", "RUNNING", 62, null),
            project("np_x", "orders-postgresql-migration-with-a-very-long-name-indeed", "FAILED", 40, null),
            project("np_y", null, "UNHEARD_OF_STATUS", 0, 4000L));

    static String plain(String s) {
        return s.replaceAll("\u001b\\[[0-9;?]*[A-Za-z]", "");
    }

    @ParameterizedTest
    @ValueSource(ints = {30, 40, 60, 80, 100, 120, 200})
    void neverWiderThanTheWidth(int width) {
        for (boolean unicode : List.of(true, false)) {
            RenderOptions o = new RenderOptions(width, true, unicode, false, NOW);
            List<String> lines = new java.util.ArrayList<>(new ProjectsTableRenderer().lines(PROJECTS, o));
            lines.addAll(new DashboardRenderer().lines(PROJECTS, o));
            lines.add(new DashboardRenderer().summary(PROJECTS, o));
            for (String l : lines) {
                assertTrue(DisplayWidth.of(plain(l)) <= width, width + ": " + plain(l));
            }
        }
    }
}
