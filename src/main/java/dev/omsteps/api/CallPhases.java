package dev.omsteps.api;

import java.net.InetSocketAddress;
import java.net.Proxy;
import okhttp3.Call;
import okhttp3.Connection;
import okhttp3.EventListener;
import okhttp3.Handshake;

/**
 * How far one request got, carried as the request's tag: whether it went out on a connection taken
 * from the pool (a server may have closed that one meanwhile) and whether a TLS handshake was under
 * way when it failed (a plain-HTTP port never answers one).
 */
final class CallPhases {

    private volatile boolean acquired;
    private volatile boolean connected;
    private volatile boolean handshakeStarted;
    private volatile boolean handshakeDone;
    private volatile boolean answerStarted;

    /**
     * It went out on a pooled connection, not one it opened itself, and nothing of an answer came back: what a
     * connection the server had closed meanwhile looks like (an answer cut short is another failure).
     */
    boolean failedOnStaleConnection() {
        return acquired && !connected && !answerStarted;
    }

    boolean inHandshake() {
        return handshakeStarted && !handshakeDone;
    }

    /** The one listener of a client: it records into the tag of each call's request. */
    static final EventListener LISTENER = new EventListener() {
        @Override
        public void connectStart(Call call, InetSocketAddress address, Proxy proxy) {
            of(call).connected = true;
        }

        @Override
        public void secureConnectStart(Call call) {
            of(call).handshakeStarted = true;
        }

        @Override
        public void secureConnectEnd(Call call, Handshake handshake) {
            of(call).handshakeDone = true;
        }

        @Override
        public void responseHeadersStart(Call call) {
            of(call).answerStarted = true;
        }

        @Override
        public void connectionAcquired(Call call, Connection connection) {
            of(call).acquired = true;
        }
    };

    private static CallPhases of(Call call) {
        CallPhases p = call.request().tag(CallPhases.class);
        return p != null ? p : new CallPhases();
    }
}
