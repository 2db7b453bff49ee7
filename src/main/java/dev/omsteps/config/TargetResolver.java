package dev.omsteps.config;

import dev.omsteps.credentials.CredentialsHttp;
import dev.omsteps.http.Network;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.function.Function;

/**
 * Picks the target: a context (flag {@code --context}, env {@code OMSTEPS_CONTEXT}, else the
 * file's {@code current-context}) supplies defaults; flags beat the environment, which beats the
 * context. An OMS URL from any of them means self-hosted; otherwise OceanBase Cloud.
 */
public final class TargetResolver {

    public static final String ENV_CONTEXT = "OMSTEPS_CONTEXT";
    public static final String ENV_OMS_URL = "OMSTEPS_OMS_URL";
    public static final String ENV_OMS_USER = "OMSTEPS_OMS_USER";
    public static final String ENV_OMS_PASSWORD = "OMSTEPS_OMS_PASSWORD";

    /** What the command line said about the target; any field may be null. */
    public record Flags(SettingsOverrides cloud, String context, String omsUrl, String omsUser) {
    }

    private final Map<String, String> env;
    private final Path home;
    private final OmstepsConfigFile file;
    private final Clock clock;
    private final CredentialsHttp http;

    public TargetResolver(Map<String, String> env, Path home) {
        this(env, home, Clock.systemUTC());
    }

    /** {@code clock} decides when temporary credentials are refreshed; they are fetched through the environment's proxy. */
    public TargetResolver(Map<String, String> env, Path home, Clock clock) {
        this(env, home, clock, CredentialsHttp.defaults(new Network(ProxySettings.routes(null, env), null), clock, null));
    }

    /** {@code http} fetches temporary credentials (its proxy rules and deadline are the command's). */
    public TargetResolver(Map<String, String> env, Path home, Clock clock, CredentialsHttp http) {
        this.env = env;
        this.home = home;
        this.file = OmstepsConfigFile.load(env, home);
        this.clock = clock;
        this.http = http;
    }

    public OmstepsConfigFile file() {
        return file;
    }

    /** {@code passwordPrompt} is asked only for a self-hosted user without OMSTEPS_OMS_PASSWORD; it may return null. */
    public Target resolve(Flags flags, Function<String, String> passwordPrompt) {
        String contextName = SettingsResolver.firstNonBlank(flags.context(), env.get(ENV_CONTEXT), file.currentContext());
        ContextConfig ctx = contextName == null ? null : file.context(contextName);
        String omsUrl = SettingsResolver.firstNonBlank(flags.omsUrl(), env.get(ENV_OMS_URL), ctx == null ? null : ctx.omsUrl());
        if (omsUrl != null) {
            URI url = SettingsResolver.parseEndpoint(omsUrl);
            String user = SettingsResolver.firstNonBlank(flags.omsUser(), env.get(ENV_OMS_USER), ctx == null ? null : ctx.omsUser());
            String password = env.get(ENV_OMS_PASSWORD);
            if (user != null && (password == null || password.isEmpty())) {
                password = passwordPrompt.apply(user);
                if (password == null) {
                    throw new ConfigException("no password for OMS user '" + user + "'",
                            "set " + ENV_OMS_PASSWORD + " (or run on a terminal to be asked)");
                }
            }
            return new Target.SelfHosted(new OmsSettings(url, user, password));
        }
        SettingsOverrides o = flags.cloud();
        if (ctx != null) {
            o = new SettingsOverrides(
                    SettingsResolver.firstNonBlank(o.endpoint(), env.get(SettingsResolver.ENV_ENDPOINT), ctx.endpoint()),
                    SettingsResolver.firstNonBlank(o.region(), env.get(SettingsResolver.ENV_REGION), ctx.region()),
                    SettingsResolver.firstNonBlank(o.profile(), ctx.profile()),
                    o.accessKeyId(), o.accessKeySecret(), o.securityToken());
        }
        return new Target.Cloud(new SettingsResolver(env, home, clock, http).resolve(o));
    }
}
