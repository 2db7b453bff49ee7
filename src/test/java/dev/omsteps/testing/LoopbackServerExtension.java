package dev.omsteps.testing;

import java.lang.reflect.Field;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Starts the {@link LoopbackServer} fields of a test before each test and closes them after: loopback only,
 * so no test reaches beyond this machine, and an ephemeral port, so tests run side by side.
 */
public final class LoopbackServerExtension implements BeforeEachCallback, AfterEachCallback {

    @Override
    public void beforeEach(ExtensionContext context) throws Exception {
        Object test = context.getRequiredTestInstance();
        for (Field f : fields(test.getClass())) {
            MockWebServer server = new MockWebServer();
            server.start(InetAddress.getByName("127.0.0.1"), 0);
            f.set(test, server);
        }
    }

    @Override
    public void afterEach(ExtensionContext context) throws Exception {
        Object test = context.getRequiredTestInstance();
        for (Field f : fields(test.getClass())) {
            if (f.get(test) instanceof MockWebServer server) {
                server.close();
            }
        }
    }

    private static List<Field> fields(Class<?> type) {
        List<Field> found = new ArrayList<>();
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field f : c.getDeclaredFields()) {
                if (f.isAnnotationPresent(LoopbackServer.class)) {
                    if (f.getType() != MockWebServer.class) {
                        throw new IllegalStateException("@LoopbackServer goes on a MockWebServer field, not on " + f);
                    }
                    f.setAccessible(true);
                    found.add(f);
                }
            }
        }
        return found;
    }
}
