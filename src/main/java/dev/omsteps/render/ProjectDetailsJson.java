package dev.omsteps.render;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.omsteps.model.Component;
import dev.omsteps.model.ProjectComponents;
import dev.omsteps.model.ProjectDetails;
import dev.omsteps.model.SchemaMapping;
import java.time.Duration;
import java.time.Instant;

/**
 * The {@code project} and {@code components} members that {@code steps -o json} adds to its
 * document when it has them (camelCase, ISO-8601 UTC times, real nulls).
 */
public final class ProjectDetailsJson {

    private final ObjectMapper mapper = new ObjectMapper();
    private final VerificationJson errors = new VerificationJson();

    public ObjectNode project(ProjectDetails d) {
        ObjectNode n = mapper.createObjectNode();
        n.put("id", d.id());
        n.put("name", d.name());
        n.put("type", d.type());
        n.put("status", d.status());
        n.put("importance", d.importance());
        n.put("owner", d.owner());
        ArrayNode labels = n.putArray("labels");
        d.labels().forEach(labels::add);
        n.put("sourceEndpointType", d.sourceEndpointType());
        n.put("sinkEndpointType", d.sinkEndpointType());
        n.put("createdAt", JsonRenderer.time(d.createdAt()));
        n.put("startedAt", JsonRenderer.time(d.startedAt()));
        n.put("finishedAt", JsonRenderer.time(d.finishedAt()));
        ObjectNode phases = n.putObject("enabledPhases");
        d.enabledPhases().forEach(phases::put);
        ObjectNode alarm = n.putObject("alarm");
        alarm.put("alarming", d.alarming());
        alarm.put("content", d.alarmContent());
        alarm.put("recentlyTriggered", d.recentAlarmCount());
        ArrayNode schemas = n.putArray("schemas");
        for (SchemaMapping m : d.schemas()) {
            schemas.addObject().put("source", m.source()).put("target", m.target());
        }
        return n;
    }

    public ArrayNode components(ProjectComponents pc, Instant now) {
        ArrayNode a = mapper.createArrayNode();
        for (Component c : pc.components()) {
            ObjectNode n = a.addObject();
            n.put("kind", c.kind().name());
            n.put("name", c.name());
            n.put("ip", c.ip());
            n.put("region", c.region());
            n.put("status", c.status());
            n.put("inTrouble", c.isInTrouble());
            n.put("delaySeconds", c.delaySeconds());
            n.put("tps", c.tps());
            n.put("progress", c.progress());
            n.put("checkpoint", JsonRenderer.time(c.checkpoint()));
            n.put("checkpointSampledAt", JsonRenderer.time(c.checkpointSampledAt()));
            n.put("heartbeatAt", JsonRenderer.time(c.heartbeatAt()));
            n.put("heartbeatAgeSeconds", seconds(c.heartbeatAge(now)));
            n.set("errors", errors.errors(c.errors()));
        }
        return a;
    }

    private static Long seconds(Duration d) {
        return d == null ? null : d.toSeconds();
    }
}
