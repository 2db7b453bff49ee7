package dev.omsteps.sim;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import dev.omsteps.sim.scenario.Scenario;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A local OMS OpenAPI endpoint on the JDK's HTTP server, bound to 127.0.0.1: Alibaba Cloud's gateway checks (V3 and
 * V1 signatures, nonces, timestamps), DescribeProjectSteps answered from scenarios on a simulated clock, and
 * optional faults. For {@code omsteps simulate}, the demo and tests, in-process:
 * <pre>
 * try (Simulator sim = new Simulator(SimulatorOptions.defaults().withSpeed(2000))) {
 *     URI endpoint = sim.start();
 *     ...
 * }
 * </pre>
 */
public final class Simulator implements AutoCloseable {

    private static final int MAX_BODY = 1024 * 1024;
    private static final int THREADS = 8;
    private static final byte[] PROXY_PAGE = ("<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n"
            + "<body>\r\n<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n")
            .getBytes(StandardCharsets.US_ASCII);

    /**
     * The JDK server writes the headers and the body of an answer as two TCP segments; with Nagle's algorithm on, the
     * body waits for the client's delayed ACK of the headers, 40 ms on Linux, so every answer took 40 ms and a watch
     * at a short interval polled ten times slower than it asked. The JDK reads this property once, when the first
     * server of the JVM is made, so {@link #start()} sets it just before; an explicit setting by whoever runs the JVM wins.
     */
    private static final String NO_DELAY = "sun.net.httpserver.nodelay";

    /** The simulator's control: {@code POST} here with {@code ?project=np_…} does what the console's "start switchover" does. */
    public static final String SWITCHOVER_PATH = "/simulator/switchover";


    private final SimulatorOptions options;
    private final SimulatedClock clock;
    private final Gateway gateway;
    private final OmsActions actions;
    private final Flavour flavour;
    private final SelfHostedApi selfHosted;
    private final IssuedCredentials issued;
    private final StsApi sts;
    private final MetadataService metadata;
    private final FaultInjector faults;
    private final SwitchoverControl switchovers;
    private final ConnectionCounter connections = new ConnectionCounter();
    private final AtomicLong requests = new AtomicLong();
    private final AtomicLong refusals = new AtomicLong();
    private final AtomicLong acceptedV3 = new AtomicLong();
    private final AtomicLong acceptedV1 = new AtomicLong();
    /** Requests being handled right now, and the most there ever were at once (a client's bound shows here). */
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicInteger maxInFlight = new AtomicInteger();
    private final Random requestIds;
    private HttpServer server;
    private ExecutorService executor;

    /** Builds a simulator; its simulated time starts now (on {@code options.clock()}), its server on {@link #start()}. */
    public Simulator(SimulatorOptions options) {
        this(options, Flavour.CLOUD);
    }

    /** A simulator of OceanBase Cloud's OpenAPI, or of a self-hosted OMS console's API. */
    public Simulator(SimulatorOptions options, Flavour flavour) {
        this.options = options;
        this.flavour = flavour;
        this.clock = new SimulatedClock(options.clock(), options.speed());
        this.issued = new IssuedCredentials(options.serverClock(), options.stsLifetime());
        this.gateway = new Gateway(options.credentials(), issued, options.serverClock());
        this.sts = new StsApi(new ObjectMapper(), issued);
        this.metadata = new MetadataService(new ObjectMapper(), issued);
        AnswerWriter writer = new AnswerWriter();
        this.switchovers = new SwitchoverControl(options.scenarios(), options.autoSwitchover());
        LiveScenarios live = new LiveScenarios(options.scenarios(), clock, options.seed(), switchovers);
        this.actions = new OmsActions(writer, live);
        this.faults = new FaultInjector(options.faultRate(), options.seed());
        this.selfHosted = new SelfHostedApi(writer, live, options.ocpEnvelope());
        this.requestIds = new Random(options.seed() ^ 0x5DEECE66DL);
    }

