package dev.omsteps.watch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The poll loop stands apart from its views: nothing in the watch package imports rendering or a view. */
class WatchLayeringTest {

    static final Path LOOP = Path.of("src/main/java/dev/omsteps/watch");

    @Test
    void thePollLoopImportsNothingFromRendering() throws IOException {
        List<Path> sources;
        try (Stream<Path> files = Files.list(LOOP)) {
            sources = files.filter(p -> p.toString().endsWith(".java")).toList();
        }
        assertTrue(sources.size() >= 10, "the loop's sources were found: " + sources);
        List<String> reaches = sources.stream().flatMap(WatchLayeringTest::imports)
                .filter(l -> l.contains("import dev.omsteps.render.") || l.contains("import dev.omsteps.watch.view.")
                        || l.contains("import dev.omsteps.cli."))
                .toList();
        assertEquals(List.of(), reaches);
    }

    /** Each import line, named by its file. */
    private static Stream<String> imports(Path p) {
        try {
            return Files.readAllLines(p).stream().filter(l -> l.startsWith("import ")).map(l -> p.getFileName() + ": " + l);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
