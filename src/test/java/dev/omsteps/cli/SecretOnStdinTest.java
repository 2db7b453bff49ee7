package dev.omsteps.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** {@code --access-key-secret -} reads one line, bounded: standard input may be /dev/zero. */
class SecretOnStdinTest {

    @Test
    void readsTheFirstLine() throws Exception {
        assertEquals("s3cret\r", ClientFactory.firstLine(new ByteArrayInputStream("s3cret\r\nmore\n".getBytes(StandardCharsets.UTF_8))));
        assertEquals("last", ClientFactory.firstLine(new ByteArrayInputStream("last".getBytes(StandardCharsets.UTF_8))));
    }

    @Test
    void anEndlessStreamWithoutALineBreakIsRefusedAtTheCap() throws Exception {
        InputStream zeros = new InputStream() {
            @Override
            public int read() {
                return 0;
            }
        };
        assertNull(ClientFactory.firstLine(zeros));
    }
}
