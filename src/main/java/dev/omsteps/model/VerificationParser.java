package dev.omsteps.model;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/** Reads one page of a ListProjectFullVerifyResult answer (PascalCase or camelCase). */
public final class VerificationParser {

    public VerificationPage parse(JsonNode root) {
        Fields top = new Fields(root);
        Fields data = top.object("Data");
        List<TableVerification> tables = new ArrayList<>();
        for (JsonNode n : data.array("FullVerifyTableStatistics")) {
            if (n.isObject()) {
                tables.add(table(new Fields(n)));
            }
        }
        return new VerificationPage(data.longValue("DifferentNumber"), tables, top.longValue("TotalCount"),
                top.intValue("PageNumber"), top.intValue("PageSize"), top.text("RequestId"));
    }

    private static TableVerification table(Fields t) {
        Integer progress = t.intValue("Progress");
        return new TableVerification(t.text("SourceSchemaName"), t.text("SourceTableName"), t.text("DestSchemaName"),
                t.text("Status"), t.text("ResultType"), t.text("ResultDesc"),
                progress == null ? null : Math.max(0, Math.min(100, progress)),
                t.longValue("ConsistentCount"), t.longValue("MismatchedCount"), t.longValue("SourceOnlyCount"),
                t.longValue("DestOnlyCount"), t.text("Message"), ErrorDetailList.of(t.array("ErrorDetails")));
    }
}
