package dev.omsteps.notify;

import com.fasterxml.jackson.databind.JsonNode;
import dev.omsteps.model.Printable;

/** One line for people (Slack, DingTalk, Feishu) from an event document; webhooks and commands get the document itself. */
final class Message {

    private Message() {
    }

    static String text(JsonNode event) {
        String type = event.path("event").asText();
        String context = event.path("context").asText("");
        String project = Printable.of((context.isEmpty() ? "" : context + "/") + event.path("projectId").asText("?"));
        String line = switch (type) {
            case "project-done" -> project + " " + event.path("outcome").asText().replace('-', ' ')
                    + " — " + event.path("reason").asText("");
            case "alert-fired" -> project + " " + event.path("alert").asText() + " alert (" + event.path("rule").asText() + ") — "
                    + event.path("detail").asText("");
            case "alert-cleared" -> project + " recovered from its " + event.path("alert").asText() + " alert ("
                    + event.path("rule").asText() + ") — " + event.path("detail").asText("");
            default -> project + " " + type;
        };
        return "omsteps: " + Printable.of(line) + " (" + event.path("at").asText("") + ")";
    }
}
