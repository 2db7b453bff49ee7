package dev.omsteps.config;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonParser;
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
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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

    /** The file, or an empty config when there is none at the default place; a file named by OMSTEPS_CONFIG must exist. */
    public static OmstepsConfigFile load(Map<String, String> env, Path home) {
        Path p = location(env, home);
        if (!Files.isRegularFile(p)) {
            String explicit = env.get(ENV_CONFIG);
            if (explicit != null && !explicit.isBlank()) {
                throw new ConfigException(ENV_CONFIG + " names " + p + ", which is not a file",
                        "create it, or unset " + ENV_CONFIG + " to use the default location");
            }
            return new OmstepsConfigFile(p, null, Map.of());
        }
        byte[] bytes;
        try {
            bytes = BoundedFile.readBytes(p);
        } catch (BoundedFile.Unreadable e) {
            throw new ConfigException(e.getMessage(), "fix the file (see the README's Contexts section)");
        }
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory())
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
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
        } catch (JsonProcessingException e) {
            String where = e.getLocation() != null ? " at line " + e.getLocation().getLineNr() : "";
            Matcher duplicate = Pattern.compile("^Duplicate field '([^']*)'").matcher(String.valueOf(e.getOriginalMessage()));
            if (duplicate.find()) {
                throw new ConfigException(p + ": '" + duplicate.group(1) + "' is defined twice" + where,
                        "give each context a name of its own and each setting one value");
            }
            throw new ConfigException("cannot read " + p + where, "fix its YAML syntax (see the README's Contexts section)");
        } catch (IOException e) {
            throw new ConfigException("cannot read " + p, "check that it is readable");
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
