package dev.omsteps.model;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads a DescribeProjectComponents answer. Its {@code Data} holds one list per
 * {@link ComponentKind}; stores report {@code EndCheckpoint} and a heartbeat, sync components a
 * {@code Checkpoint} (a UTC time) with the time it was sampled.
 */
public final class ComponentsParser {

    public ProjectComponents parse(String projectId, Instant fetchedAt, JsonNode root) {
        Fields top = new Fields(root);
        Fields data = top.object("Data");
        List<Component> out = new ArrayList<>();
        for (ComponentKind kind : ComponentKind.values()) {
            for (JsonNode n : data.array(kind.listName())) {
                if (n.isObject()) {
                    out.add(component(kind, new Fields(n)));
                }
            }
        }
        return new ProjectComponents(projectId, fetchedAt, top.text("RequestId"), out);
    }

    private static Component component(ComponentKind kind, Fields c) {
        List<ErrorDetail> errors = new ArrayList<>(ErrorDetailList.of(c.array("ErrorDetails")));
        String errMsg = c.text("ErrMsg");
        if (errMsg != null && errors.stream().noneMatch(e -> errMsg.equals(e.message()))) {
            errors.add(new ErrorDetail(null, null, errMsg, Map.of(), Map.of(), null, null));
        }
        Instant checkpoint = c.has("Checkpoint") ? c.instant("Checkpoint") : c.instant("EndCheckpoint");
        Integer progress = c.intValue("Progress");
        return new Component(kind, c.text("Name"), c.text("Ip"), c.text("Region"), c.text("Status"),
                c.longValue("Delay"), c.longValue("Tps"), checkpoint, c.instant("CheckpointSampleTimestamp"),
                c.instant("LatelyHeartbeatTimeSec"), progress == null ? null : Math.max(0, Math.min(100, progress)), errors);
    }
}
