package dev.omsteps.sim;

import dev.omsteps.time.Sleeper;
import dev.omsteps.sim.scenario.ScenarioCatalog;
import java.time.Clock;
import java.time.Duration;

/**
 * How to run a simulator. {@code clock} drives the scenarios (sped up by {@code speed}); {@code serverClock} is
 * what the gateway compares request timestamps with, the real time by default, since clients sign with theirs.
 *
 * @param port 0 for an ephemeral port
 * @param faultRate share of answers that are faults, 0..1
 * @param stsLifetime the longest life of the temporary credentials its STS and metadata service hand out (they
 *                    honour a shorter DurationSeconds), so that a refresh can be seen within minutes
 * @param autoSwitchover how long (simulated) a waiting forward switchover waits before it starts by itself, for
 *                       unattended runs; null: it waits until started through the simulator's control
 * @param ocpEnvelope    whether the self-hosted flavour wraps answers in the OCP-style envelope
 *                       ({@code Code: 200, Message: "successful"}, a numeric {@code Cost})
 */
public record SimulatorOptions(int port, double speed, double faultRate, long seed, Clock clock, Clock serverClock,
                               Sleeper sleeper, SimulatorCredentials credentials, ScenarioCatalog scenarios,
                               Duration stsLifetime, Duration autoSwitchover, boolean ocpEnvelope) {

    public SimulatorOptions {
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("port must be 0..65535, not " + port);
        }
        if (!(speed > 0) || Double.isInfinite(speed)) {
            throw new IllegalArgumentException("speed must be a positive number, not " + speed);
        }
        if (!(faultRate >= 0 && faultRate <= 1)) {
            throw new IllegalArgumentException("the fault rate must be between 0 and 1, not " + faultRate);
        }
        if (stsLifetime == null || stsLifetime.compareTo(Duration.ofSeconds(30)) < 0) {
            throw new IllegalArgumentException("temporary credentials must live at least 30 seconds, not " + stsLifetime);
        }
        if (autoSwitchover != null && autoSwitchover.isNegative()) {
            throw new IllegalArgumentException("the automatic switchover cannot come before it waits: " + autoSwitchover);
        }
    }

    public SimulatorOptions(int port, double speed, double faultRate, long seed, Clock clock, Clock serverClock,
                            Sleeper sleeper, SimulatorCredentials credentials, ScenarioCatalog scenarios, Duration stsLifetime) {
        this(port, speed, faultRate, seed, clock, serverClock, sleeper, credentials, scenarios, stsLifetime, null, false);
    }

    /** Ephemeral port, real time at speed 1, no faults, seed 1, the demo credentials and the standard scenarios. */
    public static SimulatorOptions defaults() {
        return new SimulatorOptions(0, 1, 0, 1, Clock.systemUTC(), Clock.systemUTC(), Sleeper.REAL,
                SimulatorCredentials.demo(), ScenarioCatalog.standard(), Duration.ofHours(1));
    }

    public SimulatorOptions withPort(int p) {
        return new SimulatorOptions(p, speed, faultRate, seed, clock, serverClock, sleeper, credentials, scenarios, stsLifetime, autoSwitchover, ocpEnvelope);
    }

    public SimulatorOptions withSpeed(double s) {
        return new SimulatorOptions(port, s, faultRate, seed, clock, serverClock, sleeper, credentials, scenarios, stsLifetime, autoSwitchover, ocpEnvelope);
    }

    public SimulatorOptions withFaults(double rate, long seedValue) {
        return new SimulatorOptions(port, speed, rate, seedValue, clock, serverClock, sleeper, credentials, scenarios, stsLifetime, autoSwitchover, ocpEnvelope);
    }

    /** The base clock of the simulated time (a settable fake in tests). */
    public SimulatorOptions withClock(Clock c) {
        return new SimulatorOptions(port, speed, faultRate, seed, c, serverClock, sleeper, credentials, scenarios, stsLifetime, autoSwitchover, ocpEnvelope);
    }

    public SimulatorOptions withServerClock(Clock c) {
        return new SimulatorOptions(port, speed, faultRate, seed, clock, c, sleeper, credentials, scenarios, stsLifetime, autoSwitchover, ocpEnvelope);
    }

    public SimulatorOptions withSleeper(Sleeper s) {
        return new SimulatorOptions(port, speed, faultRate, seed, clock, serverClock, s, credentials, scenarios, stsLifetime, autoSwitchover, ocpEnvelope);
    }

    public SimulatorOptions withCredentials(SimulatorCredentials c) {
        return new SimulatorOptions(port, speed, faultRate, seed, clock, serverClock, sleeper, c, scenarios, stsLifetime, autoSwitchover, ocpEnvelope);
    }

    public SimulatorOptions withScenarios(ScenarioCatalog s) {
        return new SimulatorOptions(port, speed, faultRate, seed, clock, serverClock, sleeper, credentials, s, stsLifetime, autoSwitchover, ocpEnvelope);
    }

    /** A waiting forward switchover starts by itself after {@code d} of simulated waiting; null: only when asked. */
    public SimulatorOptions withAutoSwitchover(Duration d) {
        return new SimulatorOptions(port, speed, faultRate, seed, clock, serverClock, sleeper, credentials, scenarios, stsLifetime, d, ocpEnvelope);
    }

    /** The self-hosted flavour answers in the OCP-style envelope. */
    public SimulatorOptions withOcpEnvelope(boolean ocp) {
        return new SimulatorOptions(port, speed, faultRate, seed, clock, serverClock, sleeper, credentials, scenarios, stsLifetime, autoSwitchover, ocp);
    }

    public SimulatorOptions withStsLifetime(Duration d) {
        return new SimulatorOptions(port, speed, faultRate, seed, clock, serverClock, sleeper, credentials, scenarios, d, autoSwitchover, ocpEnvelope);
    }
}
