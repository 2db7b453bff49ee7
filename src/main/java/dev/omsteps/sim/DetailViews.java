package dev.omsteps.sim;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.omsteps.sim.scenario.ErrorDetailView;
import java.util.List;
import java.util.Map;

/**
 * The {@code Data} of the actions that look deeper than the steps, as records the
 * {@link AnswerWriter} writes in the flavour's casing. Field names and types follow the official
 * OceanBasePro SDK models (e.g. a verification {@code Progress} is a string, a sync component's
 * {@code Checkpoint} a UTC time).
 */
final class DetailViews {

    private DetailViews() {
    }

    record Verification(long differentNumber, List<TableResult> fullVerifyTableStatistics) {
    }

    record TableResult(String sourceSchemaName, String sourceTableName, String destSchemaName, String status,
                       String resultType, String resultDesc, String progress, long consistentCount, long mismatchedCount,
                       long sourceOnlyCount, long destOnlyCount, String message, List<ErrorDetailView> errorDetails) {
    }

    record Components(List<Store> storeList, List<Store> reverseStoreList, List<SyncComponent> incrSyncComponents,
                      List<SyncComponent> reverseIncrSyncComponents, List<Worker> fullImportComponents,
                      List<Worker> fullVerifyComponents) {
    }

    record Store(String name, String ip, int port, String region, String topic, String status, long delay, long tps,
                 String beginCheckpoint, String endCheckpoint, long latelyHeartbeatTimeSec, String errMsg,
                 List<ErrorDetailView> errorDetails) {
    }

    record SyncComponent(String name, String identity, String ip, String region, String status, long delay, long tps,
                         String checkpoint, long checkpointSampleTimestamp, List<ErrorDetailView> errorDetails) {
    }

    record Worker(String name, String identity, String ip, String region, String status, int progress,
                  List<ErrorDetailView> errorDetails) {
    }

    record Metrics(String aggregator, Long referenceValue, List<Series> metrics) {
    }

    record Series(String name, Map<String, String> tags, List<Point> dataPoints) {
    }

    record Point(long timestamp, double value) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Project(String id, String name, String type, String status, String importance, String owner,
                   List<Label> labels, String sourceEndpointType, String sinkEndpointType, String gmtCreate,
                   String gmtStart, boolean enableStructTransfer, boolean enableFullTransfer, boolean enableFullVerify,
                   boolean enableIncrTransfer, boolean enableIncrVerify, boolean enableReverseIncrTransfer,
                   AlarmStats alarmStats, TransferMapping transferMapping) {
    }

    record Label(String id, String name) {
    }

    record AlarmStats(boolean alarming, String alarmContent, int recentlyTriggerCount) {
    }

    record TransferMapping(List<Database> databases) {
    }

    record Database(String name, String mappedName, List<Table> tables) {
    }

    record Table(String name, String mappedName) {
    }
}
