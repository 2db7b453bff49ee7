package dev.omsteps.api;

import dev.omsteps.model.ProjectSummary;
import dev.omsteps.model.ProjectsPage;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Every page of a ListProjects query: the first page tells the total, the rest are fetched
 * concurrently with at most {@code maxInFlight} requests at once (the gateway throttles bursts).
 * A page that fails fails the whole listing; retrying is the client's or the watch's business.
 */
public final class ProjectLister implements AutoCloseable {

    /** Requests in flight at most, by default. */
    public static final int MAX_IN_FLIGHT = 4;
    /** Projects per page, by default; the OMS docs allow at most {@value #MAX_PAGE_SIZE}. */
    public static final int DEFAULT_PAGE_SIZE = 100;
    public static final int MAX_PAGE_SIZE = 150;
    /** A server whose TotalCount keeps growing must not make us page forever. */
    static final int MAX_PAGES = 1000;
    /** Projects kept from one listing at most; more is one clear error, not an OutOfMemoryError. */
    public static final int MAX_PROJECTS = 20_000;

    /** All projects of a query, de-duplicated by ID (a project may move between pages while they are fetched). */
    public record Listing(List<ProjectSummary> projects, Integer totalCount, int pagesFetched, String requestId,
                          Instant fetchedAt) {
        public Listing {
            projects = List.copyOf(projects);
        }
    }

    private final OmsClient client;
    private final int pageSize;
    private final ExecutorService pool;

    public ProjectLister(OmsClient client, int pageSize, int maxInFlight) {
        if (pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
            throw new IllegalArgumentException("page size must be 1.." + MAX_PAGE_SIZE + ", not " + pageSize);
        }
        if (maxInFlight < 1) {
            throw new IllegalArgumentException("at least one request must be allowed in flight");
        }
        this.client = client;
        this.pageSize = pageSize;
        this.pool = Executors.newFixedThreadPool(maxInFlight, r -> {
            Thread t = new Thread(r, "omsteps-pages");
            t.setDaemon(true);
            return t;
        });
    }

    /** Throws {@link ApiException} when a page could not be had. */
    public Listing fetchAll(ProjectQuery query) throws InterruptedException {
        ProjectsPage first = client.listProjects(query, 1, pageSize);
        Map<String, ProjectSummary> byId = new LinkedHashMap<>();
        first.projects().forEach(p -> byId.putIfAbsent(p.id(), p));
        int pages = pagesFor(first);
        List<Future<ProjectsPage>> rest = new ArrayList<>();
        for (int n = 2; n <= pages; n++) {
            int number = n;
            rest.add(pool.submit(() -> client.listProjects(query, number, pageSize)));
        }
        Instant fetchedAt = first.fetchedAt();
        try {
            for (Future<ProjectsPage> f : rest) {
                ProjectsPage page = get(f);
                page.projects().forEach(p -> byId.putIfAbsent(p.id(), p));
                if (byId.size() > MAX_PROJECTS) {
                    throw new ApiException(ApiException.Kind.TOO_LARGE, 200, null,
                            "ListProjects lists more than " + MAX_PROJECTS + " projects",
                            "narrow the list with --status, --type or --search", null);
                }
                if (page.fetchedAt() != null && (fetchedAt == null || page.fetchedAt().isAfter(fetchedAt))) {
                    fetchedAt = page.fetchedAt();
                }
            }
        } finally {
            rest.forEach(f -> f.cancel(true));
        }
        return new Listing(new ArrayList<>(byId.values()), first.totalCount(), pages, first.requestId(), fetchedAt);
    }

    /** From TotalCount; without one, only the first page (a server that does not count does not page either). */
    private int pagesFor(ProjectsPage first) {
        Integer total = first.totalCount();
        if (total == null || total <= first.projects().size()) {
            return 1;
        }
        // a server may cap the page size below what was asked: count pages in what it used
        int size = first.pageSize() != null && first.pageSize() > 0 ? Math.min(first.pageSize(), pageSize) : pageSize;
        return (int) Math.min(MAX_PAGES, (total + (long) size - 1) / size);
    }

    private static ProjectsPage get(Future<ProjectsPage> f) throws InterruptedException {
        try {
            return f.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException("a page fetch crashed", e.getCause());
        }
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
