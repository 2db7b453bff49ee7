package dev.omsteps.credentials;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The Alibaba Cloud SDKs' credentials file ({@code ~/.alibabacloud/credentials.ini}, or
 * {@value CredentialEnv#CREDENTIALS_FILE}): sections of {@code key = value} with a {@code type}.
 */
public record IniFile(Path path, Map<String, Map<String, String>> sections) {

    public static IniFile read(Path path) {
        if (!Files.isRegularFile(path)) {
            return new IniFile(path, Map.of());
        }
        List<String> lines;
        try {
            lines = Files.readAllLines(path, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw CredentialsException.config("cannot read " + path, "check that the file is readable");
        }
        Map<String, Map<String, String>> sections = new LinkedHashMap<>();
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
                throw CredentialsException.config("cannot read " + path + ": line " + lineNo + " is neither [section] nor key = value",
                        "fix the file's syntax");
            }
            String v = line.substring(eq + 1).strip();
            current.put(line.substring(0, eq).strip(), unquote(v));
        }
        return new IniFile(path, sections);
    }

    private static String unquote(String v) {
        if (v.length() >= 2 && (v.startsWith("\"") && v.endsWith("\"") || v.startsWith("'") && v.endsWith("'"))) {
            return v.substring(1, v.length() - 1);
        }
        return v;
    }

    /** The section, unless absent or switched off with {@code enable = false}. */
    public Map<String, String> section(String name) {
        Map<String, String> s = sections.get(name);
        return s == null || "false".equalsIgnoreCase(s.get("enable")) ? null : s;
    }
}
