package dev.omsteps.cli;

import dev.omsteps.config.ConfigException;
import dev.omsteps.config.ProxySettings;
import dev.omsteps.http.Network;
import dev.omsteps.http.TrustedCertificates;
import java.util.Map;
import picocli.CommandLine.Option;

/**
 * Where to connect and as whom: mixed into the commands that call the API (steps, watch, projects)
 * and only those, so that demo, simulate, completion and config do not offer options they ignore.
 */
public class TargetOptions {

    @Option(names = "--endpoint", paramLabel = "URL", order = 100,
            description = "API endpoint (default: https://oceanbasepro.<region>.aliyuncs.com; env OMSTEPS_ENDPOINT).")
    String endpoint;

    @Option(names = "--region", paramLabel = "ID", order = 101,
            description = "Region ID, e.g. cn-hangzhou (env ALIBABA_CLOUD_REGION_ID, else the profile's, else cn-hangzhou).")
    String region;

    @Option(names = "--profile", paramLabel = "NAME", order = 102,
            description = "Profile in ~/.aliyun/config.json or ~/.alibabacloud/credentials.ini (env ALIBABA_CLOUD_PROFILE).")
    String profile;

    @Option(names = "--access-key-id", paramLabel = "ID", order = 103,
            description = "AccessKey ID (prefer env ALIBABA_CLOUD_ACCESS_KEY_ID).")
    String accessKeyId;

    @Option(names = "--access-key-secret", paramLabel = "SECRET|-", order = 104,
            description = "AccessKey secret; '-' reads it from standard input. A literal value lands in shell history: prefer env ALIBABA_CLOUD_ACCESS_KEY_SECRET.")
    String accessKeySecret;

    @Option(names = "--context", paramLabel = "NAME", order = 105,
            description = "Use this context of the config file (env OMSTEPS_CONTEXT; see 'omsteps config').")
    String contextName;

    @Option(names = "--oms-url", paramLabel = "URL", order = 106,
            description = "A self-hosted OMS console, e.g. http://oms.example.com:8089 (env OMSTEPS_OMS_URL); no cloud signature.")
    String omsUrl;

    @Option(names = "--oms-user", paramLabel = "USER", order = 107,
            description = "User for a self-hosted OMS (env OMSTEPS_OMS_USER); the password comes from OMSTEPS_OMS_PASSWORD or a prompt.")
    String omsUser;

    @Option(names = "--proxy", paramLabel = "URL", order = 108,
            description = "HTTP proxy, http://[user:password@]host:port (default: env HTTPS_PROXY or HTTP_PROXY, minus NO_PROXY).")
    String proxy;

    @Option(names = "--ca-cert", paramLabel = "FILE", order = 109,
            description = "Also trust the CA certificate(s) in this PEM file (a private CA or TLS-inspecting proxy).")
    java.nio.file.Path caCert;

    @Option(names = "--allow-http", order = 110,
            description = "Allow a plain http:// endpoint that is not loopback (prints a warning).")
    boolean allowHttp;

    /** Made on first use and shared by every client of the command; not an option. */
    private Network network;

    /**
     * How the command's clients reach the network ({@code --proxy} or the proxy variables, {@code --ca-cert}),
     * made once: the CA file is read once, and a bad proxy URL or CA file is one usage error before any request.
     */
    Network network(Map<String, String> env) {
        if (network == null) {
            try {
                network = Network.of(ProxySettings.routes(proxy, env), caCert);
            } catch (TrustedCertificates.Unusable e) {
                throw new ConfigException(e.getMessage(), e.hint());
            }
        }
        return network;
    }
}
