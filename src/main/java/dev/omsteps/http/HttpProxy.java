package dev.omsteps.http;

/** An HTTP proxy (CONNECT for https), with the Basic credentials it wants, if any. */
public interface HttpProxy {

    String host();

    int port();

    /** Null or empty: the proxy asks for no credentials. */
    String user();

    String password();

    default boolean hasCredentials() {
        return user() != null && !user().isEmpty();
    }
}
