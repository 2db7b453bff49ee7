package dev.omsteps.render;

import dev.omsteps.model.ErrorDetail;
import dev.omsteps.model.TableVerification;
import dev.omsteps.model.VerificationReport;
import dev.omsteps.model.VerificationVerdict;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * {@code omsteps verify}: a heading, one row per table — worst first, as the report orders them —
 * the messages of tables that differ or failed, and the verdict. Pure. When the rows are wider
 * than the options' width, columns give way in this order: CONSISTENT, TARGET, PROGRESS, then the
 * three row counts become one DIFFERENT column (their sum), then the TABLE column is cut down to
 * {@value #MIN_TABLE} columns; what is still too wide is cut at the edge.
 */
public final class VerificationRenderer {

    static final int MIN_TABLE = 16;
    private static final List<String> DROP_ORDER = List.of("CONSISTENT", "TARGET", "PROGRESS");
    private static final String INDENT = "   ";
    private static final String HANGING = "     ";

    public List<String> lines(VerificationReport r, RenderOptions o) {
        Glyphs g = o.glyphs();
        List<Text> out = new ArrayList<>();
        out.add(heading(r, o));
        if (!r.tables().isEmpty()) {
            out.addAll(fit(columns(r), r, o.width()).lines(g).stream().map(t -> t.truncate(o.width(), g.ellipsis())).toList());
            out.addAll(messages(r, o));
        }
        out.addAll(DisplayWidth.wrap(verdictText(r), o.width(), "", INDENT).stream()
                .map(l -> Text.of(l, verdictStyle(r.verdict()))).toList());
        return out.stream().map(t -> t.render(o.color()).stripTrailing()).toList();
    }

    private static Text heading(VerificationReport r, RenderOptions o) {
        Glyphs g = o.glyphs();
        List<Text> parts = new ArrayList<>();
        parts.add(Text.of("Full verification of " + (r.projectId() == null ? "?" : r.projectId()), Style.BOLD));
        parts.add(Text.of(r.tables().size() + (r.tables().size() == 1 ? " table" : " tables")));
        long different = r.count(TableVerification.Standing.DIFFERENT);
        long unfinished = r.count(TableVerification.Standing.UNFINISHED);
        if (different > 0) {
            parts.add(Text.of(different + " with differences", Style.RED_BOLD));
        }
        if (unfinished > 0) {
            parts.add(Text.of(unfinished + " not finished", Style.CYAN));
        }
        if (r.verifierStep() != null) {
            Integer p = r.verifierStep().clampedProgress();
            parts.add(Text.of("step " + r.verifierStep().status().raw() + (p == null ? "" : " " + p + "%")));
        }
        if (r.differentNumber() != null) {
            parts.add(Text.of(r.differentNumber() + " differing " + (r.differentNumber() == 1 ? "row" : "rows")));
        }
        return Text.joinWithin(parts, " " + g.separator() + " ", o.width(), g.ellipsis());
    }

    private static Columns columns(VerificationReport r) {
        List<Text> table = new ArrayList<>();
        List<Text> target = new ArrayList<>();
        List<Text> result = new ArrayList<>();
        List<Text> mismatched = new ArrayList<>();
        List<Text> sourceOnly = new ArrayList<>();
        List<Text> targetOnly = new ArrayList<>();
        List<Text> consistent = new ArrayList<>();
        List<Text> progress = new ArrayList<>();
        boolean renamed = false;
        for (TableVerification t : r.tables()) {
            table.add(Text.of(t.sourceName()));
            target.add(Text.of(t.destSchema() == null ? "" : t.destSchema()));
            renamed |= t.destSchema() != null && !Objects.equals(t.destSchema(), t.sourceSchema());
            result.add(Text.of(resultWord(t), standingStyle(t.standing())));
            mismatched.add(count(t.mismatchedCount(), true));
            sourceOnly.add(count(t.sourceOnlyCount(), true));
            targetOnly.add(count(t.destOnlyCount(), true));
            consistent.add(count(t.consistentCount(), false));
            progress.add(t.progress() == null ? Text.EMPTY : Text.of(t.progress() + "%"));
        }
        List<Column> cols = new ArrayList<>();
        cols.add(Column.left("TABLE", table));
        if (renamed) {
            cols.add(Column.left("TARGET", target));
        }
        cols.add(Column.left("RESULT", result));
        cols.add(Column.right("MISMATCHED", mismatched, 0));
        cols.add(Column.right("SOURCE ONLY", sourceOnly, 0));
        cols.add(Column.right("TARGET ONLY", targetOnly, 0));
        cols.add(Column.right("CONSISTENT", consistent, 0));
        cols.add(Column.right("PROGRESS", progress, 0));
        return new Columns(cols);
    }

    /** The three row counts as one column of their sum, for narrow outputs. */
    private static Columns summed(Columns c, VerificationReport r) {
        List<Text> different = new ArrayList<>();
        for (TableVerification t : r.tables()) {
            boolean counted = t.mismatchedCount() != null || t.sourceOnlyCount() != null || t.destOnlyCount() != null;
            different.add(counted ? count(t.differences(), true) : Text.EMPTY);
        }
        List<Column> cols = new ArrayList<>();
        for (Column col : c.columns()) {
            if (col.header().equals("MISMATCHED")) {
                cols.add(Column.right("DIFFERENT", different, 0));
            } else if (!col.header().equals("SOURCE ONLY") && !col.header().equals("TARGET ONLY")) {
                cols.add(col);
            }
        }
        return new Columns(cols);
    }

    private static Columns fit(Columns c, VerificationReport r, int width) {
        for (String header : DROP_ORDER) {
            if (c.width() <= width) {
                return c;
            }
            if (c.has(header)) {
                c = c.without(header);
            }
        }
        if (c.width() > width) {
            c = summed(c, r);
        }
        if (c.width() > width) {
            int room = Math.max(MIN_TABLE, c.get("TABLE").width() - (c.width() - width));
            c = c.map("TABLE", col -> col.capped(room));
        }
        return c;
    }

    /** The result type as written; while the table runs, its status (RUNNING, SUSPEND, ERROR). */
    private static String resultWord(TableVerification t) {
        if (t.resultType() == null || (!t.isFinished() && !"RUNNING".equalsIgnoreCase(t.status()) && t.status() != null)) {
            return t.status() == null ? "?" : t.status();
        }
        return t.resultType();
    }

    private static Text count(Long n, boolean highlight) {
        if (n == null) {
            return Text.EMPTY;
        }
        return Text.of(HumanUnits.rows(n), highlight && n > 0 ? Style.RED_BOLD : Style.PLAIN);
    }

    private static List<Text> messages(VerificationReport r, RenderOptions o) {
        List<Text> out = new ArrayList<>();
        for (TableVerification t : r.tables()) {
            if (t.standing() != TableVerification.Standing.DIFFERENT) {
                continue;
            }
            List<String> texts = new ArrayList<>();
            addDistinct(texts, t.resultDesc());
            addDistinct(texts, t.message());
            for (ErrorDetail e : t.errors()) {
                String tag = e.code() == null ? "" : "[" + e.code() + "] ";
                addDistinct(texts, e.filledMessage() == null ? (e.code() == null ? null : e.code()) : tag + e.filledMessage());
            }
            if (texts.isEmpty()) {
                continue;
            }
            String first = o.glyphs().failed() + " " + t.sourceName() + ": ";
            for (String s : texts) {
                DisplayWidth.wrap(first + s, o.width(), "", HANGING).forEach(l -> out.add(Text.of(l)));
                first = INDENT;
            }
        }
        return out;
    }

    private static void addDistinct(List<String> texts, String s) {
        if (s != null && !s.isBlank() && !texts.contains(s)) {
            texts.add(s);
        }
    }

    static String verdictText(VerificationReport r) {
        return switch (r.verdict()) {
            case CONSISTENT -> "CONSISTENT: " + r.reason() + " (ready for cutover as far as verification goes)";
            case DIFFERENCES -> "DIFFERENCES: " + r.reason() + " (not ready for cutover)";
            case NOT_FINISHED -> "NOT FINISHED: " + r.reason();
        };
    }

    private static Style verdictStyle(VerificationVerdict v) {
        return switch (v) {
            case CONSISTENT -> Style.GREEN;
            case DIFFERENCES -> Style.RED_BOLD;
            case NOT_FINISHED -> Style.YELLOW;
        };
    }

    private static Style standingStyle(TableVerification.Standing s) {
        return switch (s) {
            case DIFFERENT -> Style.RED_BOLD;
            case UNFINISHED -> Style.CYAN;
            case CLEAN -> Style.GREEN;
        };
    }
}
