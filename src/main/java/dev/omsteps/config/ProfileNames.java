package dev.omsteps.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;

/** Names of the profiles in the aliyun CLI's config.json and in credentials.ini; unreadable files give none. */
public final class ProfileNames {

    private ProfileNames() {
    }

    public static List<String> list(Path home) {
        TreeSet<String> names = new TreeSet<>();
        Path json = home.resolve(".aliyun").resolve("config.json");
        if (Files.isRegularFile(json)) {
            try {
                for (JsonNode p : new ObjectMapper().readTree(BoundedFile.readBytes(json, null)).path("profiles")) {
                    String n = p.path("name").asText("");
                    if (!n.isBlank()) {
                        names.add(n);
                    }
                }
            } catch (IOException | ConfigException ignored) {
                // completion must never fail loudly
            }
        }
        Path ini = home.resolve(".alibabacloud").resolve("credentials.ini");
        if (Files.isRegularFile(ini)) {
            try {
                for (String line : BoundedFile.readString(ini, null).lines().toList()) {
                    String l = line.strip();
                    if (l.startsWith("[") && l.endsWith("]") && l.length() > 2) {
                        names.add(l.substring(1, l.length() - 1).strip());
                    }
                }
            } catch (ConfigException ignored) {
                // as above
            }
        }
        return List.copyOf(names);
    }
}
