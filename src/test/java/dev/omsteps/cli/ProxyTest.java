package dev.omsteps.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.omsteps.config.ConfigException;
import dev.omsteps.config.ProxySettings;
import dev.omsteps.testing.CliRun;
import dev.omsteps.testing.ConnectProxy;
import dev.omsteps.testing.Fixtures;
import java.net.InetAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import okhttp3.tls.HandshakeCertificates;
import okhttp3.tls.HeldCertificate;
import okio.Buffer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * HTTPS through a CONNECT proxy on loopback, as behind a corporate proxy: the proxy tunnels the cloud's real host
 * name to a local HTTPS server, so nothing is resolved and nothing leaves the machine.
 */
class ProxyTest {

    static final String HOST = "oceanbasepro.cn-hangzhou.aliyuncs.com";
    static final String PASSWORD = "pr0xy-s3cret";

    @TempDir
    Path home;

    private MockWebServer server;
    private Path caPem;

    @BeforeEach
    void start() throws Exception {
        HeldCertificate ca = new HeldCertificate.Builder().certificateAuthority(0).commonName("omsteps test CA").build();
        HeldCertificate leaf = new HeldCertificate.Builder().addSubjectAlternativeName(HOST).signedBy(ca).build();
        server = new MockWebServer();
        server.useHttps(new HandshakeCertificates.Builder().heldCertificate(leaf, ca.certificate()).build().sslSocketFactory());
        server.start(InetAddress.getByName("127.0.0.1"), 0);
        caPem = home.resolve("ca.pem");
        Files.writeString(caPem, ca.certificatePem());
    }

    @AfterEach
    void stop() throws Exception {
        server.close();
    }

    private CliRun cli() {
        return new CliRun(home).credentials("AK", "SK");
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void httpsProxyWithCredentialsIsUsedAndItsPasswordNeverShown() throws Exception {
        try (ConnectProxy proxy = new ConnectProxy(server.getPort(), basic("alice", PASSWORD))) {
            server.enqueue(new MockResponse.Builder().body(new Buffer().write(Fixtures.docExample())).build());
            CliRun.Result r = cli().env("HTTPS_PROXY", "http://alice:" + PASSWORD + "@127.0.0.1:" + proxy.port())
                    .run("steps", "np_4w3a5b6c", "--ca-cert", caPem.toString(), "--debug");
            assertEquals(0, r.exitCode(), r.stderr());
            assertTrue(r.stdout().contains("Pre-check"), r.stdout());
            assertTrue(proxy.heads().stream().anyMatch(h -> h.startsWith("CONNECT " + HOST + ":443 ")), proxy.heads().toString());
            assertTrue(r.stderr().contains("proxy http://alice:****@127.0.0.1:" + proxy.port()), r.stderr());
            assertFalse(r.all().contains(PASSWORD), "the proxy password is masked in --debug");
        }
    }

    @Test
    void theProxyOptionWinsAndLowercaseVariablesCount() throws Exception {
        try (ConnectProxy proxy = new ConnectProxy(server.getPort(), null)) {
            server.enqueue(new MockResponse.Builder().body(new Buffer().write(Fixtures.docExample())).build());
            CliRun.Result r = cli().env("https_proxy", "http://127.0.0.1:1")
                    .run("steps", "np_4w3a5b6c", "--ca-cert", caPem.toString(), "--proxy", "127.0.0.1:" + proxy.port());
            assertEquals(0, r.exitCode(), r.stderr());
            assertEquals(1, proxy.heads().size());

            server.enqueue(new MockResponse.Builder().body(new Buffer().write(Fixtures.docExample())).build());
            CliRun.Result viaLowercase = cli().env("https_proxy", "http://127.0.0.1:" + proxy.port())
                    .env("HTTPS_PROXY", "http://127.0.0.1:1").run("steps", "np_4w3a5b6c", "--ca-cert", caPem.toString());
            assertEquals(0, viaLowercase.exitCode(), viaLowercase.stderr());
            assertEquals(2, proxy.heads().size());
        }
    }

    @Test
    void aRefusedPasswordIsOneLineWithoutTheSecret() throws Exception {
        try (ConnectProxy proxy = new ConnectProxy(server.getPort(), basic("alice", "the-right-one"))) {
            CliRun.Result r = cli().run("steps", "np_4w3a5b6c", "--ca-cert", caPem.toString(),
                    "--proxy", "http://alice:" + PASSWORD + "@127.0.0.1:" + proxy.port());
            assertEquals(3, r.exitCode(), r.stderr());
            assertEquals(1, r.stderr().lines().count(), r.stderr());
            assertTrue(r.stderr().contains("proxy"), r.stderr());
            assertFalse(r.all().contains(PASSWORD), r.all());
        }
    }

    @Test
    void badProxyUrlsAreUsageErrorsWithoutTheSecret() {
        CliRun.Result r = cli().run("steps", "np_4w3a5b6c", "--proxy", "socks5://bob:" + PASSWORD + "@127.0.0.1:1080");
        assertEquals(2, r.exitCode(), r.stderr());
        assertTrue(r.stderr().contains("socks5 proxies are not supported"), r.stderr());
        assertFalse(r.all().contains(PASSWORD));
        CliRun.Result junk = cli().env("HTTPS_PROXY", "http://bob:" + PASSWORD + "@[bad").run("steps", "np_4w3a5b6c");
        assertEquals(2, junk.exitCode(), junk.stderr());
        assertFalse(junk.all().contains(PASSWORD), junk.stderr());
    }

    @Test
    void noProxyLoopbackAndSchemeDecide() {
        URI cloud = URI.create("https://" + HOST + "/");
        Map<String, String> env = Map.of("HTTPS_PROXY", "http://proxy.corp:3128", "HTTP_PROXY", "http://plain.corp:8080");
        assertEquals("proxy.corp", ProxySettings.resolve(null, env, cloud).host());
        assertEquals(3128, ProxySettings.resolve(null, env, cloud).port());
        assertEquals("plain.corp", ProxySettings.resolve(null, env, URI.create("http://oms.corp:8089/")).host());
        assertNull(ProxySettings.resolve(null, env, URI.create("http://127.0.0.1:8080/")), "loopback goes direct");
        assertNull(ProxySettings.resolve(null, Map.of(), cloud));
        for (String noProxy : new String[] {"aliyuncs.com", ".aliyuncs.com", "*.aliyuncs.com", "example.com, " + HOST, "*"}) {
            assertNull(ProxySettings.resolve(null, Map.of("HTTPS_PROXY", "http://p:1", "NO_PROXY", noProxy), cloud), noProxy);
            assertNull(ProxySettings.resolve(null, Map.of("https_proxy", "http://p:1", "no_proxy", noProxy), cloud), noProxy);
        }
        assertEquals("p", ProxySettings.resolve(null, Map.of("HTTPS_PROXY", "http://p:1", "NO_PROXY", "liyuncs.com"), cloud).host());
        assertEquals("flag", ProxySettings.resolve("http://flag:1", env, cloud).host());
        assertThrows(ConfigException.class, () -> ProxySettings.resolve("https://p:1", Map.of(), cloud));
        assertEquals("http://u:****@p:8080", ProxySettings.resolve("http://u:p%40ss@p:8080", Map.of(), cloud).toString());
        assertEquals("p@ss", ProxySettings.resolve("http://u:p%40ss@p:8080", Map.of(), cloud).password());
    }
}
