package dev.omsteps.model;

import java.time.Instant;

/** One data point of a metric series: when, and the value (the API's {@code Value}, a double). */
public record MetricPoint(Instant time, double value) {
}
