package dev.omsteps.cli;

import dev.omsteps.api.ClientOptions;
import dev.omsteps.api.OmsClient;
import dev.omsteps.api.OpenApiClient;
import dev.omsteps.config.CloudSettings;
import dev.omsteps.config.Endpoints;
import dev.omsteps.config.SettingsOverrides;
import dev.omsteps.config.SettingsResolver;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

/** Builds the API client a command needs from the global options and the environment. */
final class ClientFactory {

    private ClientFactory() {
    }

    static OmsClient create(OmstepsCommand root) {
        return create(root, settings(root), ClientOptions.defaults());
    }

    static CloudSettings settings(OmstepsCommand root) {
        CliContext ctx = root.context();
        SettingsOverrides overrides = new SettingsOverrides(root.endpoint, root.region, root.profile,
                root.accessKeyId, secretFromFlag(root), null);
        CloudSettings settings = new SettingsResolver(ctx.env(), ctx.home()).resolve(overrides);
        String warning = Endpoints.checkTransport(settings.endpoint(), root.allowHttp);
        if (warning != null) {
            ctx.err().println(warning);
        }
        return settings;
    }

    static OmsClient create(OmstepsCommand root, CloudSettings settings, ClientOptions base) {
        CliContext ctx = root.context();
        ClientOptions options = base.withTime(ctx.clock(), ctx.sleeper()).withCaCert(root.caCert);
        if (root.debug()) {
            options = options.withTrace(ctx.err());
            ctx.err().println("omsteps: endpoint " + settings.endpoint() + ", region " + settings.region()
                    + ", credentials from " + settings.credentials().source() + " (AccessKey ID " + settings.credentials().accessKeyId() + ")");
        }
        return new OpenApiClient(settings, options, "omsteps/" + VersionProvider.version());
    }

    private static String secretFromFlag(OmstepsCommand root) {
        String v = root.accessKeySecret;
        if (v == null) {
            return null;
        }
        if (v.equals("-")) {
            try {
                String line = new BufferedReader(new InputStreamReader(root.context().in(), StandardCharsets.UTF_8)).readLine();
                if (line == null || line.isBlank()) {
                    throw new UsageException("--access-key-secret - found nothing on standard input", "pipe the secret in, e.g. from a password manager");
                }
                return line.strip();
            } catch (IOException e) {
                throw new UsageException("cannot read the secret from standard input", "pipe the secret in");
            }
        }
        root.context().err().println("omsteps: warning: a secret given as a flag value lands in shell history"
                + " — prefer ALIBABA_CLOUD_ACCESS_KEY_SECRET, a profile, or --access-key-secret -");
        return v;
    }
}
