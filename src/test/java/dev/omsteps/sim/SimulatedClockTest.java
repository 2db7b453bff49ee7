package dev.omsteps.sim;

import dev.omsteps.testing.FakeClock;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SimulatedClockTest {

    private static final Instant START = Instant.parse("2026-11-25T10:00:00Z");

    @Test
    void runsSpeedTimesFasterThanItsBase() {
        FakeClock base = new FakeClock(START);
        SimulatedClock sim = new SimulatedClock(base, 2000);
        assertEquals(START, sim.instant());
        base.advance(Duration.ofSeconds(3));
        assertEquals(Duration.ofSeconds(6000), sim.elapsed());
        assertEquals(START.plusSeconds(6000), sim.instant());
        assertEquals(Duration.ofSeconds(3), sim.realTimeFor(Duration.ofSeconds(6000)));
    }

    @Test
    void neverGoesBackBeforeItsOrigin() {
        FakeClock base = new FakeClock(START);
        SimulatedClock sim = new SimulatedClock(base, 10);
        base.set(START.minusSeconds(5));
        assertEquals(Duration.ZERO, sim.elapsed());
    }

    @Test
    void refusesANonPositiveSpeed() {
        assertThrows(IllegalArgumentException.class, () -> new SimulatedClock(new FakeClock(START), 0));
        assertThrows(IllegalArgumentException.class, () -> new SimulatedClock(new FakeClock(START), Double.NaN));
    }
}
