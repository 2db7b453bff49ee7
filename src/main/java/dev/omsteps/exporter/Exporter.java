package dev.omsteps.exporter;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.omsteps.model.FleetReading;
import dev.omsteps.model.ProjectStage;
import dev.omsteps.render.MetricsExposition;
import dev.omsteps.time.Sleeper;
import dev.omsteps.files.WholeFile;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * {@code omsteps exporter}: one background thread per context refreshes its {@link FleetRefresher};
 * a JDK {@code HttpServer} answers {@code /metrics} from the latest readings, so a scrape never waits
 * for the API and never causes a call to it. {@link #writeTextfile} serves node_exporter's textfile
 * collector instead.
 */
public final class Exporter implements AutoCloseable {

    private final List<FleetRefresher> refreshers;
    private final Clock clock;
    private final Sleeper sleeper;
    private final Duration laggingFrom;
    private final List<Thread> threads = new ArrayList<>();
    private HttpServer server;
    private java.util.concurrent.ExecutorService serverThreads;

    public Exporter(List<FleetRefresher> refreshers, Clock clock, Sleeper sleeper) {
        this(refreshers, clock, sleeper, ProjectStage.DEFAULT_LAGGING_FROM);
    }

    /** @param laggingFrom the lag from which a project's stage is lagging ({@code --lag-threshold}) */
    public Exporter(List<FleetRefresher> refreshers, Clock clock, Sleeper sleeper, Duration laggingFrom) {
        this.laggingFrom = laggingFrom;
        this.refreshers = List.copyOf(refreshers);
        this.clock = clock;
        this.sleeper = sleeper;
    }

    public List<FleetReading> readings() {
        return refreshers.stream().map(FleetRefresher::reading).toList();
    }

    /** The page as Prometheus or OpenMetrics text. */
    public String page(boolean openMetrics) {
        StringWriter sw = new StringWriter();
        MetricsExposition.write(readings(), clock.instant(), laggingFrom, openMetrics, new PrintWriter(sw));
        return sw.toString();
    }

    /**
     * Starts refreshing in the background, each context {@code rounds} times (0: until closed);
     * {@code onError} hears a refresher that crashed.
     */
    public void startRefreshing(long rounds, Consumer<Throwable> onError) {
        for (FleetRefresher r : refreshers) {
            Thread t = new Thread(() -> {
                try {
                    for (long n = 0; rounds == 0 || n < rounds; n++) {
                        Duration next = r.refresh();
                        if (rounds == 0 || n + 1 < rounds) {
                            sleeper.sleep(next);
                        }
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } catch (RuntimeException e) {
                    onError.accept(e);
                }
            }, "omsteps-refresh-" + r.context());
            t.setDaemon(true);
            threads.add(t);
            t.start();
        }
    }

    /** Waits for the refreshers started with a number of rounds to finish them. */
    public void awaitRefreshes() throws InterruptedException {
        for (Thread t : threads) {
            t.join();
        }
    }

    /** Serves {@code /metrics} on {@code address}; throws {@link IOException} when the address cannot be had. */
    public InetSocketAddress listen(InetSocketAddress address) throws IOException {
        server = HttpServer.create(address, 16);
        server.createContext("/metrics", this::metrics);
        server.createContext("/", this::root);
        serverThreads = java.util.concurrent.Executors.newFixedThreadPool(2, r -> {
            Thread t = new Thread(r, "omsteps-exporter-http");
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(serverThreads);
        server.start();
        return server.getAddress();
    }

    private void metrics(HttpExchange ex) throws IOException {
        String accept = ex.getRequestHeaders().getFirst("Accept");
        boolean om = accept != null && accept.contains("application/openmetrics-text");
        byte[] body = page(om).getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().set("Content-Type", om ? MetricsExposition.OPENMETRICS_CONTENT_TYPE : MetricsExposition.TEXT_CONTENT_TYPE);
        send(ex, 200, body);
    }

    private void root(HttpExchange ex) throws IOException {
        boolean home = ex.getRequestURI().getPath().equals("/");
        byte[] body = (home ? "omsteps exporter: metrics at /metrics\n" : "not found\n").getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().set("Content-Type", "text/plain; charset=utf-8");
        send(ex, home ? 200 : 404, body);
    }

    private static void send(HttpExchange ex, int status, byte[] body) throws IOException {
        if (ex.getRequestMethod().equals("HEAD")) {
            ex.sendResponseHeaders(status, -1);
        } else {
            ex.sendResponseHeaders(status, body.length);
            try (OutputStream out = ex.getResponseBody()) {
                out.write(body);
            }
        }
        ex.close();
    }

    /**
     * Writes {@code omsteps.prom} into {@code dir} for node_exporter's textfile collector, whole or not at
     * all ({@link WholeFile}), so the collector never reads half a file.
     */
    public Path writeTextfile(Path dir) throws IOException {
        return WholeFile.write(dir.resolve("omsteps.prom"), page(false));
    }

    @Override
    public void close() {
        if (server != null) {
            server.stop(0);
            serverThreads.shutdownNow();
        }
        threads.forEach(Thread::interrupt);
    }
}
