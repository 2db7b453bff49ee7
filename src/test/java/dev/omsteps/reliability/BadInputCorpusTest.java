package dev.omsteps.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.omsteps.testing.CliRun;
import dev.omsteps.testing.LoopbackServer;
import dev.omsteps.testing.FakeClock;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.stream.Stream;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okio.Buffer;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Bad inputs — on the command line, in the credential and config files, and in what a server answers — each with the
 * result a user should get: a clean one-line {@code omsteps: <what> — <what to do>} with its documented exit code, or,
 * where only the API's own data is odd, a tolerant rendering. Never a stack trace, never a hang.
 */
class BadInputCorpusTest {

    private static final String STEP = "{\"Order\":1,\"Name\":\"FULL_TRANSFER\",\"Description\":\"全量迁移\","
            + "\"Status\":\"RUNNING\",\"Progress\":40}";

    /**
     * One bad input. {@code files} go under the home directory; {@code answer} is what the mock API serves to every
     * request (null: no server needed); {@code {url}} in {@code args} becomes the server's URL. An expected exit 0 is a
     * tolerant rendering whose stdout contains {@code expect}; any other exit is an error whose single stderr line
     * contains it.
     */
    record Case(String name, Map<String, byte[]> files, Map<String, String> env, Supplier<MockResponse> answer,
                List<String> args, int exit, String expect) {
        @Override
        public String toString() {
            return name;
        }
    }

    @TempDir
    Path home;
    @LoopbackServer
    private MockWebServer server;
    private final FakeClock clock = new FakeClock(CliRun.DEFAULT_NOW);

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    @Timeout(value = 20, unit = TimeUnit.SECONDS)
    void cleanResultForEveryBadInput(Case c) throws Exception {
        for (Map.Entry<String, byte[]> f : c.files().entrySet()) {
            Path p = home.resolve(f.getKey());
            Files.createDirectories(p.getParent());
            Files.write(p, f.getValue());
        }
        if (c.answer() != null) {
            server.setDispatcher(new Dispatcher() {
                @Override
                public MockResponse dispatch(RecordedRequest request) {
                    return c.answer().get();
                }
            });
        }
        String url = "http://127.0.0.1:" + server.getPort();
        CliRun cli = new CliRun(home).clock(clock).sleeper(clock.sleeper());
        c.env().forEach(cli::env);
        CliRun.Result r = cli.run(c.args().stream().map(a -> a.replace("{url}", url)).toArray(String[]::new));

        String all = r.all();
        boolean debug = c.args().contains("--debug"); // asks for the HTTP trace and stack traces (indented by tabs)
        assertTrue(debug || !(all.contains("Exception") || all.contains("\tat ")), "no stack trace:\n" + all);
        assertEquals(c.exit(), r.exitCode(), all);
        // whatever a server or a file says, nothing reaches the terminal that could move the cursor or retitle it
        assertTrue(all.chars().noneMatch(ch -> ch < 0x20 && ch != '\n' && !(debug && ch == '\t') || ch == 0x7f || ch >= 0x80 && ch < 0xa0
                        || ch >= 0x202a && ch <= 0x202e || ch >= 0x2066 && ch <= 0x2069),
                "a control character in the output:\n" + all.replace("\u001b", "<ESC>"));
        if (c.args().contains("watch") && c.answer() != null) {
            // a watch reports on stdout, one line per event, ending with the outcome and its exit code;
            // when it gives up on an API error it also says so as the usual one line on stderr
            assertTrue(r.stdout().contains(c.expect()), "stdout lacks '" + c.expect() + "':\n" + r.stdout());
            assertTrue(r.stdout().strip().endsWith("(exit " + c.exit() + ")"), r.stdout());
            if (c.exit() == 3) {
                assertTrue(r.stderr().matches("omsteps: watch gave up: \\S.* — \\S.*\\n"), r.stderr());
            } else {
                assertEquals("", r.stderr());
            }
        } else if (c.exit() == 0) {
            assertEquals("", r.stderr());
            assertTrue(r.stdout().contains(c.expect()), "stdout lacks '" + c.expect() + "':\n" + r.stdout());
        } else {
            List<String> lines = r.stderr().lines().toList();
            assertTrue(debug || lines.size() == 1, "exactly one line on stderr:\n" + r.stderr());
            String line = lines.get(lines.size() - 1);
            assertTrue(line.matches("omsteps: \\S.* — \\S.*"), "omsteps: <what> — <what to do>: " + line);
            assertTrue(line.length() < 400, "a readable line, not a dump: " + line.length() + " characters");
            assertTrue(line.contains(c.expect()), "stderr lacks '" + c.expect() + "': " + line);
            assertEquals("", r.stdout(), "nothing half-printed on stdout");
        }
    }

