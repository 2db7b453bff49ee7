package dev.omsteps.render;

import dev.omsteps.model.Step;
import dev.omsteps.model.StepNames;
import dev.omsteps.model.StepsSnapshot;
import java.io.PrintWriter;

/** The first, plain table: order, step, status, progress. */
public final class PlainTableRenderer {

    public void render(StepsSnapshot s, PrintWriter out) {
        out.printf("Project %s  ·  %d/%d steps finished%n", s.projectId(), s.finishedCount(), s.steps().size());
        out.printf("%3s  %-26s  %-11s  %s%n", "#", "STEP", "STATUS", "PROGRESS");
        for (Step st : s.steps()) {
            Integer p = st.clampedProgress();
            out.printf("%3d  %-26s  %-11s  %s%n", st.order(), StepNames.title(st), st.status().raw(),
                    p == null ? "" : p + "%");
        }
        out.flush();
    }
}
