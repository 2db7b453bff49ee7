package dev.omsteps.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/** Version and commit, written into the jar at build time. */
public final class VersionProvider implements IVersionProvider {

    public static Properties build() {
        Properties p = new Properties();
        try (InputStream in = VersionProvider.class.getResourceAsStream("/dev/omsteps/build.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException ignored) {
            // a jar without build info still runs; the version then reads "unknown"
        }
        return p;
    }

    public static String version() {
        return build().getProperty("version", "unknown");
    }

    @Override
    public String[] getVersion() {
        Properties p = build();
        String commit = p.getProperty("commit", "");
        if ("true".equals(p.getProperty("dirty"))) {
            commit += ", modified";
        }
        return new String[] {
            "omsteps " + p.getProperty("version", "unknown") + (commit.isBlank() || commit.equals("unknown") || commit.startsWith("$") ? "" : " (commit " + commit + ")"),
            "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")"
        };
    }
}
