package dev.omsteps.api;

import com.fasterxml.jackson.databind.JsonNode;
import dev.omsteps.model.MalformedResponseException;
import dev.omsteps.model.ResponseParser;
import java.time.Instant;

/**
 * The one answer path of every dialect: send an action (retrying transient failures), read the JSON,
 * detect a failure and classify it, or hand back the {@link Answer}. The dialect only decides what
 * goes over the wire and what a refused HTTP status means, so a new action is one small method in
 * {@link ApiClient}.
 */
final class ActionCaller implements AutoCloseable {

    private final Dialect dialect;
    private final HttpTransport transport;
    private final ResponseParser parser = new ResponseParser();

    ActionCaller(Dialect dialect, ClientOptions options) {
        this.dialect = dialect;
        this.transport = new HttpTransport(options, "https".equalsIgnoreCase(dialect.endpoint().getScheme()));
    }

    /**
     * One action with retries on transient failures; throws the last {@link ApiException} when no usable
     * answer came. {@code subject} names what was asked about (a project ID) for the not-found message.
     */
    Answer call(String action, Params params, String subject) {
        return transport.withRetries(() -> once(action, params, subject));
    }

    private Answer once(String action, Params params, String subject) {
        HttpTransport.Exchange ex = transport.execute(dialect.request(action, params.asMap()));
        Instant receivedAt = transport.options().clock().instant();
        if (ex.status() < 200 || ex.status() > 299) {
            throw dialect.refused(ex.status(), ex.body(), action);
        }
        JsonNode root;
        try {
            root = parser.readTree(ex.body());
        } catch (MalformedResponseException e) {
            throw new ApiException(ApiException.Kind.BAD_RESPONSE, ex.status(), null,
                    e.getMessage() + " (starts with: " + e.preview() + ")", dialect.notJsonHint(), null);
        }
        if (parser.isFailure(root)) {
            throw dialect.failed(parser.envelopeError(root), parser.requestId(root), subject);
        }
        return new Answer(ex.body(), root, receivedAt);
    }

    @Override
    public void close() {
        transport.close();
    }
}
