package dev.omsteps.sim;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.net.ssl.SSLContext;
import okhttp3.tls.HandshakeCertificates;
import okhttp3.tls.HeldCertificate;

/**
 * A throwaway certificate authority and a server certificate for 127.0.0.1, made in memory, so that the simulator can
 * serve HTTPS on loopback: the class-data training and the benchmarks then take the TLS path a real endpoint takes
 * (trust store, handshake), with the client trusting the CA through {@code --ca-cert}.
 */
public final class LoopbackTls {

    private final HeldCertificate authority;
    private final HeldCertificate server;

    public LoopbackTls() {
        authority = new HeldCertificate.Builder().certificateAuthority(0).commonName("omsteps loopback test CA").build();
        server = new HeldCertificate.Builder().signedBy(authority).commonName("127.0.0.1")
                .addSubjectAlternativeName("127.0.0.1").addSubjectAlternativeName("localhost").build();
    }

    /** For {@link Simulator#start(SSLContext)}. */
    public SSLContext serverContext() {
        return new HandshakeCertificates.Builder().heldCertificate(server, authority.certificate()).build().sslContext();
    }

    /** Writes the CA certificate as PEM, for {@code --ca-cert}. */
    public void writeAuthorityPem(Path file) throws IOException {
        Files.writeString(file, authority.certificatePem(), StandardCharsets.US_ASCII);
    }
}
