package dev.omsteps.notify;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.omsteps.http.BoundedBody;
import dev.omsteps.http.Network;
import dev.omsteps.http.Redirect;
import dev.omsteps.http.SafeHttp;
import dev.omsteps.http.TlsFailure;
import dev.omsteps.model.Printable;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import javax.net.ssl.SSLException;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/**
 * Posts to webhooks. 5xx, 429 and network errors may pass on a later try; other statuses do not. The
 * chats answer 200 with an error code in the body when they refuse (DingTalk {@code errcode}, Feishu
 * {@code code}, e.g. a bad signature or a missing keyword), which is a failure that retrying will not mend.
 */
final class HttpSender implements Sender {

    /** A chat's answer is a few bytes of JSON; more is not read. */
    static final long MAX_ANSWER = 64 * 1024;

    private final OkHttpClient http;
    private final Clock clock;
    private final ObjectMapper json = new ObjectMapper();

    HttpSender(Duration timeout, Clock clock) {
        this(timeout, clock, Network.DIRECT);
    }

    /** Through the proxy the API client would use for each webhook's URL, trusting the same extra CAs. */
    HttpSender(Duration timeout, Clock clock, Network network) {
        this.http = SafeHttp.builder(timeout, timeout, timeout, network, true).build();
        this.clock = clock;
    }

    @Override
    public void send(NotifyTarget target, JsonNode event, String line) throws DeliveryFailure {
        Payloads.Post post = Payloads.of(target, event, line, clock.instant());
        Request request = new Request.Builder().url(post.url().toString())
                .header("User-Agent", "omsteps")
                .post(RequestBody.create(post.body(), MediaType.get(post.contentType()))).build();
        try (Response response = http.newCall(request).execute()) {
            int code = response.code();
            if (Redirect.is(code)) {
                // never followed: the event (and a signed URL's token) would go to whoever the Location names
                throw new DeliveryFailure(target.scrub(Redirect.describe(response)) + ", not followed", false);
            }
            String body = new String(BoundedBody.read(response.body(), MAX_ANSWER), StandardCharsets.UTF_8);
            if (code >= 500 || code == 429) {
                throw new DeliveryFailure("HTTP " + code, true);
            }
            if (code < 200 || code >= 300) {
                throw new DeliveryFailure("HTTP " + code + " " + brief(target, body), false);
            }
            refusedInBody(target, body);
        } catch (BoundedBody.TooLarge e) {
            throw new DeliveryFailure("answered with more than " + BoundedBody.size(MAX_ANSWER), false);
        } catch (InterruptedIOException e) {
            throw new DeliveryFailure("timed out", true);
        } catch (SSLException e) {
            // another try meets the same certificate
            throw new DeliveryFailure("TLS failed: " + TlsFailure.describe(e) + " — " + TlsFailure.hint(e), false);
        } catch (IOException e) {
            throw new DeliveryFailure(target.scrub(Printable.of(String.valueOf(e.getMessage()))), true);
        }
    }

    private void refusedInBody(NotifyTarget target, String body) throws DeliveryFailure {
        if (target.kind() != NotifyTarget.Kind.DINGTALK && target.kind() != NotifyTarget.Kind.FEISHU) {
            return;
        }
        JsonNode n;
        try {
            n = json.readTree(body);
        } catch (IOException notJson) {
            return;
        }
        JsonNode code = n.has("errcode") ? n.get("errcode") : n.has("code") ? n.get("code") : n.get("StatusCode");
        if (code != null && code.asLong(0) != 0) {
            String msg = n.has("errmsg") ? n.get("errmsg").asText() : n.path("msg").asText(n.path("StatusMessage").asText(""));
            throw new DeliveryFailure("refused (" + code.asText() + ") " + brief(target, msg), false);
        }
    }

    private static String brief(NotifyTarget target, String text) {
        String t = target.scrub(Printable.of(text == null ? "" : text.strip()));
        return t.length() > 200 ? t.substring(0, 200) + "…" : t;
    }
}
