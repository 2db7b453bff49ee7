package dev.omsteps.credentials;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import okhttp3.HttpUrl;
import okhttp3.Request;

/**
 * A credentials URI (mode {@code CredentialsURI}, {@value CredentialEnv#CREDENTIALS_URI}): a GET that
 * answers {@code {"Code": "Success", "AccessKeyId": …, "AccessKeySecret": …, "SecurityToken": …, "Expiration": …}}.
 */
public final class CredentialsUri {

    private final CredentialsHttp http;

    public CredentialsUri(CredentialsHttp http) {
        this.http = http;
    }

    public Credentials fetch(URI uri, String source) {
        HttpUrl url = HttpUrl.parse(uri.toString());
        if (url == null) {
            throw CredentialsException.config("the credentials URI is not an http(s) URL", "check credentials_uri or " + CredentialEnv.CREDENTIALS_URI);
        }
        CredentialsHttp.Answer a = http.send(new Request.Builder().url(url).get().build(), "the credentials URI");
        if (a.status() < 200 || a.status() > 299) {
            throw new CredentialsException(a.status() >= 500 ? CredentialsException.Kind.UNAVAILABLE : CredentialsException.Kind.REFUSED,
                    "the credentials URI answered HTTP " + a.status(), "check the URI and the service behind it");
        }
        JsonNode root = TemporaryCredentialsJson.read(a.body(), "the credentials URI");
        if (!"Success".equals(TemporaryCredentialsJson.text(root, "Code"))) {
            throw new CredentialsException(CredentialsException.Kind.REFUSED,
                    "the credentials URI did not answer Code: Success", "check the service behind the URI");
        }
        return TemporaryCredentialsJson.parse(root, "the credentials URI", source);
    }
}
