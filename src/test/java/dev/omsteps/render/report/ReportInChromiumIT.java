package dev.omsteps.render.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The HTML report opened in headless Chromium (Debian's {@code chromium} package): no console
 * message (the page has no script, so any message is an error or a blocked fetch), the charts drawn
 * with data, the hostile table name shown as text, and a screenshot that is not blank. Chromium
 * runs offline-minded (no background networking, no component updates, no sync) with a new empty
 * profile each time. Without Chromium the test is skipped, except in CI, where it fails.
 */
class ReportInChromiumIT {

    private static final long TIMEOUT_SECONDS = 90;

    @TempDir
    Path dir;

    private static String chromium;

    @BeforeAll
    static void findChromium() throws Exception {
        for (String name : List.of("chromium", "chromium-browser")) {
            Process p = new ProcessBuilder("sh", "-c", "command -v " + name).redirectErrorStream(true).start();
            String path = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            if (p.waitFor() == 0 && !path.isEmpty()) {
                chromium = path;
                return;
            }
        }
        if ("true".equals(System.getenv("CI"))) {
            fail("chromium is not installed: .ci/run installs Debian's chromium package for this test");
        }
        Assumptions.abort("chromium is not installed (Debian: apt-get install chromium); the browser test is skipped");
    }

    /** What one run of Chromium printed: its standard output and its log on standard error. */
    private record Run(String stdout, String log) {
        List<String> consoleLines() {
            return log.lines().filter(l -> l.contains(":CONSOLE")).toList();
        }
    }

    private Run chromium(Path page, String... extra) throws IOException, InterruptedException {
        Path profile = Files.createTempDirectory(dir, "profile-");
        List<String> cmd = new ArrayList<>(List.of(chromium, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + profile, "--enable-logging=stderr", "--v=0", "--window-size=1100,2400"));
        cmd.addAll(List.of(extra));
        cmd.add(page.toUri().toString());
        Path out = dir.resolve("stdout-" + System.nanoTime());
        Path err = dir.resolve("stderr-" + System.nanoTime());
        Process p = new ProcessBuilder(cmd).directory(dir.toFile()).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly();
            fail("chromium did not finish within " + TIMEOUT_SECONDS + " s");
        }
        return new Run(Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    }

    private Path reportPage() throws IOException {
        Path page = dir.resolve("report.html");
        Files.writeString(page, new ReportHtml().render(ReportFixtures.report()), StandardCharsets.UTF_8);
        return page;
    }

    @Test
    void theConsoleCheckSeesAnErrorOnAPageThatMakesOne() throws Exception {
        Path control = dir.resolve("control.html");
        Files.writeString(control, "<!DOCTYPE html><p>control</p><script>console.error('control-error-42')</script>");
        Run run = chromium(control, "--dump-dom");
        assertTrue(run.consoleLines().stream().anyMatch(l -> l.contains("control-error-42")), run.log());
    }

    @Test
    void theReportLoadsWithoutConsoleErrorsAndDrawsItsChartsWithHostileTextAsText() throws Exception {
        Run run = chromium(reportPage(), "--dump-dom");
        assertEquals(List.of(), run.consoleLines(), "console messages");
        String dom = run.stdout();
        assertTrue(dom.contains("id=\"verdict\""), dom);
        assertEquals(3, count(dom, "<polyline class=\"series\""), "three charts drawn with data");
        assertTrue(count(dom, "<rect class=\"bar ") >= 5, "the timeline has its bars");
        assertTrue(count(dom, "<svg") >= 4, "a timeline and three charts");
        assertFalse(dom.contains("<img"), "the table name made no element");
        assertFalse(dom.contains("<script"), "nothing made a script");
        assertTrue(dom.contains("shop.&lt;img src=x onerror=alert(1)&gt;|[x](http://evil.example)"), "the name is shown as text");
    }

    @Test
    void theScreenshotIsNotBlankInLightAndDarkMode() throws Exception {
        Path page = reportPage();
        BufferedImage light = screenshot(page, "light.png");
        BufferedImage dark = screenshot(page, "dark.png", "--force-dark-mode", "--blink-settings=preferredColorScheme=0");
        for (BufferedImage img : List.of(light, dark)) {
            assertTrue(distinctColours(img) > 20, "more than a blank page: " + distinctColours(img) + " colours");
        }
        assertTrue(luminance(light.getRGB(5, 5)) > 200, "light background");
        assertTrue(luminance(dark.getRGB(5, 5)) < 60, "dark background in dark mode");
    }

    private BufferedImage screenshot(Path page, String name, String... extra) throws Exception {
        Path png = dir.resolve(name);
        List<String> args = new ArrayList<>(List.of(extra));
        args.add("--screenshot=" + png);
        Run run = chromium(page, args.toArray(String[]::new));
        assertTrue(Files.size(png) > 10_000, "a screenshot was written: " + run.log());
        BufferedImage img = ImageIO.read(png.toFile());
        assertEquals(1100, img.getWidth());
        return img;
    }

    private static int distinctColours(BufferedImage img) {
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < img.getHeight(); y += 3) {
            for (int x = 0; x < img.getWidth(); x += 3) {
                colours.add(img.getRGB(x, y) & 0xffffff);
            }
        }
        return colours.size();
    }

    private static int luminance(int rgb) {
        return (int) (0.2126 * (rgb >> 16 & 0xff) + 0.7152 * (rgb >> 8 & 0xff) + 0.0722 * (rgb & 0xff));
    }

    private static int count(String s, String part) {
        int n = 0;
        for (int i = s.indexOf(part); i >= 0; i = s.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }
}
