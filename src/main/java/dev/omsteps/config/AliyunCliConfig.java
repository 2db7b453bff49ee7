package dev.omsteps.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/** The {@code aliyun} CLI's {@code ~/.aliyun/config.json}: profiles in mode AK or StsToken. */
final class AliyunCliConfig {

    private final Path file;

    AliyunCliConfig(Path file) {
        this.file = file;
    }

    boolean exists() {
        return Files.isRegularFile(file);
    }

    /** The profile named, or the file's {@code current} one when {@code name} is null. */
    Optional<ProfileSettings> profile(String name) {
        if (!exists()) {
            return Optional.empty();
        }
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(file.toFile());
        } catch (IOException e) {
            throw new ConfigException("cannot read " + file + ": it is not valid JSON",
                    "fix the file or run 'aliyun configure' again");
        }
        String wanted = name != null ? name : root.path("current").asText("default");
        for (JsonNode p : root.path("profiles")) {
            if (!wanted.equals(p.path("name").asText())) {
                continue;
            }
            String mode = p.path("mode").asText("AK").toUpperCase(Locale.ROOT);
            if (!mode.equals("AK") && !mode.equals("STSTOKEN")) {
                throw new ConfigException("profile '" + wanted + "' in " + file + " uses mode " + p.path("mode").asText()
                        + ", which omsteps does not support", "use a profile in mode AK or StsToken, or set ALIBABA_CLOUD_ACCESS_KEY_ID/SECRET");
            }
            return Optional.of(new ProfileSettings(wanted, text(p, "access_key_id"), text(p, "access_key_secret"),
                    mode.equals("STSTOKEN") ? text(p, "sts_token") : null, text(p, "region_id")));
        }
        return Optional.empty();
    }

    private static String text(JsonNode p, String key) {
        String s = p.path(key).asText("");
        return s.isBlank() ? null : s.strip();
    }
}
