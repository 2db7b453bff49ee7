package dev.omsteps.sim;

/**
 * The failures the simulator can answer with instead of (or before) a normal answer, modelled on what an API gateway,
 * a flaky network or a proxy in between really produce.
 */
public enum Fault {
    /** HTTP 400 {@code Throttling.User}: Alibaba Cloud's gateway answers flow control with 400, not 429. */
    THROTTLING,
    /** HTTP 503 {@code ServiceUnavailable}. */
    SERVICE_UNAVAILABLE,
    /** HTTP 500 {@code InternalError}. */
    INTERNAL_ERROR,
    /** The normal answer, after a delay of 100–400 ms. */
    SLOW,
    /** The connection is closed without any answer (the client sees an unexpected end of stream). */
    CONNECTION_RESET,
    /** The normal status and headers, but only half of the body the Content-Length promises, then the connection closes. */
    TRUNCATED_BODY,
    /** HTTP 502 with an HTML page, as a proxy or load balancer in front of the API sends it. */
    PROXY_HTML,
    /**
     * HTTP 200 with {@code Success: false} and a transient code, as real OMS answers when it is busy: INNER_ERROR,
     * TIMEOUT_EXCEPTION, or the Chinese "being created, retry later" (oceanbase/odc's OmsClientTest).
     */
    APPLICATION_ERROR,
    /**
     * The normal answer, but incremental sync's checkpoint and its sample are hours old, as from a stalled component
     * or an idle source: the lag at the fetch is hours, whatever the sample says.
     */
    STALE_SAMPLE
}
