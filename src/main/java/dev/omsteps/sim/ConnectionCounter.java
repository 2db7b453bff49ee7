package dev.omsteps.sim;

import java.net.InetSocketAddress;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Counts the TCP connections clients opened. {@code HttpServer} has no hook for a new connection, but every
 * exchange knows its remote address, and each connection from a client has its own source port: distinct
 * {@code address:port} pairs are distinct connections. (The OS reuses a source port only after the old
 * connection's TIME_WAIT, minutes later, so within one benchmark this counts exactly.)
 */
final class ConnectionCounter {

    private final Set<String> seen = ConcurrentHashMap.newKeySet();

    void saw(InetSocketAddress remote) {
        if (remote != null) {
            seen.add(remote.getAddress().getHostAddress() + ":" + remote.getPort());
        }
    }

    long count() {
        return seen.size();
    }
}
