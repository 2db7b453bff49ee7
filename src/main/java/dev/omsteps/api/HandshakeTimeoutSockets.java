package dev.omsteps.api;

import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketException;
import javax.net.SocketFactory;

/**
 * Plain sockets whose first read timeout — the one set before the TLS handshake — is at most
 * {@code handshakeMillis}. okhttp gives the handshake the read timeout, so {@code https://} against a
 * plain-HTTP port (which waits for a request line that never comes) would hang that long; later
 * timeouts (set once the connection is up) pass unchanged.
 */
final class HandshakeTimeoutSockets extends SocketFactory {

    private final int handshakeMillis;

    HandshakeTimeoutSockets(int handshakeMillis) {
        this.handshakeMillis = handshakeMillis;
    }

    @Override
    public Socket createSocket() {
        return new Socket() {
            private boolean first = true;

            @Override
            public synchronized void setSoTimeout(int timeout) throws SocketException {
                super.setSoTimeout(first && (timeout == 0 || timeout > handshakeMillis) ? handshakeMillis : timeout);
                first = false;
            }
        };
    }

    @Override
    public Socket createSocket(String host, int port) {
        throw new UnsupportedOperationException("okhttp connects the sockets itself");
    }

    @Override
    public Socket createSocket(String host, int port, InetAddress localHost, int localPort) {
        throw new UnsupportedOperationException("okhttp connects the sockets itself");
    }

    @Override
    public Socket createSocket(InetAddress host, int port) {
        throw new UnsupportedOperationException("okhttp connects the sockets itself");
    }

    @Override
    public Socket createSocket(InetAddress address, int port, InetAddress localAddress, int localPort) {
        throw new UnsupportedOperationException("okhttp connects the sockets itself");
    }
}
