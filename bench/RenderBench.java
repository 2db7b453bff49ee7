import dev.omsteps.model.ResponseParser;
import dev.omsteps.model.StepsSnapshot;
import dev.omsteps.render.JsonRenderer;
import dev.omsteps.render.RenderOptions;
import dev.omsteps.render.TableRenderer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

/**
 * Rendering cost: a 200-step snapshot (every kind of step, metrics, errors, CJK descriptions)
 * rendered as the table at 200 columns with colour, and as the JSON document, in a plain loop
 * after a warm-up. Prints microseconds per call.
 */
public class RenderBench {

    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
        Instant now = Instant.parse("2026-11-25T10:00:00Z");
        StepsSnapshot s = new ResponseParser().parseSteps("np_bench", now, body().getBytes(StandardCharsets.UTF_8));
        TableRenderer table = new TableRenderer();
        RenderOptions options = new RenderOptions(200, true, true, false, now);
        JsonRenderer json = new JsonRenderer();
        long sink = 0;
        for (int i = 0; i < rounds; i++) {
            sink += table.lines(s, options).size();
            sink += json.document(s).size();
        }
        long t0 = System.nanoTime();
        for (int i = 0; i < rounds; i++) {
            sink += table.lines(s, options).size();
        }
        long t1 = System.nanoTime();
        for (int i = 0; i < rounds; i++) {
            sink += json.document(s).toString().length();
        }
        long t2 = System.nanoTime();
        System.out.printf("render table 200 steps: %.1f us/call%n", (t1 - t0) / 1000.0 / rounds);
        System.out.printf("render json  200 steps: %.1f us/call%n", (t2 - t1) / 1000.0 / rounds);
        System.out.println("(checksum " + sink + ")");
    }

    static String body() {
        String[] names = {"PRE_CHECK", "STRUCT_TRANSFER", "FULL_TRANSFER", "FULL_VERIFIER", "INCR_LOG_PULL", "INCR_TRANSFER",
            "TRANSFER_APP_SWITCH", "CONNECTOR_FULL_SYNC", "MYSTERY_STEP"};
        String[] statuses = {"FINISHED", "RUNNING", "MONITORING", "FAILED", "SUSPEND", "INIT", "PAUSING"};
        StringBuilder sb = new StringBuilder("{\"Success\":true,\"RequestId\":\"bench\",\"Data\":[");
        for (int i = 1; i <= 200; i++) {
            String name = names[i % names.length];
            String status = statuses[i % statuses.length];
            sb.append(i > 1 ? "," : "").append("{\"Order\":").append(i).append(",\"Name\":\"").append(name)
                    .append("\",\"Description\":\"步骤").append(i).append("\",\"Status\":\"").append(status)
                    .append("\",\"Progress\":").append(i % 101)
                    .append(",\"StartTime\":\"2026-11-25T0").append(i % 10).append(":00:00\"")
                    .append(",\"StepInfo\":{\"processedRecords\":").append(i * 10_000_000L)
                    .append(",\"capacity\":2000000000,\"srcRps\":").append(4000 + i).append(",\"srcRpsRef\":6000,\"dstRps\":")
                    .append(3000 + i).append(",\"dstRpsRef\":6000,\"dstRt\":3,\"dstRtRef\":2,\"dstIops\":5242880")
                    .append(",\"incrTimestampCheckpoint\":1764064790,\"checkpointSampleTimestamp\":1764064800}");
            if (status.equals("FAILED")) {
                sb.append(",\"ExtraInfo\":{\"ErrorDetails\":[{\"Code\":\"CM-X\",\"Level\":\"ERROR\",\"Message\":\"Table {t} failed\","
                        + "\"ExtraContext\":{\"t\":\"orders\"},\"Proposal\":\"Retry\"}],\"ErrorMsg\":\"boom\"}");
            }
            sb.append('}');
        }
        return sb.append("]}").toString();
    }
}
