package dev.omsteps.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * On a {@code MockWebServer} field: a fresh server on 127.0.0.1 and an ephemeral port before each
 * test, closed after it (see {@link LoopbackServerExtension}).
 */
@Target(ElementType.FIELD)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(LoopbackServerExtension.class)
public @interface LoopbackServer {
}
