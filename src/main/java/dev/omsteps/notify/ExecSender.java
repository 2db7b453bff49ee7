package dev.omsteps.notify;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs {@code exec:CMD} through {@code sh -c} with the event's JSON line on standard input; a non-zero exit or the timeout is a failure. */
final class ExecSender implements Sender {

    private final Duration timeout;

    ExecSender(Duration timeout) {
        this.timeout = timeout;
    }

    @Override
    public void send(NotifyTarget target, JsonNode event, String line) throws DeliveryFailure, InterruptedException {
        Process p;
        try {
            p = new ProcessBuilder(List.of("sh", "-c", target.command()))
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
        } catch (IOException e) {
            throw new DeliveryFailure("cannot start sh", false);
        }
        try (OutputStream in = p.getOutputStream()) {
            in.write((line + "\n").getBytes(StandardCharsets.UTF_8));
        } catch (IOException closedEarly) {
            // the command need not read its input
        }
        if (!p.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            p.destroyForcibly();
            throw new DeliveryFailure("still running after " + timeout.toSeconds() + "s", true);
        }
        if (p.exitValue() != 0) {
            throw new DeliveryFailure("exit " + p.exitValue(), true);
        }
    }
}
