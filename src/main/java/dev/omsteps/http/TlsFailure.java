package dev.omsteps.http;

import javax.net.ssl.SSLException;
import javax.net.ssl.SSLPeerUnverifiedException;

/** What a failed TLS handshake most likely means, and what to do about it: the same advice from every client. */
public final class TlsFailure {

    private TlsFailure() {
    }

    /** The certificate was valid but issued for another name. */
    public static boolean nameMismatch(SSLException e) {
        return e instanceof SSLPeerUnverifiedException;
    }

    /** The port answered in plain HTTP. */
    public static boolean plainHttpPort(SSLException e) {
        String m = String.valueOf(e.getMessage());
        return m.contains("plaintext") || m.contains("Unsupported or unrecognized SSL message");
    }

    /** A short reason, without the JDK's class names. */
    public static String describe(SSLException e) {
        String m = String.valueOf(e.getMessage());
        if (nameMismatch(e)) {
            return "the server's certificate is not for that name";
        }
        if (plainHttpPort(e)) {
            return "the port speaks plain HTTP";
        }
        if (m.contains("PKIX") || m.contains("certification path")) {
            return "the server's certificate is not signed by a trusted CA";
        }
        return e.getMessage() == null || e.getMessage().isBlank() ? e.getClass().getSimpleName() : e.getMessage();
    }

    public static String hint(SSLException e) {
        if (nameMismatch(e)) {
            return "the name does not match: use the host name the certificate was issued for in the URL"
                    + " (--ca-cert trusts a CA, it does not change a name)";
        }
        if (plainHttpPort(e)) {
            return "that port speaks plain HTTP, not TLS: use an http:// URL for it";
        }
        return "if the server uses a private CA or a TLS-inspecting proxy is in the way, pass the CA certificate with --ca-cert FILE";
    }
}
