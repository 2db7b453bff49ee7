package dev.omsteps.config;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Locale;

/** Facts about an endpoint URL that decide what omsteps allows against it. */
public final class Endpoints {

    private Endpoints() {
    }

    /** localhost, 127.0.0.0/8 or ::1 — never resolves a name other than localhost. */
    public static boolean isLoopback(String host) {
        if (host == null) {
            return false;
        }
        String h = host.replace("[", "").replace("]", "");
        if (h.equalsIgnoreCase("localhost")) {
            return true;
        }
        // IP literals only (a dotted quad, or IPv6 with colons): a name such as "cafe" is never looked up
        if (!h.matches("[0-9]+(\\.[0-9]+){3}|[0-9a-fA-F]*:[0-9a-fA-F:.]*")) {
            return false;
        }
        try {
            return InetAddress.getByName(h).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    public static boolean isPlainHttp(URI endpoint) {
        return "http".equals(endpoint.getScheme().toLowerCase(Locale.ROOT));
    }

    /**
     * Plain HTTP would carry signed requests and answers unencrypted: allowed against loopback
     * (the simulator), elsewhere only when asked for. Returns a warning to print, or null.
     */
    public static String checkTransport(URI endpoint, boolean allowHttp) {
        if (!isPlainHttp(endpoint) || isLoopback(endpoint.getHost())) {
            return null;
        }
        if (!allowHttp) {
            throw new ConfigException("plain HTTP to " + endpoint.getHost() + " would send requests unencrypted",
                    "use an https:// endpoint, or add --allow-http if you really mean it");
        }
        return "omsteps: warning: talking plain HTTP to " + endpoint.getHost() + " — requests and answers travel unencrypted";
    }

    /** {@code https://user:password@host} → {@code https://****@host}, anywhere in a text that is about to be shown. */
    public static String withoutUserInfo(String text) {
        return text == null ? null : text.replaceAll("(?i)([a-z][a-z0-9+.-]*://)[^/@\\s'\"]*@", "$1****@");
    }
}
