package dev.omsteps.cli;

import dev.omsteps.api.ApiClient;
import dev.omsteps.api.ClientOptions;
import dev.omsteps.api.OmsClient;
import dev.omsteps.config.Endpoints;
import dev.omsteps.config.SettingsOverrides;
import dev.omsteps.config.Target;
import dev.omsteps.config.TargetResolver;
import dev.omsteps.credentials.CredentialsHttp;
import dev.omsteps.http.HttpProxy;
import dev.omsteps.http.Network;
import dev.omsteps.model.Printable;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

/** Builds the API client a command needs from the global options, the environment and the config file. */
final class ClientFactory {

    private ClientFactory() {
    }

    /**
     * For a one-off command: it has {@link ClientOptions#COMMAND_BUDGET} in all, retries and the fetch of
     * temporary credentials included.
     */
    static OmsClient create(OmstepsCommand root, TargetOptions t) {
        Instant end = commandDeadline(root);
        return create(root, t, target(root, t, t.contextName, end), ClientOptions.defaults().withDeadline(end));
    }

    /** When a one-off command started now must be done. */
    static Instant commandDeadline(OmstepsCommand root) {
        return root.context().clock().instant().plus(ClientOptions.COMMAND_BUDGET);
    }

    /** Where a watch talks to (no end but its own), with the transport checked (plain HTTP only to loopback unless allowed). */
    static Target target(OmstepsCommand root, TargetOptions t) {
        return target(root, t, t.contextName, null);
    }

    /**
     * As {@link #target(OmstepsCommand, TargetOptions)}, for the named context (null: the usual choice);
     * fetching temporary credentials ends by {@code deadline} (null: each fetch has its own limit only).
     */
    static Target target(OmstepsCommand root, TargetOptions t, String contextName, Instant deadline) {
        CliContext ctx = root.context();
        TargetResolver.Flags flags = new TargetResolver.Flags(
                new SettingsOverrides(t.endpoint, t.region, t.profile, t.accessKeyId, secretFromFlag(root, t), null),
                contextName, t.omsUrl, t.omsUser);
        CredentialsHttp http = CredentialsHttp.defaults(network(root, t), ctx.clock(), deadline);
        Target target = new TargetResolver(ctx.env(), ctx.home(), ctx.clock(), http).resolve(flags, user -> promptPassword(ctx.console(), user));
        // Warned only once the settings hold, so that a failing command still ends in exactly one error line.
        if (t.accessKeySecret != null && !t.accessKeySecret.equals("-")) {
            ctx.err().println("omsteps: warning: a secret given as a flag value lands in shell history"
                    + " — prefer ALIBABA_CLOUD_ACCESS_KEY_SECRET, a profile, or --access-key-secret -");
        }
        String warning = Endpoints.checkTransport(target.endpoint(), t.allowHttp);
        if (warning != null) {
            ctx.err().println(warning);
        }
        return target;
    }

    /** How the API client reaches the network, for every other client too (credential sources, webhooks). */
    static Network network(OmstepsCommand root, TargetOptions t) {
        return t.network(root.context().env());
    }

    static OmsClient create(OmstepsCommand root, TargetOptions t, Target target, ClientOptions base) {
        CliContext ctx = root.context();
        Network network = network(root, t);
        ClientOptions options = base.withTime(ctx.clock(), ctx.sleeper()).withNetwork(network);
        if (root.debug()) {
            HttpProxy proxy = network.proxies().forUrl(target.endpoint());
            options = options.withTrace(ctx.err());
            ctx.err().println("omsteps: " + (proxy == null ? "no proxy" : "proxy " + proxy) + " for " + target.endpoint().getHost());
        }
        String userAgent = "omsteps/" + VersionProvider.version();
        if (target instanceof Target.SelfHosted oms) {
            if (root.debug()) {
                ctx.err().println(Printable.of("omsteps: self-hosted OMS " + oms.settings().baseUrl()
                        + (oms.settings().hasUser() ? " as " + oms.settings().user() : " without a user")));
            }
            return ApiClient.selfHosted(oms.settings(), options, userAgent);
        }
        Target.Cloud cloud = (Target.Cloud) target;
        if (root.debug()) {
            ctx.err().println(Printable.of("omsteps: endpoint " + cloud.endpoint() + ", region " + cloud.settings().region()
                    + ", credentials from " + cloud.settings().credentials().source()));
        }
        return ApiClient.cloud(cloud.settings(), options, userAgent);
    }

    /** Asks on the terminal, never echoing; null when there is no terminal to ask on. */
    private static String promptPassword(UserConsole console, String user) {
        char[] pw = console.readPassword("OMS password for " + Printable.of(user) + ": ");
        return pw == null ? null : new String(pw);
    }

    /** Far above any AccessKey secret; standard input may be /dev/zero or a stream that never ends. */
    static final int MAX_SECRET_LINE = 4096;

    /** The first line of {@code in} (without its break), or null when none ends within {@link #MAX_SECRET_LINE} bytes. */
    static String firstLine(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        for (int b = in.read(); b != -1 && b != '\n'; b = in.read()) {
            if (line.size() >= MAX_SECRET_LINE) {
                return null;
            }
            line.write(b);
        }
        return line.toString(StandardCharsets.UTF_8);
    }

    private static String secretFromFlag(OmstepsCommand root, TargetOptions t) {
        String v = t.accessKeySecret;
        if (v == null) {
            return null;
        }
        if (v.equals("-")) {
            String line;
            try {
                line = firstLine(root.context().in());
            } catch (IOException e) {
                throw new UsageException("cannot read the secret from standard input", "pipe the secret in");
            }
            if (line == null) {
                throw new UsageException("--access-key-secret - found more than " + MAX_SECRET_LINE + " bytes before a line break on standard input",
                        "pipe the secret alone, e.g. from a password manager");
            }
            if (line.isBlank()) {
                throw new UsageException("--access-key-secret - found nothing on standard input", "pipe the secret in, e.g. from a password manager");
            }
            return line.strip();
        }
        return v;
    }
}
