package dev.omsteps.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** The root command: global options shared by every subcommand. */
@Command(name = "omsteps",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        sortOptions = false,
        usageHelpAutoWidth = true,
        description = "Progress of OceanBase Migration Service (OMS) projects, step by step.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:done, condition met, or a one-off query printed",
            "1:a step FAILED (watch, or steps --exit-status)",
            "2:bad usage, invalid input or no credentials",
            "3:API error: signature, access key, permission, not found, bad answer, redirect, network after retries",
            "4:watch timed out",
            "5:project suspended (watch)",
            "6:verify: a table differs or could not be verified",
            "7:verify: full verification has not finished",
            "70:internal error (rerun with --debug and report it)",
            "74:standard output could not be written (e.g. a full disk)",
            "130:interrupted (SIGINT, SIGTERM or SIGHUP)",
            "141:the reader of standard output went away (a closed pipe, e.g. | head)"
        },
        footerHeading = "%nEnvironment:%n",
        footer = {
            "  ALIBABA_CLOUD_ACCESS_KEY_ID, ALIBABA_CLOUD_ACCESS_KEY_SECRET   AccessKey pair",
            "  ALIBABA_CLOUD_SECURITY_TOKEN   STS token for temporary credentials",
            "  ALIBABA_CLOUD_REGION_ID, ALIBABA_CLOUD_PROFILE   region and profile",
            "  OMSTEPS_ENDPOINT   API endpoint, e.g. a local 'omsteps simulate'",
            "  NO_COLOR, COLUMNS   no colour; table width",
            "",
            "Files:",
            "  ~/.aliyun/config.json   the aliyun CLI's profiles (modes AK, StsToken)",
            "  ~/.alibabacloud/credentials.ini   the SDKs' credentials file",
            "",
            "Examples:",
            "  omsteps steps np_4w3a5b6c",
            "  omsteps watch np_4w3a5b6c --timeout 2h && echo migrated",
            "  omsteps watch np_4w3a5b6c --until lag<10s -o ndjson | jq .event",
            "  omsteps verify np_4w3a5b6c && echo safe to cut over",
            "  omsteps metrics np_4w3a5b6c --since 6h",
            "  omsteps report np_4w3a5b6c --out cutover.html",
            "  omsteps projects --status RUNNING,FAILED",
            "  omsteps watch --all --type SYNC"
        })
public class OmstepsCommand implements Runnable {

    private final CliContext context;

    @Spec
    CommandSpec spec;

    @Option(names = "--endpoint", scope = ScopeType.INHERIT, paramLabel = "URL",
            description = "API endpoint (default: https://oceanbasepro.<region>.aliyuncs.com; env OMSTEPS_ENDPOINT).")
    String endpoint;

    @Option(names = "--region", scope = ScopeType.INHERIT, paramLabel = "ID",
            description = "Region ID, e.g. cn-hangzhou (env ALIBABA_CLOUD_REGION_ID, else the profile's, else cn-hangzhou).")
    String region;

    @Option(names = "--profile", scope = ScopeType.INHERIT, paramLabel = "NAME",
            description = "Profile in ~/.aliyun/config.json or ~/.alibabacloud/credentials.ini (env ALIBABA_CLOUD_PROFILE).")
    String profile;

    @Option(names = "--access-key-id", scope = ScopeType.INHERIT, paramLabel = "ID",
            description = "AccessKey ID (prefer env ALIBABA_CLOUD_ACCESS_KEY_ID).")
    String accessKeyId;

    @Option(names = "--access-key-secret", scope = ScopeType.INHERIT, paramLabel = "SECRET|-",
            description = "AccessKey secret; '-' reads it from standard input. A literal value lands in shell history: prefer env ALIBABA_CLOUD_ACCESS_KEY_SECRET.")
    String accessKeySecret;

    @Option(names = "--context", scope = ScopeType.INHERIT, paramLabel = "NAME",
            description = "Use this context of ~/.config/omsteps/config.yaml (env OMSTEPS_CONTEXT; see 'omsteps config').")
    String contextName;

    @Option(names = "--oms-url", scope = ScopeType.INHERIT, paramLabel = "URL",
            description = "A self-hosted OMS console, e.g. http://oms.example.com:8089 (env OMSTEPS_OMS_URL); no cloud signature.")
    String omsUrl;

    @Option(names = "--oms-user", scope = ScopeType.INHERIT, paramLabel = "USER",
            description = "User for a self-hosted OMS (env OMSTEPS_OMS_USER); the password comes from OMSTEPS_OMS_PASSWORD or a prompt.")
    String omsUser;

    @Option(names = "--ca-cert", scope = ScopeType.INHERIT, paramLabel = "FILE",
            description = "Also trust the CA certificate(s) in this PEM file (a private CA or TLS-inspecting proxy).")
    java.nio.file.Path caCert;

    @Option(names = "--allow-http", scope = ScopeType.INHERIT,
            description = "Allow a plain http:// endpoint that is not loopback (prints a warning).")
    boolean allowHttp;

    @Option(names = "--color", scope = ScopeType.INHERIT, paramLabel = "WHEN", defaultValue = "auto",
            description = "Colour the table: auto (a terminal, unless NO_COLOR is set), always or never.")
    TerminalSettings.ColorMode color;

    @Option(names = "--utc", scope = ScopeType.INHERIT,
            description = "Show times in UTC; by default they are in the local time zone (named beside each time).")
    boolean utc;

    @Option(names = "--debug", scope = ScopeType.INHERIT,
            description = "Print the HTTP exchange (credentials masked) and stack traces to stderr.")
    boolean debug;

    public OmstepsCommand(CliContext context) {
        this.context = context;
    }

    public CliContext context() {
        return context;
    }

    /** Width, colour and charset of standard output, for commands that draw tables. */
    public TerminalSettings terminal() {
        return TerminalSettings.detect(context, color);
    }

    /** The zone times are shown in: the local one (the clock's), or UTC with {@code --utc}. */
    public java.time.ZoneId zone() {
        return utc ? java.time.ZoneOffset.UTC : context.clock().getZone();
    }

    public boolean debug() {
        return debug;
    }

    @Override
    public void run() {
        spec.commandLine().usage(context.out());
    }
}
