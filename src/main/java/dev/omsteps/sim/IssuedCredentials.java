package dev.omsteps.sim;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The temporary credentials the simulator's STS and metadata service handed out, so that its gateway can accept
 * them with their token until they expire, as the real one does. Lives as long as one simulator.
 */
final class IssuedCredentials {

    /** One temporary AccessKey: its secret, its token and when it stops working. */
    record Issued(String accessKeyId, String accessKeySecret, String securityToken, Instant expiration) {
        @Override
        public String toString() {
            return "Issued[accessKeyId=" + accessKeyId + ", expiration=" + expiration + "]";
        }
    }

    private final Map<String, Issued> byKeyId = new ConcurrentHashMap<>();
    private final SecureRandom random = new SecureRandom();
    private final Clock clock;
    private final Duration longest;

    IssuedCredentials(Clock clock, Duration longest) {
        this.clock = clock;
        this.longest = longest;
    }

    /** New credentials living {@code asked}, or the simulator's cap when that is shorter. */
    Issued issue(Duration asked) {
        Duration life = asked.compareTo(longest) < 0 ? asked : longest;
        Issued i = new Issued("STS.sim" + hex(10), hex(20), "CAIS" + hex(40), clock.instant().plus(life).truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
        byKeyId.put(i.accessKeyId(), i);
        return i;
    }

    int count() {
        return byKeyId.size();
    }

    Optional<Issued> find(String accessKeyId) {
        return accessKeyId == null ? Optional.empty() : Optional.ofNullable(byKeyId.get(accessKeyId));
    }

    boolean expired(Issued i) {
        return !clock.instant().isBefore(i.expiration());
    }

    private String hex(int bytes) {
        byte[] b = new byte[bytes];
        random.nextBytes(b);
        return HexFormat.of().formatHex(b);
    }
}
