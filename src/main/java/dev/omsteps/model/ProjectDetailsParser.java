package dev.omsteps.model;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads the facts omsteps shows from a DescribeProject answer (the rest of its large {@code Data} is ignored). */
public final class ProjectDetailsParser {

    private static final List<String> PHASES = List.of(
            "StructTransfer", "FullTransfer", "FullVerify", "IncrTransfer", "IncrVerify", "ReverseIncrTransfer");

    public ProjectDetails parse(JsonNode root) {
        Fields d = new Fields(root).object("Data");
        Map<String, Boolean> phases = new LinkedHashMap<>();
        for (String phase : PHASES) {
            Boolean on = d.bool("Enable" + phase);
            if (on != null) {
                phases.put(Character.toLowerCase(phase.charAt(0)) + phase.substring(1), on);
            }
        }
        List<String> labels = new ArrayList<>();
        for (JsonNode n : d.array("Labels")) {
            String name = n.isObject() ? new Fields(n).text("Name") : null;
            if (name != null) {
                labels.add(name);
            }
        }
        Fields alarm = d.object("AlarmStats");
        return new ProjectDetails(d.text("Id"), d.text("Name"), d.text("Type"), d.text("Status"), d.text("Importance"),
                d.text("Owner"), labels, d.text("SourceEndpointType"), d.text("SinkEndpointType"), d.instant("GmtCreate"),
                d.instant("GmtStart"), d.instant("GmtFinish"), phases, alarm.bool("Alarming"), alarm.text("AlarmContent"),
                alarm.intValue("RecentlyTriggerCount"), schemas(d.object("TransferMapping")));
    }

    private static List<SchemaMapping> schemas(Fields mapping) {
        List<SchemaMapping> out = new ArrayList<>();
        for (JsonNode n : mapping.array("Databases")) {
            Fields db = new Fields(n);
            String name = db.text("Name");
            if (name != null) {
                String mapped = db.text("MappedName");
                out.add(new SchemaMapping(name, mapped == null ? name : mapped));
            }
        }
        return out;
    }
}
