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
            throw dialect.refused(ex.status(), ex.body(), action).withRetryAfter(ex.retryAfter());
        }
        JsonNode root;
        try {
            root = parser.readTree(ex.body());
        } catch (MalformedResponseException e) {
            throw unreadable(e, ex.status(), dialect.notJsonHint());
        }
        if (parser.isFailure(root)) {
            throw dialect.failed(parser.envelopeError(root), parser.requestId(root), subject).withRetryAfter(ex.retryAfter());
        }
        return new Answer(ex.body(), root, receivedAt);
    }

    /** An answer that cannot be read, or holds more than omsteps keeps (then not retried: it would come back the same). */
    static ApiException unreadable(MalformedResponseException e, int status, String hint) {
        if (e.overLimit()) {
            return new ApiException(ApiException.Kind.TOO_LARGE, status, null, e.getMessage(), "check the endpoint", null);
        }
        return new ApiException(ApiException.Kind.BAD_RESPONSE, status, null,
                e.getMessage() + " (starts with: " + e.preview() + ")", hint, null);
    }

    @Override
    public void close() {
        transport.close();
    }
}
