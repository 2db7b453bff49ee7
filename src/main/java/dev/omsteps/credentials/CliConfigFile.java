package dev.omsteps.credentials;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** The aliyun CLI's {@code ~/.aliyun/config.json}: its {@code current} profile's name and its profiles. */
public record CliConfigFile(Path path, String current, Map<String, CliProfile> profiles) {

    public static CliConfigFile at(Path home) {
        return new CliConfigFile(home.resolve(".aliyun").resolve("config.json"), null, Map.of());
    }

    /** The file read; an absent file has no profiles. */
    public CliConfigFile load() {
        if (!Files.isRegularFile(path)) {
            return this;
        }
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(path.toFile());
        } catch (IOException e) {
            throw CredentialsException.config("cannot read " + path + ": it is not valid JSON", "fix the file or run 'aliyun configure' again");
        }
        Map<String, CliProfile> byName = new LinkedHashMap<>();
        for (JsonNode p : root.path("profiles")) {
            CliProfile profile = CliProfile.of(p);
            if (profile.name() != null) {
                byName.put(profile.name(), profile);
            }
        }
        String cur = root.path("current").asText("");
        return new CliConfigFile(path, cur.isBlank() ? "default" : cur, byName);
    }
}
