package dev.omsteps.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class HumanUnitsTest {

    @Test
    void rowsHaveTwoDecimalsOnceScaled() {
        assertEquals("950", HumanUnits.rows(950));
        assertEquals("1.24B", HumanUnits.rows(1_240_000_000L));
        assertEquals("2.00B", HumanUnits.rows(2_000_000_000L));
        assertEquals("18.25M", HumanUnits.rows(18_250_000));
        assertEquals("1.00M", HumanUnits.rows(999_999), "rounding up promotes to the next unit");
    }

    @Test
    void ratesHaveOneDecimal() {
        assertEquals("5.1k", HumanUnits.rate(5100));
        assertEquals("6.0k", HumanUnits.rate(6000));
        assertEquals("0", HumanUnits.rate(0));
        assertEquals("1.0M", HumanUnits.rate(999_960));
    }

    @Test
    void bytesAreBinary() {
        assertEquals("512 B/s", HumanUnits.bytesPerSecond(512));
        assertEquals("12.3 MiB/s", HumanUnits.bytesPerSecond(12_897_485));
        assertEquals("1.0 GiB/s", HumanUnits.bytesPerSecond(1L << 30));
    }

    @Test
    void durationsUseTwoUnits() {
        assertEquals("0s", HumanUnits.duration(Duration.ZERO));
        assertEquals("12s", HumanUnits.duration(Duration.ofSeconds(12)));
        assertEquals("1m03s", HumanUnits.duration(Duration.ofSeconds(63)));
        assertEquals("1h12m", HumanUnits.duration(Duration.ofMinutes(72)));
        assertEquals("3d02h", HumanUnits.duration(Duration.ofHours(74)));
        assertEquals("0s", HumanUnits.duration(Duration.ofSeconds(-5)));
    }
}
