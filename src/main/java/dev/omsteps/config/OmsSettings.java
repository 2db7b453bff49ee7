package dev.omsteps.config;

import java.net.URI;

/** A self-hosted OMS: its console URL and, when it asks for one, a user for HTTP Basic auth. */
public record OmsSettings(URI baseUrl, String user, String password) {

    public boolean hasUser() {
        return user != null && !user.isBlank();
    }

    @Override
    public String toString() {
        return "OmsSettings[baseUrl=" + baseUrl + ", user=" + user + (password == null ? "" : ", password=****") + "]";
    }
}