    /** Starts listening on 127.0.0.1 and returns the endpoint, e.g. {@code http://127.0.0.1:41234}. */
    public synchronized URI start() throws IOException {
        return start(null);
    }

    /**
     * Starts listening on 127.0.0.1 over HTTPS with {@code tls} (e.g. {@link LoopbackTls#serverContext()}), or plain
     * HTTP when it is null, and returns the endpoint, e.g. {@code https://127.0.0.1:41234}.
     */
    public synchronized URI start(javax.net.ssl.SSLContext tls) throws IOException {
        if (server != null) {
            throw new IllegalStateException("the simulator is already started");
        }
        if (System.getProperty(NO_DELAY) == null) {
            System.setProperty(NO_DELAY, "true");
        }
        InetSocketAddress address = new InetSocketAddress(InetAddress.getLoopbackAddress(), options.port());
        HttpServer s;
        if (tls == null) {
            s = HttpServer.create(address, 0);
        } else {
            HttpsServer https = HttpsServer.create(address, 0);
            https.setHttpsConfigurator(new HttpsConfigurator(tls));
            s = https;
        }
        AtomicInteger n = new AtomicInteger();
        executor = Executors.newFixedThreadPool(THREADS, r -> {
            Thread t = new Thread(r, "omsteps-sim-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        s.setExecutor(executor);
        s.createContext("/", this::handle);
        s.createContext(SWITCHOVER_PATH, this::control);
        s.createContext("/latest/", metadata::handle);
        s.createContext(MetadataService.CREDENTIALS_URI_PATH, metadata::handle);
        s.start();
        server = s;
        return endpoint();
    }

    public synchronized int port() {
        if (server == null) {
            throw new IllegalStateException("the simulator is not started");
        }
        return server.getAddress().getPort();
    }

    public synchronized URI endpoint() {
        return URI.create((server instanceof HttpsServer ? "https" : "http") + "://127.0.0.1:" + port());
    }

    public SimulatedClock clock() {
        return clock;
    }

    public List<Scenario> scenarios() {
        return options.scenarios().all();
    }

    public List<String> projectIds() {
        return options.scenarios().ids();
    }

    public Flavour flavour() {
        return flavour;
    }

    /** The Basic-auth user and password the self-hosted flavour accepts. */
    public static String[] selfHostedDemoUser() {
        return new String[] {SelfHostedApi.DEMO_USER, SelfHostedApi.DEMO_PASSWORD};
    }

    /** A project the self-hosted flavour says is still being created (retry later, in Chinese). */
    public static String selfHostedCreatingProject() {
        return SelfHostedApi.CREATING_PROJECT;
    }

    /**
     * Starts the forward switchover of {@code projectId} now, as a DBA would in the OMS console; a switchover waits
     * for this (or for {@link SimulatorOptions#autoSwitchover()}).
     *
     * @return one line saying what happened
     * @throws IllegalArgumentException when the project has no switchover waiting now
     */
    public String startSwitchover(String projectId) {
        Duration now = clock.elapsed();
        return switch (switchovers.start(projectId, now)) {
            case STARTED -> "switchover of " + projectId + " started at " + clock.instant();
            case ALREADY_STARTED -> "switchover of " + projectId + " already started";
            case NOT_WAITING_YET -> throw new IllegalArgumentException(projectId + " is not ready for switchover yet");
            case NO_SWITCHOVER -> throw new IllegalArgumentException(projectId + " has no switchover to start");
            case UNKNOWN_PROJECT -> throw new IllegalArgumentException("no project " + projectId);
        };
    }

    /** {@code POST /simulator/switchover?project=np_…}: 200 and a line once started, 409 when nothing waits, 404 for an unknown project. */
    private void control(HttpExchange exchange) throws IOException {
        try (exchange) {
            exchange.getRequestBody().readAllBytes();
            String project = null;
            String query = exchange.getRequestURI().getRawQuery();
            for (String kv : query == null ? new String[0] : query.split("&")) {
                if (kv.startsWith("project=")) {
                    project = java.net.URLDecoder.decode(kv.substring(8), StandardCharsets.UTF_8);
                }
            }
            int status;
            String text;
            if (!"POST".equals(exchange.getRequestMethod()) || project == null || project.isBlank()) {
                status = 400;
                text = "usage: POST " + SWITCHOVER_PATH + "?project=np_…";
            } else {
                try {
                    text = startSwitchover(project);
                    status = 200;
                } catch (IllegalArgumentException e) {
                    text = e.getMessage();
                    status = e.getMessage().startsWith("no project") ? 404 : 409;
                }
            }
            byte[] b = (text + "\n").getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "text/plain;charset=utf-8");
            exchange.sendResponseHeaders(status, b.length);
            exchange.getResponseBody().write(b);
        }
    }

    public SimulatorCredentials credentials() {
        return options.credentials();
    }

    /** How many temporary credentials its STS, metadata service and credentials URI have handed out. */
    public int credentialsIssued() {
        return issued.count();
    }

    public SimulatorStats stats() {
        return new SimulatorStats(requests.get(), connections.count(), faults.counts(), refusals.get(),
                acceptedV3.get(), acceptedV1.get(), maxInFlight.get());
    }

    @Override
    public synchronized void close() {
        if (server != null) {
            server.stop(0);
            executor.shutdownNow();
            server = null;
        }
    }

    /**
     * Thrown out of the handler on purpose: the JDK server closes the connection of a handler that fails, which is
     * the only way to drop a connection it has not finished (closing the exchange short of its Content-Length
     * leaves the connection open, and the client would wait for its read timeout instead of seeing a cut).
     */
    private static final class DropConnection extends IOException {
        DropConnection(String why) {
            super(why, null);
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        long started = System.nanoTime();
        maxInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
        // A request stops counting as in flight just before its answer goes out: once the client has the
        // answer it may send the next request before this handler has returned.
        java.util.concurrent.atomic.AtomicBoolean counted = new java.util.concurrent.atomic.AtomicBoolean(true);
        Runnable answered = () -> {
            if (counted.getAndSet(false)) {
                inFlight.decrementAndGet();
            }
        };
        try (exchange) {
            requests.incrementAndGet();
            connections.saw(exchange.getRemoteAddress());
            byte[] body = readBody(exchange.getRequestBody());
            Optional<Fault> fault = faults.next();
            if (fault.isPresent()) {
                switch (fault.get()) {
                    case THROTTLING -> {
                        send(exchange, error(GatewayError.throttled(), exchange), false, answered);
                        return;
                    }
                    case SERVICE_UNAVAILABLE -> {
                        send(exchange, error(GatewayError.serviceUnavailable(), exchange), false, answered);
                        return;
                    }
                    case INTERNAL_ERROR -> {
                        send(exchange, error(GatewayError.internalError(), exchange), false, answered);
                        return;
                    }
                    case PROXY_HTML -> {
                        send(exchange, new Reply(502, "text/html", PROXY_PAGE, null), false, answered);
                        return;
                    }
                    case CONNECTION_RESET -> throw new DropConnection("connection reset on purpose");
                    case SLOW -> options.sleeper().sleep(faults.slowDelay());
                    case TRUNCATED_BODY -> {
                        send(exchange, answer(exchange, body, started, false), true, answered);
                        throw new DropConnection("body truncated on purpose");
                    }
                    case APPLICATION_ERROR -> {
                        send(exchange, transientError(faults.applicationError(TransientErrors.ALL.size())), false, answered);
                        return;
                    }
                    case STALE_SAMPLE -> {
                        send(exchange, answer(exchange, body, started, true), false, answered);
                        return;
                    }
                    default -> throw new IllegalStateException("unhandled fault " + fault.get());
                }
            }
            send(exchange, answer(exchange, body, started, false), false, answered);
        } catch (DropConnection e) {
            throw e;
        } catch (IOException | UncheckedIOException e) {
            // the client went away; nothing to tell anyone
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            answered.run();
        }
    }

    private Reply transientError(int which) {
        var detail = TransientErrors.ALL.get(which);
        String requestId = nextRequestId();
        return flavour == Flavour.SELFHOSTED ? selfHosted.transientError(detail, requestId) : actions.transientError(detail, requestId);
    }

    /** {@code stale}: incremental sync's checkpoint sample hours old (the {@link Fault#STALE_SAMPLE} fault). */
    private Reply answer(HttpExchange exchange, byte[] body, long started, boolean stale) {
        String requestId = nextRequestId();
        if (flavour == Flavour.SELFHOSTED) {
            try {
                return selfHosted.answer(exchange.getRequestURI().getRawPath(), exchange.getRequestURI().getRawQuery(),
                        exchange.getRequestHeaders(), body, requestId, stale);
            } catch (RuntimeException bug) {
                return new Reply(500, Reply.JSON, "{\"success\":false,\"message\":\"Internal Server Error\"}"
                        .getBytes(StandardCharsets.UTF_8), requestId);
            }
        }
        try {
            IncomingRequest request = IncomingRequest.of(exchange.getRequestMethod(), exchange.getRequestURI().getRawPath(),
                    exchange.getRequestURI().getRawQuery(), exchange.getRequestHeaders(), body);
            if (StsApi.handles(request)) {
                return stsAnswer(request, requestId);
            }
            VerifiedCall call = gateway.verify(request);
            (call.signatureScheme().equals("V1") ? acceptedV1 : acceptedV3).incrementAndGet();
            return actions.answer(call, requestId, started, stale);
        } catch (GatewayRejection r) {
            refusals.incrementAndGet();
            return actions.gatewayError(r.error(), requestId, exchange.getRequestHeaders().getFirst("Host"));
        } catch (RuntimeException bug) {
            // a bug of the simulator is answered as the real service would fail, not as a cut connection
            return actions.gatewayError(GatewayError.internalError(), requestId, exchange.getRequestHeaders().getFirst("Host"));
        }
    }

    /** STS: AssumeRole passes the gateway's signature checks first; AssumeRoleWithOIDC carries no signature. */
    private Reply stsAnswer(IncomingRequest request, String requestId) {
        String action = request.parameters().get("Action");
        java.util.Map<String, String> params = action.equals("AssumeRole") ? gateway.verify(request).parameters() : request.parameters();
        return sts.answer(action, params, requestId);
    }

    private Reply error(GatewayError e, HttpExchange exchange) {
        return actions.gatewayError(e, nextRequestId(), exchange.getRequestHeaders().getFirst("Host"));
    }

    private String nextRequestId() {
        synchronized (requestIds) {
            return String.format(Locale.ROOT, "%08X-%04X-%04X-%04X-%012X", requestIds.nextInt(), requestIds.nextInt(0x10000),
                    requestIds.nextInt(0x10000), requestIds.nextInt(0x10000), requestIds.nextLong() & 0xFFFFFFFFFFFFL);
        }
    }

    private static byte[] readBody(InputStream in) throws IOException {
        byte[] b = in.readNBytes(MAX_BODY + 1);
        if (b.length > MAX_BODY) {
            throw new IOException("request body larger than " + MAX_BODY + " bytes");
        }
        return b;
    }

    /** Sends the reply; {@code truncate} promises the full length but sends half (the caller then drops the connection). */
    private static void send(HttpExchange exchange, Reply reply, boolean truncate, Runnable beforeSending) throws IOException {
        beforeSending.run();
        exchange.getResponseHeaders().set("Content-Type", reply.contentType());
        if (reply.requestId() != null) {
            exchange.getResponseHeaders().set("x-acs-request-id", reply.requestId());
        }
        byte[] b = reply.body();
        exchange.sendResponseHeaders(reply.status(), b.length == 0 ? -1 : b.length);
        OutputStream out = exchange.getResponseBody();
        if (truncate) {
            out.write(b, 0, b.length / 2);
            out.flush();
            return;
        }
        out.write(b);
        out.close();
    }
}
