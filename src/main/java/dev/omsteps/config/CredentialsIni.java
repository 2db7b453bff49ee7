package dev.omsteps.config;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The Alibaba Cloud SDKs' {@code ~/.alibabacloud/credentials.ini} ({@code type = access_key} sections). */
final class CredentialsIni {

    private final Path file;

    CredentialsIni(Path file) {
        this.file = file;
    }

    Optional<ProfileSettings> profile(String name) {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        Map<String, Map<String, String>> sections = parse();
        Map<String, String> s = sections.get(name == null ? "default" : name);
        if (s == null || "false".equalsIgnoreCase(s.get("enable"))) {
            return Optional.empty();
        }
        String type = s.getOrDefault("type", "access_key");
        if (!type.equals("access_key") && !type.equals("sts")) {
            return Optional.empty();
        }
        return Optional.of(new ProfileSettings(name == null ? "default" : name, s.get("access_key_id"), s.get("access_key_secret"),
                s.get("security_token"), s.get("region_id")));
    }

    private Map<String, Map<String, String>> parse() {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ConfigException("cannot read " + file, "check that the file is readable");
        }
        Map<String, Map<String, String>> sections = new HashMap<>();
        Map<String, String> current = null;
        int lineNo = 0;
        for (String raw : lines) {
            lineNo++;
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#") || line.startsWith(";")) {
                continue;
            }
            if (line.startsWith("[") && line.endsWith("]")) {
                current = sections.computeIfAbsent(line.substring(1, line.length() - 1).strip(), k -> new LinkedHashMap<>());
                continue;
            }
            int eq = line.indexOf('=');
            if (eq < 0 || current == null) {
                throw new ConfigException("cannot read " + file + ": line " + lineNo + " is neither [section] nor key = value",
                        "fix the file's syntax");
            }
            current.put(line.substring(0, eq).strip(), unquote(line.substring(eq + 1).strip()));
        }
        return sections;
    }

    private static String unquote(String v) {
        if (v.length() >= 2 && (v.startsWith("\"") && v.endsWith("\"") || v.startsWith("'") && v.endsWith("'"))) {
            return v.substring(1, v.length() - 1);
        }
        return v;
    }
}
