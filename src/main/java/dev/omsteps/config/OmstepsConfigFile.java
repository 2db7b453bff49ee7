package dev.omsteps.config;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.omsteps.files.BoundedFile;
import dev.omsteps.model.Printable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * omsteps' own config file, {@code $XDG_CONFIG_HOME/omsteps/config.yaml} (default
 * {@code ~/.config/omsteps/config.yaml}, or {@code OMSTEPS_CONFIG}), with named contexts the way
 * kubectl has them:
 * <pre>
 * current-context: prod
 * contexts:
 *   prod: {profile: prod, region: cn-hangzhou}
 *   dc1:  {oms-url: "http://oms.dc1.example.com:8089", oms-user: admin}
 * </pre>
 */
public record OmstepsConfigFile(Path path, String currentContext, Map<String, ContextConfig> contexts) {

    public static final String ENV_CONFIG = "OMSTEPS_CONFIG";

    /** The file's contents as written; only used for reading. */
    record Contents(@JsonProperty("current-context") String currentContext,
                    @JsonProperty("contexts") Map<String, ContextConfig> contexts) {
    }

    public static Path location(Map<String, String> env, Path home) {
        String explicit = env.get(ENV_CONFIG);
        if (explicit != null && !explicit.isBlank()) {
            return Path.of(explicit);
        }
        String xdg = env.get("XDG_CONFIG_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : home.resolve(".config");
        return base.resolve("omsteps").resolve("config.yaml");
    }

    /** The file, or an empty config when there is none. */
    public static OmstepsConfigFile load(Map<String, String> env, Path home) {
        Path p = location(env, home);
        if (!Files.isRegularFile(p)) {
            return new OmstepsConfigFile(p, null, Map.of());
        }
        byte[] bytes;
        try {
            bytes = BoundedFile.readBytes(p);
        } catch (BoundedFile.Unreadable e) {
            throw new ConfigException(e.getMessage(), "fix the file (see the README's Contexts section)");
        }
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory()).enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        try {
            Contents c = yaml.readValue(bytes, Contents.class);
            if (c == null) {
                return new OmstepsConfigFile(p, null, Map.of());
            }
            Map<String, ContextConfig> contexts = new LinkedHashMap<>();
            if (c.contexts() != null) {
                // made printable as it enters: names and URLs are listed by 'omsteps config' and quoted in errors
                c.contexts().forEach((k, v) -> contexts.put(Printable.of(k), v == null ? new ContextConfig(null, null, null, null, null)
                        : new ContextConfig(Printable.of(v.profile()), Printable.of(v.region()), Printable.of(v.endpoint()),
                                Printable.of(v.omsUrl()), Printable.of(v.omsUser()))));
            }
            return new OmstepsConfigFile(p, Printable.of(c.currentContext()), contexts);
        } catch (UnrecognizedPropertyException e) {
            throw new ConfigException(p + ": unknown setting '" + e.getPropertyName() + "'",
                    "a context takes profile, region, endpoint, oms-url and oms-user");
        } catch (IOException e) {
            String where = e instanceof com.fasterxml.jackson.core.JsonProcessingException jp && jp.getLocation() != null
                    ? " at line " + jp.getLocation().getLineNr() : "";
            throw new ConfigException("cannot read " + p + where, "fix its YAML syntax (see the README's Contexts section)");
        }
    }

    public ContextConfig context(String name) {
        ContextConfig c = contexts.get(name);
        if (c == null) {
            throw new ConfigException("context '" + name + "' is not in " + path,
                    contexts.isEmpty() ? "add it to that file" : "known contexts: " + String.join(", ", contexts.keySet()));
        }
        return c;
    }
}
