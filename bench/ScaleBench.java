import dev.omsteps.api.ApiClient;
import dev.omsteps.api.ClientOptions;
import dev.omsteps.api.ProjectLister;
import dev.omsteps.api.ProjectQuery;
import dev.omsteps.config.CloudSettings;
import dev.omsteps.credentials.Credentials;
import dev.omsteps.credentials.StaticCredentials;
import dev.omsteps.exporter.Exporter;
import dev.omsteps.exporter.FleetRefresher;
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
import dev.omsteps.watch.WatchSettings;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * Scale: the exporter and a `watch --all` over a simulated fleet of PROJECTS (default 2,000), in one JVM
 * against the simulator on 127.0.0.1. Reports API requests per refresh and per second, the heap the
 * readings hold, and the exposition's size and render time. Run by bench/run.
 */
public final class ScaleBench {

    public static void main(String[] args) throws Exception {
        int projects = Integer.parseInt(System.getenv().getOrDefault("PROJECTS", "2000"));
        int rounds = Integer.parseInt(System.getenv().getOrDefault("REFRESHES", "10"));
        Duration interval = Duration.ofSeconds(1);
        Clock clock = Clock.systemUTC();
        Simulator sim = new Simulator(SimulatorOptions.defaults().withScenarios(ScenarioCatalog.withFleet(7, projects - 5)));
        sim.start();
        CloudSettings settings = new CloudSettings(sim.endpoint(), "cn-hangzhou", new StaticCredentials(new Credentials(
                SimulatorCredentials.DEMO_ACCESS_KEY_ID, SimulatorCredentials.DEMO_ACCESS_KEY_SECRET, null, "bench")));
        ApiClient client = ApiClient.cloud(settings, ClientOptions.defaults(), "omsteps-bench");
        long heapBefore = heap();

        // the exporter: REFRESHES refreshes, one a second
        long t0 = System.nanoTime();
        long r0 = sim.stats().requests();
        Exporter exporter = new Exporter(List.of(new FleetRefresher("bench", new ProjectLister(client, 100, 4), ProjectQuery.ALL,
                interval, clock)), clock, Sleeper.REAL);
        exporter.startRefreshing(rounds, e -> e.printStackTrace());
        exporter.awaitRefreshes();
        double seconds = (System.nanoTime() - t0) / 1e9;
        long requests = sim.stats().requests() - r0;
        long heapHeld = heap() - heapBefore;
        String page = exporter.page(false); // the first render warms up; the third is timed
        exporter.page(false);
        long t1 = System.nanoTime();
        page = exporter.page(false);
        double renderMs = (System.nanoTime() - t1) / 1e6;
        long series = page.lines().filter(l -> !l.startsWith("#")).count();
        System.out.printf(Locale.ROOT, "exporter  projects=%d refreshes=%d requests=%d (%.1f per refresh) rate=%.2f req/s"
                        + " heap_held=%.1f MiB page=%.1f KiB series=%d render=%.1f ms%n",
                exporter.readings().get(0).projects().size(), rounds, requests, (double) requests / rounds, requests / seconds,
                heapHeld / 1048576.0, page.length() / 1024.0, series, renderMs);
        exporter.close();

        // watch --all: the same fleet, every project tracked and judged on alert rules, for REFRESHES rounds
        r0 = sim.stats().requests();
        heapBefore = heap();
        t0 = System.nanoTime();
        WatchSettings ws = new WatchSettings(interval, interval.multipliedBy(rounds), 5, new StopRules(List.of()), 20);
        WatchListener quiet = new WatchListener() { };
        try (ProjectLister lister = new ProjectLister(client, 100, 4)) {
            new DashboardWatcher(lister, ProjectQuery.ALL, ws, clock, Sleeper.REAL,
                    new AlertWatch(List.of(AlertRule.parse("lag>30s for 5m"), AlertRule.parse("stalled 10m")), true, clock, quiet)).run();
        }
        seconds = (System.nanoTime() - t0) / 1e9;
        requests = sim.stats().requests() - r0;
        System.out.printf(Locale.ROOT, "watch-all projects=%d seconds=%.1f requests=%d rate=%.2f req/s heap_after=%.1f MiB%n",
                projects, seconds, requests, requests / seconds, (heap() - heapBefore) / 1048576.0);
        sim.close();
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
