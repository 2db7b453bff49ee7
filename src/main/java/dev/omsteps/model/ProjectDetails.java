package dev.omsteps.model;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The facts of a DescribeProject answer that help a person reading the steps: who the project is,
 * how important, where data flows, which phases are enabled, whether an alarm is raised, and the
 * schemas it maps (which ListProjectFullVerifyResult asks for). Absent facts are null.
 *
 * @param enabledPhases phase name ({@code structTransfer}, {@code fullTransfer}, {@code fullVerify},
 *                      {@code incrTransfer}, {@code incrVerify}, {@code reverseIncrTransfer}) to
 *                      whether it is enabled, in that order, only those the answer gave
 * @param alarming      {@code AlarmStats.Alarming}
 * @param alarmContent  {@code AlarmStats.AlarmContent}
 */
public record ProjectDetails(
        String id,
        String name,
        String type,
        String status,
        String importance,
        String owner,
        List<String> labels,
        String sourceEndpointType,
        String sinkEndpointType,
        Instant createdAt,
        Instant startedAt,
        Instant finishedAt,
        Map<String, Boolean> enabledPhases,
        Boolean alarming,
        String alarmContent,
        Integer recentAlarmCount,
        List<SchemaMapping> schemas) {

    public ProjectDetails {
        labels = labels == null ? List.of() : List.copyOf(labels);
        enabledPhases = enabledPhases == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(enabledPhases));
        schemas = schemas == null ? List.of() : List.copyOf(schemas);
    }

    public List<String> sourceSchemas() {
        return schemas.stream().map(SchemaMapping::source).distinct().toList();
    }

    public List<String> targetSchemas() {
        return schemas.stream().map(SchemaMapping::target).distinct().toList();
    }

    /** The enabled phases, by their names, in order. */
    public List<String> enabled() {
        List<String> out = new ArrayList<>();
        enabledPhases.forEach((k, v) -> {
            if (Boolean.TRUE.equals(v)) {
                out.add(k);
            }
        });
        return out;
    }
}
