import dev.omsteps.api.ApiClient;
import dev.omsteps.api.ClientOptions;
import dev.omsteps.api.ProjectLister;
import dev.omsteps.api.ProjectQuery;
import dev.omsteps.config.CloudSettings;
import dev.omsteps.credentials.Credentials;
import dev.omsteps.credentials.StaticCredentials;
import dev.omsteps.exporter.Exporter;
import dev.omsteps.exporter.FleetRefresher;
import dev.omsteps.exporter.VerificationDifferences;
import dev.omsteps.model.ProjectSummary;
import dev.omsteps.sim.Simulator;
import dev.omsteps.sim.SimulatorCredentials;
import dev.omsteps.sim.SimulatorOptions;
import dev.omsteps.sim.scenario.ScenarioCatalog;
import dev.omsteps.time.Sleeper;
import dev.omsteps.watch.AlertRule;
import dev.omsteps.watch.AlertWatch;
import dev.omsteps.watch.DashboardWatcher;
import dev.omsteps.watch.StopRules;
import dev.omsteps.watch.WatchListener;
import dev.omsteps.watch.WatchListeners;
import dev.omsteps.watch.WatchSettings;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Scale: the exporter and a `watch --all --contexts` over a simulated fleet of PROJECTS (default 2,000) spread over
 * CONTEXTS (default 2) simulators on 127.0.0.1, in one JVM. Reports API requests per refresh, per second and per
 * minute (at the bench's INTERVAL_SECONDS and at the default 60 s), the heap the readings and the watch hold once
 * settled, and the exposition's size and render time. Run by bench/run.
 */
public final class ScaleBench {

    public static void main(String[] args) throws Exception {
        int projects = Integer.parseInt(System.getenv().getOrDefault("PROJECTS", "2000"));
        int contexts = Integer.parseInt(System.getenv().getOrDefault("CONTEXTS", "2"));
        int rounds = Integer.parseInt(System.getenv().getOrDefault("REFRESHES", "10"));
        Duration interval = Duration.ofSeconds(Long.parseLong(System.getenv().getOrDefault("INTERVAL_SECONDS", "2")));
        Clock clock = Clock.systemUTC();
        // one simulator per context (a region, an account), the fleet split between them: five standard scenarios each
        List<Simulator> sims = new ArrayList<>();
        List<ApiClient> clients = new ArrayList<>();
        for (int c = 0; c < contexts; c++) {
            Simulator sim = new Simulator(SimulatorOptions.defaults()
                    .withScenarios(ScenarioCatalog.withFleet(7 + c, projects / contexts - 5)));
            sim.start();
            sims.add(sim);
            CloudSettings settings = new CloudSettings(sim.endpoint(), "cn-hangzhou", new StaticCredentials(new Credentials(
                    SimulatorCredentials.DEMO_ACCESS_KEY_ID, SimulatorCredentials.DEMO_ACCESS_KEY_SECRET, null, "bench")));
            clients.add(ApiClient.cloud(settings, ClientOptions.defaults(), "omsteps-bench"));
        }
        long heapBefore = heap();

        // the exporter: REFRESHES refreshes per context, one per interval, the verification gauge included
        long t0 = System.nanoTime();
        long r0 = requests(sims);
        List<FleetRefresher> refreshers = new ArrayList<>();
        for (int c = 0; c < contexts; c++) {
            refreshers.add(new FleetRefresher("ctx" + c, new ProjectLister(clients.get(c), 100, 4), ProjectQuery.ALL, interval,
                    clock, new VerificationDifferences(clients.get(c))));
        }
        Exporter exporter = new Exporter(refreshers, clock, Sleeper.REAL);
        exporter.startRefreshing(rounds, e -> e.printStackTrace());
        exporter.awaitRefreshes();
        double seconds = (System.nanoTime() - t0) / 1e9;
        long requests = requests(sims) - r0;
        long heapHeld = heap() - heapBefore;
        String page = exporter.page(false); // the first render warms up; the third is timed
        exporter.page(false);
        long t1 = System.nanoTime();
        page = exporter.page(false);
        double renderMs = (System.nanoTime() - t1) / 1e6;
        long series = page.lines().filter(l -> !l.startsWith("#")).count();
        long verified = page.lines().filter(l -> l.startsWith("omsteps_verification_differences{")).count();
        int listed = exporter.readings().stream().mapToInt(r -> r.projects().size()).sum();
        double perRefresh = (double) requests / rounds; // over all contexts
        System.out.printf(Locale.ROOT, "exporter  contexts=%d projects=%d refreshes=%d requests=%d (%.1f per refresh of all contexts)"
                        + " rate=%.2f req/s per_minute_at_interval=%.0f per_minute_at_60s=%.0f heap_held=%.1f MiB page=%.1f KiB"
                        + " series=%d verification_series=%d render=%.1f ms%n",
                contexts, listed, rounds, requests, perRefresh, requests / seconds, perRefresh * 60 / interval.toSeconds(),
                perRefresh, heapHeld / 1048576.0, page.length() / 1024.0, series, verified, renderMs);
        exporter.close();

        // watch --all --contexts: the same fleet, every project tracked and judged on alert rules, for REFRESHES rounds
        r0 = requests(sims);
        heapBefore = heap();
        t0 = System.nanoTime();
        WatchSettings ws = new WatchSettings(interval, interval.multipliedBy(rounds).minusMillis(500), 5,
                new StopRules(List.of()), 20);
        long[] settled = {0};
        int[] seen = {0};
        WatchListener quiet = new WatchListener() {
            @Override
            public void onProjects(List<ProjectSummary> list, java.time.Instant at) {
                seen[0]++;
                if (seen[0] >= 2) { // the watch's own state once every project is tracked, while it holds it: the most seen
                    try {
                        settled[0] = Math.max(settled[0], heap());
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
            }
        };
        List<ProjectLister> listers = new ArrayList<>();
        List<DashboardWatcher.Source> sources = new ArrayList<>();
        for (int c = 0; c < contexts; c++) {
            ProjectLister l = new ProjectLister(clients.get(c), 100, 4);
            listers.add(l);
            sources.add(new DashboardWatcher.Source("ctx" + c, l));
        }
        AlertWatch alerts = new AlertWatch(List.of(AlertRule.parse("lag>30s for 5m"), AlertRule.parse("stalled 10m")), true, clock, quiet);
        new DashboardWatcher(sources, ProjectQuery.ALL, ws, clock, Sleeper.REAL, WatchListeners.of(alerts, quiet)).run();
        listers.forEach(ProjectLister::close);
        seconds = (System.nanoTime() - t0) / 1e9;
        requests = requests(sims) - r0;
        // contexts keep their own pace, so a dashboard update may hold one context's listing or both: count per interval
        double perInterval = requests / seconds * interval.toSeconds();
        System.out.printf(Locale.ROOT, "watch-all contexts=%d projects=%d seconds=%.1f updates=%d requests=%d rate=%.2f req/s"
                        + " per_interval=%.1f per_minute_at_interval=%.0f per_minute_at_60s=%.0f heap_settled=%.1f MiB"
                        + " heap_after=%.1f MiB%n",
                contexts, projects, seconds, seen[0], requests, requests / seconds, perInterval, requests / seconds * 60,
                perInterval, (settled[0] - heapBefore) / 1048576.0, (heap() - heapBefore) / 1048576.0);
        sims.forEach(Simulator::close);
    }

    private static long requests(List<Simulator> sims) {
        return sims.stream().mapToLong(s -> s.stats().requests()).sum();
    }

    private static long heap() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(50);
        }
        Runtime rt = Runtime.getRuntime();
        return rt.totalMemory() - rt.freeMemory();
    }
}