    @org.junit.jupiter.params.provider.ValueSource(booleans = {true, false})
    @ParameterizedTest(name = "chunked: {0}")
    @Timeout(value = 20, unit = TimeUnit.SECONDS)
    void anOversizedAnswerIsReadOnceNotRetried(boolean chunked) {
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                return chunked ? new MockResponse.Builder().code(200).chunkedBody(new Buffer().write(huge()), 1 << 20).build()
                        : ok(new Buffer().write(huge()));
            }
        });
        CliRun.Result r = new CliRun(home).clock(clock).sleeper(clock.sleeper()).env("ALIBABA_CLOUD_ACCESS_KEY_ID", "A")
                .env("ALIBABA_CLOUD_ACCESS_KEY_SECRET", "B").run("steps", "--endpoint", "http://127.0.0.1:" + server.getPort(), "np_1");
        assertEquals(3, r.exitCode(), r.all());
        assertTrue(r.stderr().contains("larger than 16 MiB"), r.stderr());
        assertEquals(1, server.getRequestCount(), "the same request would bring the same 16 MiB and more");
    }

    static Stream<Case> corpus() {
        List<Case> all = new ArrayList<>();
        all.addAll(projectIds());
        all.addAll(flags());
        all.addAll(files());
        all.addAll(endpoints());
        all.addAll(bodies());
        return all.stream();
    }

    // --- project IDs: refused before any request, exit 2 -------------------------------------------------------------

    static List<Case> projectIds() {
        return List.of(
                cloud("project ID empty", 2, "the project ID is empty", "steps", ""),
                cloud("project ID only spaces", 2, "the project ID is empty", "steps", "   "),
                cloud("project ID of 10k characters", 2, "is not a project ID", "steps", "np_" + "x".repeat(10_000)),
                cloud("project ID non-ASCII", 2, "is not a project ID", "steps", "np_迁移项目"),
                cloud("project ID with shell metacharacters", 2, "is not a project ID", "steps", "np_1; rm -rf / #"),
                cloud("project ID with command substitution", 2, "is not a project ID", "steps", "$(reboot)`id`"),
                cloud("project ID with a newline and escape", 2, "is not a project ID", "steps", "np_1\n\u001b[2Jnp_2"),
                cloud("watch: one bad ID among good ones", 2, "is not a project ID", "watch", "np_1", "np_2|tee"));
    }

    // --- flags and their values: picocli or our checks, exit 2 --------------------------------------------------------

    static List<Case> flags() {
        return List.of(
                cloud("unknown flag", 2, "Unknown option: '--bogus'", "steps", "np_1", "--bogus"),
                cloud("unknown output format", 2, "'yaml' is not one of table, wide, json, raw", "steps", "np_1", "-o", "yaml"),
                cloud("ndjson for steps", 2, "-o ndjson is for watch", "steps", "np_1", "-o", "ndjson"),
                cloud("missing project ID", 2, "Missing required parameter", "steps"),
                cloud("interval not a duration", 2, "--interval", "watch", "np_1", "--interval", "banana"),
                cloud("interval negative", 2, "--interval", "watch", "np_1", "--interval", "-5s"),
                cloud("max-errors zero", 2, "--max-errors must be at least 1", "watch", "np_1", "--max-errors", "0"),
                cloud("max-errors not a number", 2, "--max-errors", "watch", "np_1", "--max-errors", "many"),
                cloud("until not a condition", 2, "--until", "watch", "np_1", "--until", "FULL_TRANSFER~done"),
                cloud("colour mode unknown", 2, "--color", "--color", "sometimes", "steps", "np_1"),
                cloud("unknown command", 2, "Unmatched argument", "stepz", "np_1"),
                cloud("secret flag without its ID", 2, "must be given together", "steps", "--access-key-secret", "s3", "np_1"));
    }

    // --- credential and config files: exit 2 ---------------------------------------------------------------------------

    static List<Case> files() {
        String aliyun = ".aliyun/config.json";
        String ini = ".alibabacloud/credentials.ini";
        String yaml = ".config/omsteps/config.yaml";
        return List.of(
                file("config.json not JSON", aliyun, "{\"current\": \"default\", \"profiles\": [", 2, "is not valid JSON"),
                file("config.json binary garbage", aliyun, "\u0000\u00ff\ufffe{{", 2, "is not valid JSON"),
                file("config.json profiles of wrong type", aliyun, "{\"current\":7,\"profiles\":\"none\"}", 2,
                        "no Alibaba Cloud credentials found"),
                file("config.json unsupported mode", aliyun, "{\"current\":\"p\",\"profiles\":[{\"name\":\"p\",\"mode\":\"CloudSSO\"}]}",
                        2, "uses mode CloudSSO"),
                file("config.json incomplete role profile", aliyun, "{\"current\":\"p\",\"profiles\":[{\"name\":\"p\",\"mode\":\"RamRoleArn\"}]}",
                        2, "has no access_key_id"),
                file("credentials.ini line without =", ini, "[default]\naccess_key_id LTAI\n", 2, "line 2 is neither"),
                file("credentials.ini key before any section", ini, "access_key_id = LTAI\n", 2, "line 1 is neither"),
                new Case("credentials.ini not UTF-8", Map.of(ini, new byte[] {'[', 'd', ']', '\n', (byte) 0xC3, (byte) 0x28, '=', '1'}),
                        Map.of(), null, List.of("steps", "np_1"), 2, "cannot read"),
                new Case("missing profile", Map.of(ini, bytes("[default]\naccess_key_id = A\naccess_key_secret = B\n")),
                        Map.of(), null, List.of("steps", "--profile", "nope", "np_1"), 2, "profile 'nope' was not found"),
                file("contexts YAML syntax", yaml, "contexts:\n  prod: {profile: [\n", 2, "fix its YAML syntax"),
                file("contexts YAML unknown setting", yaml, "contexts:\n  prod:\n    profil: prod\ncurrent-context: prod\n", 2,
                        "unknown setting 'profil'"),
                file("contexts YAML wrong type", yaml, "contexts: [1, 2]\n", 2, "config.yaml"),
                file("contexts YAML current context missing", yaml, "current-context: gone\ncontexts:\n  prod: {region: cn-hangzhou}\n",
                        2, "context 'gone' is not in"));
    }

    // --- endpoints: exit 2 when malformed, 3 when nothing answers ------------------------------------------------------

    static List<Case> endpoints() {
        return List.of(
                endpoint("endpoint with a bad scheme", "ftp://example.com", 2, "is not a valid URL"),
                endpoint("endpoint without a host", "https://", 2, "is not a valid URL"),
                endpoint("endpoint with spaces", "https://oms example.com", 2, "is not a valid URL"),
                endpoint("endpoint with a bad port", "https://example.com:99999", 2, "is not a valid URL"),
                endpoint("endpoint with port 0", "https://example.com:0", 2, "is not a valid URL"),
                endpoint("endpoint plain HTTP to a remote host", "http://192.0.2.1", 2, "plain HTTP"),
                endpoint("self-hosted OMS URL not a URL", null, 2, "is not a valid URL", "steps", "--oms-url", "oms:://x", "np_1"),
                cloud("region not a region ID", 2, "is not a region ID", "steps", "--region", "CN HANGZHOU!", "np_1"),
                new Case("endpoint where nothing listens", Map.of(), creds(), null,
                        List.of("steps", "--endpoint", "http://127.0.0.1:" + closedPort(), "np_1"), 3, "could not talk to 127.0.0.1"));
    }

    // --- answers: unreadable → exit 3; readable but odd → tolerant, exit 0 --------------------------------------------

    static List<Case> bodies() {
        return List.of(
                body("body plain text", 3, "not valid JSON", () -> ok("hello, world")),
                body("body an HTML login page", 3, "a proxy or load balancer may be answering",
                        () -> ok("<html><body><form>Login</form></body></html>")),
                body("body empty", 3, "(empty body)", () -> ok("")),
                body("body a JSON array", 3, "not a JSON object", () -> ok("[1,2,3]")),
                body("body JSON null", 3, "not a JSON object", () -> ok("null")),
                body("body cut mid-document", 3, "not valid JSON", () -> ok("{\"Success\":true,\"Data\":[{\"Order\":1,")),
                body("body not UTF-8", 3, "not valid JSON", () -> new MockResponse.Builder().code(200)
                        .body(new Buffer().write(new byte[] {'{', '"', (byte) 0xFF, (byte) 0xFE, '"', ':', '1', '}'})).build()),
                body("body nested 100,000 deep", 3, "not valid JSON", () -> ok("[".repeat(100_000))),
                body("body nested 100 deep inside a step", 3, "not valid JSON",
                        () -> ok("{\"Data\":[{\"StepInfo\":" + "{\"a\":".repeat(100) + "1" + "}".repeat(100) + "}]}")),
                body("body 20 MiB with Content-Length", 3, "larger than 16 MiB", () -> ok(new Buffer().write(huge()))),
                body("body 20 MiB chunked", 3, "larger than 16 MiB",
                        () -> new MockResponse.Builder().code(200).chunkedBody(new Buffer().write(huge()), 1 << 20).build()),
                body("body a number 100 digits long", 3, "not valid JSON",
                        () -> ok("{\"Data\":[{\"Progress\":" + "9".repeat(100) + "}]}")),
                body("body Success false without detail", 3, "OMS answered with an error", () -> ok("{\"Success\":false}")),
                body("body HTTP 404 HTML", 3, "HTTP 404", () -> new MockResponse.Builder().code(404)
                        .addHeader("Content-Type", "text/html").body("<h1>Not Found</h1>").build()),
                body("body text with terminal escapes", 3, "not valid JSON", () -> ok("\u001b]0;pwned\u0007\u001b[2J\u009b31m oops")),
                body("gateway error message with escapes and newlines", 3, "InvalidParameter",
                        () -> new MockResponse.Builder().code(400).addHeader("Content-Type", "application/json")
                                .body("{\"Code\":\"InvalidParameter\",\"Message\":\"bad\\n\\u001b[31mred\\u0007\",\"Recommend\":\"fix\\u001b[0m it\"}").build()),
                body("application error with escapes", 3, "OMS answered with an error",
                        () -> ok("{\"Success\":false,\"ErrorDetail\":{\"Code\":\"CM-X\",\"Message\":\"a\\u001b[2Jb\",\"Proposal\":\"p\\u0007q\"}}")),
                body("step fields with escapes", 0, "RUNNING", () -> ok("{\"Data\":[{\"Order\":1,\"Name\":\"X\\u001b[31m\","
                        + "\"Description\":\"d\\u001b]0;t\\u0007\\r\",\"Status\":\"RUNNING\",\"Progress\":5,"
                        + "\"ExtraInfo\":{\"ErrorDetails\":[{\"Code\":\"E\\u001b\",\"Message\":\"m\\u001b[1m\"}]}}]}")),
                body("step fields with escapes, wide", 0, "RUNNING", () -> ok("{\"Data\":[{\"Order\":1,\"Name\":\"X\\u001b[31m\","
                        + "\"Description\":\"d\\u009b2J\",\"Status\":\"RUNNING\\u0007\",\"Progress\":5}]}"), "-o", "wide"),
                body("body with escapes under --debug", 3, "not valid JSON", () -> ok("\u001b]0;pwned\u0007 oops"), "--debug-steps"),
                body("step description with a bidi override", 0, "RUNNING", () -> ok("{\"Data\":[" + STEP.replace("全量迁移",
                        "\u202eexe.txt\u2066") + "]}")),
                oms("self-hosted: a login page with HTTP 200", 3, "a login page or proxy may be answering",
                        () -> new MockResponse.Builder().code(200).addHeader("Content-Type", "text/html").body("<html>login</html>").build()),
                oms("self-hosted: HTTP 401", 3, "OMS refused the user 'admin' (HTTP 401)",
                        () -> new MockResponse.Builder().code(401).body("").build()),
                oms("self-hosted: camelCase with wrong types", 0, "Full migration  UNKNOWN", () -> ok("{\"success\":\"true\",\"data\":["
                        + "{\"order\":\"1\",\"name\":\"FULL_TRANSFER\",\"status\":[\"RUNNING\"],\"progress\":\"40%\","
                        + "\"stepInfo\":{\"capacity\":\"lots\"}}]}")),
                oms("self-hosted: Success false asking to retry later, every time", 3, "OMS is busy",
                        () -> ok("{\"success\":false,\"errorDetail\":{\"code\":\"BUSY\",\"message\":\"系统繁忙，请稍后重试\"}}")),
                body("body Data of wrong type", 0, "Project np_1", () -> ok("{\"Success\":\"yes\",\"Data\":\"steps\"}")),
                body("body step fields of wrong types", 0, "UNKNOWN-ish",
                        () -> ok("{\"Data\":[{\"Order\":\"three\",\"Name\":42,\"Status\":\"UNKNOWN-ish\",\"Progress\":\"abc\","
                                + "\"StepInfo\":\"none\",\"ExtraInfo\":[1]}]}")),
                body("body Progress 250", 0, "100%", () -> ok("{\"Data\":[" + STEP.replace("40", "250") + "]}")),
                body("body Progress negative", 0, "0%", () -> ok("{\"Data\":[" + STEP.replace("40", "-7") + "]}")),
                body("body malformed times", 0, "RUNNING", () -> ok("{\"Data\":[" + STEP.replace("}",
                        ",\"StartTime\":\"yesterday\",\"FinishTime\":\"2020-13-45T99:99:99\"}") + "]}")),
                body("body negative counts", 0, "RUNNING", () -> ok("{\"Data\":[" + STEP.replace("}",
                        ",\"StepInfo\":{\"processedRecords\":-5,\"capacity\":-1,\"srcRps\":-3,\"dstRps\":-9}}") + "]}")),
                body("body json output of odd data", 0, "\"progress\"", () -> ok("{\"Data\":[" + STEP.replace("40", "250").replace("}",
                        ",\"StartTime\":\"soon\",\"StepInfo\":{\"processedRecords\":-5,\"capacity\":0}}") + "]}"), "-o", "json"),
                body("watch against a body that is never JSON", 3, "not valid JSON", () -> ok("<html>maintenance</html>"),
                        "--watch"));
    }

    // --- helpers ---------------------------------------------------------------------------------------------------------

    private static Map<String, String> creds() {
        return Map.of("ALIBABA_CLOUD_ACCESS_KEY_ID", "LTAIcorpus", "ALIBABA_CLOUD_ACCESS_KEY_SECRET", "corpus-secret");
    }

    private static Case endpoint(String name, String url, int exit, String expect, String... args) {
        List<String> a = url == null ? List.of(args) : List.of("steps", "--endpoint", url, "np_1");
        return new Case(name, Map.of(), creds(), null, a, exit, expect);
    }

    /** Valid credentials from the environment and the mock server as endpoint, so only the case's own input is bad. */
    private static Case cloud(String name, int exit, String expect, String... args) {
        List<String> a = new ArrayList<>(List.of(args));
        a.addAll(List.of("--endpoint", "{url}"));
        return new Case(name, Map.of(), creds(), null, a, exit, expect);
    }

    private static Case file(String name, String path, String content, int exit, String expect) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put(path, bytes(content));
        return new Case(name, files, Map.of("OMSTEPS_ENDPOINT", "http://127.0.0.1:9"), null, List.of("steps", "np_1"), exit, expect);
    }

    /** {@code extra} "--watch" runs {@code watch} instead of {@code steps}; anything else is added to the arguments. */
    private static Case body(String name, int exit, String expect, Supplier<MockResponse> answer, String... extra) {
        List<String> a = new ArrayList<>();
        if (extra.length == 1 && extra[0].equals("--debug-steps")) {
            a.addAll(List.of("--debug", "steps", "np_1"));
        } else if (extra.length == 1 && extra[0].equals("--watch")) {
            a.addAll(List.of("watch", "np_1", "--interval", "1s"));
        } else {
            a.addAll(List.of("steps", "np_1"));
            a.addAll(List.of(extra));
        }
        a.addAll(List.of("--endpoint", "{url}", "--color", "never"));
        return new Case(name, Map.of(), creds(), answer, a, exit, expect);
    }

    /** A self-hosted OMS at the mock server, user and password from the environment. */
    private static Case oms(String name, int exit, String expect, Supplier<MockResponse> answer) {
        return new Case(name, Map.of(), Map.of("OMSTEPS_OMS_USER", "admin", "OMSTEPS_OMS_PASSWORD", "pw"), answer,
                List.of("steps", "np_1", "--oms-url", "{url}", "--color", "never"), exit, expect);
    }

    private static MockResponse ok(String body) {
        return new MockResponse.Builder().code(200).addHeader("Content-Type", "application/json").body(body).build();
    }

    private static MockResponse ok(Buffer body) {
        return new MockResponse.Builder().code(200).addHeader("Content-Type", "application/json").body(body).build();
    }

    /** A valid JSON object of 20 MiB: a body that parses, were it not too large to read. */
    private static byte[] huge() {
        byte[] b = new byte[20 << 20];
        java.util.Arrays.fill(b, (byte) 'a');
        byte[] head = "{\"Pad\":\"".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(head, 0, b, 0, head.length);
        b[b.length - 2] = '"';
        b[b.length - 1] = '}';
        return b;
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    /** A loopback port nobody listens on (bound, then released). */
    private static int closedPort() {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            return s.getLocalPort();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
