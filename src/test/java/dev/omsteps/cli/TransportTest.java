package dev.omsteps.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.omsteps.config.ConfigException;
import dev.omsteps.config.Endpoints;
import dev.omsteps.testing.CliRun;
import dev.omsteps.testing.Fixtures;
import java.net.InetAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import okhttp3.tls.HandshakeCertificates;
import okhttp3.tls.HeldCertificate;
import okio.Buffer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** HTTPS by default, plain HTTP only to loopback or when insisted on, and private CAs. */
class TransportTest {

    @TempDir
    Path home;

    @Test
    void plainHttpIsRefusedExceptForLoopbackOrWhenAllowed() {
        CliRun.Result r = new CliRun(home).credentials("AK", "SK").run("steps", "np_1", "--endpoint", "http://oms.example.com");
        assertEquals(2, r.exitCode());
        assertTrue(r.stderr().contains("plain HTTP to oms.example.com") && r.stderr().contains("--allow-http"), r.stderr());
        assertNull(Endpoints.checkTransport(URI.create("http://127.0.0.1:1/"), false));
        assertNull(Endpoints.checkTransport(URI.create("http://localhost:1/"), false));
        assertNull(Endpoints.checkTransport(URI.create("http://[::1]:1/"), false));
        assertNull(Endpoints.checkTransport(URI.create("https://oms.example.com/"), false));
        assertTrue(Endpoints.checkTransport(URI.create("http://oms.example.com/"), true).contains("unencrypted"));
        assertThrows(ConfigException.class, () -> Endpoints.checkTransport(URI.create("http://127.0.0.1.example.com/"), false));
        assertTrue(!Endpoints.isLoopback("cafe") && !Endpoints.isLoopback("add"), "hex-letter names are not IP literals");
        assertTrue(Endpoints.isLoopback("127.0.0.2") && Endpoints.isLoopback("::1") && !Endpoints.isLoopback("10.0.0.1"));
    }

    @Test
    void aPrivateCaIsTrustedOnlyWithCaCert() throws Exception {
        HeldCertificate ca = new HeldCertificate.Builder().certificateAuthority(0).commonName("omsteps test CA").build();
        HeldCertificate leaf = new HeldCertificate.Builder().addSubjectAlternativeName("127.0.0.1").signedBy(ca).build();
        HandshakeCertificates serverCerts = new HandshakeCertificates.Builder().heldCertificate(leaf, ca.certificate()).build();
        Path pem = home.resolve("ca.pem");
        Files.writeString(pem, ca.certificatePem());

        try (MockWebServer server = new MockWebServer()) {
            server.useHttps(serverCerts.sslSocketFactory());
            server.start(InetAddress.getByName("127.0.0.1"), 0);
            server.enqueue(new MockResponse.Builder().body(new Buffer().write(Fixtures.docExample())).build());
            CliRun cli = new CliRun(home).credentials("AK", "SK").env("OMSTEPS_ENDPOINT", "https://127.0.0.1:" + server.getPort());

            CliRun.Result untrusted = cli.run("steps", "np_1");
            assertEquals(3, untrusted.exitCode());
            assertTrue(untrusted.stderr().contains("TLS with 127.0.0.1 failed") && untrusted.stderr().contains("--ca-cert"), untrusted.stderr());
            assertTrue(!untrusted.stderr().contains("after"), "a TLS failure is not retried: " + untrusted.stderr());

            CliRun.Result trusted = cli.run("steps", "np_1", "--ca-cert", pem.toString());
            assertEquals(0, trusted.exitCode(), trusted.stderr());
            assertTrue(trusted.stdout().contains("Pre-check"));
        }
        Path junk = home.resolve("junk.pem");
        Files.writeString(junk, "not a certificate");
        assertEquals(2, new CliRun(home).credentials("AK", "SK").run("steps", "np_1", "--ca-cert", junk.toString()).exitCode());
        assertEquals(2, new CliRun(home).credentials("AK", "SK").run("steps", "np_1", "--ca-cert", home.resolve("missing.pem").toString()).exitCode());
    }
}
