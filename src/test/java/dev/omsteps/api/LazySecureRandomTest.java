package dev.omsteps.api;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LazySecureRandomTest {

    @Test
    void drawsWithinTheBound() {
        LazySecureRandom r = new LazySecureRandom();
        for (int i = 0; i < 1000; i++) {
            long n = r.nextLong(7);
            assertTrue(n >= 0 && n < 7, "out of bounds: " + n);
            double d = r.nextDouble();
            assertTrue(d >= 0 && d < 1, "out of bounds: " + d);
        }
    }
}
