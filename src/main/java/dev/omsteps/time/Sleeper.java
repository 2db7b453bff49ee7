package dev.omsteps.time;

import java.time.Duration;

/** Waits; injected so that tests of retries and polling never really sleep. */
@FunctionalInterface
public interface Sleeper {

    void sleep(Duration d) throws InterruptedException;

    Sleeper REAL = d -> Thread.sleep(d.toMillis());
}
