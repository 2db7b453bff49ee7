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
        exitCodeListHeading = "%n" + HelpSections.EXIT_STATUS + ":%n",
        exitCodeList = {
            "0:done, ready for switchover (the cutover waits for you), condition met, or a one-off query printed",
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
        footerHeading = "%n" + HelpSections.ENVIRONMENT + ":%n",
        footer = {
            "  ALIBABA_CLOUD_ACCESS_KEY_ID, ALIBABA_CLOUD_ACCESS_KEY_SECRET",
            "      the AccessKey pair",
            "  ALIBABA_CLOUD_SECURITY_TOKEN   the STS token of temporary credentials",
            "  ALIBABA_CLOUD_REGION_ID, ALIBABA_CLOUD_PROFILE   region; profile to use",
            "  ALIBABA_CLOUD_CLI_PROFILE_DISABLED=true   skip ~/.aliyun/config.json",
            "  ALIBABA_CLOUD_ROLE_ARN, ALIBABA_CLOUD_OIDC_PROVIDER_ARN,",
            "  ALIBABA_CLOUD_OIDC_TOKEN_FILE, ALIBABA_CLOUD_ROLE_SESSION_NAME",
            "      OIDC role assumption (as ACK's RRSA sets them)",
            "  ALIBABA_CLOUD_CREDENTIALS_FILE   the credentials file (see Files)",
            "  ALIBABA_CLOUD_CREDENTIALS_URI   a URI that serves temporary credentials",
            "  ALIBABA_CLOUD_ECS_METADATA, ALIBABA_CLOUD_ECS_METADATA_DISABLED,",
            "  ALIBABA_CLOUD_IMDSV1_DISABLED   the ECS instance role",
            "  ALIBABA_CLOUD_STS_ENDPOINT, ALIBABA_CLOUD_STS_REGION,",
            "  ALIBABA_CLOUD_VPC_ENDPOINT_ENABLED   where STS is reached",
            "      (the README's Credentials section says how the chain uses them)",
            "  OMSTEPS_STS_ENDPOINT, OMSTEPS_ECS_METADATA_ENDPOINT",
            "      STS and metadata service URLs, e.g. a local 'omsteps simulate'",
            "  OMSTEPS_ENDPOINT   API endpoint, e.g. a local 'omsteps simulate'",
            "  OMSTEPS_CONTEXT   context of the config file to use (as --context)",
            "  OMSTEPS_CONFIG   the config file (it must exist when named)",
            "  OMSTEPS_OMS_URL, OMSTEPS_OMS_USER, OMSTEPS_OMS_PASSWORD",
            "      a self-hosted OMS, its user and password",
            "  OMSTEPS_DINGTALK_SECRET, OMSTEPS_FEISHU_SECRET   sign --notify messages",
            "  HTTPS_PROXY, HTTP_PROXY, NO_PROXY (or lowercase)",
            "      proxy as curl reads them (--proxy beats them); loopback goes direct",
            "  HOME, XDG_CONFIG_HOME   where the files below are looked for",
            "  NO_COLOR, TERM   no colour; TERM unset or dumb: append-only lines",
            "  COLUMNS, LINES   width and height when the terminal will not say",
            "  JAVA, JAVA_HOME, OMSTEPS_JAVA_OPTS   the launcher's Java and its options",
            "  XDG_CACHE_HOME, OMSTEPS_NO_CACHE_TRAINING",
            "      the launcher's start-up cache (~/.cache/omsteps); set to skip training",
            "",
            HelpSections.FILES + ":",
            "  ~/.aliyun/config.json   the aliyun CLI's profiles",
            "  ~/.alibabacloud/credentials.ini   the SDKs' credentials file",
            "  $XDG_CONFIG_HOME/omsteps/config.yaml (default ~/.config/omsteps/config.yaml)   contexts",
            "",
            HelpSections.EXAMPLES + ":",
            "  omsteps steps np_4w3a5b6c",
            "  omsteps watch np_4w3a5b6c --timeout 2h && echo migrated",
            "  omsteps watch np_4w3a5b6c --until 'lag<10s' -o ndjson | jq .event",
            "  omsteps verify np_4w3a5b6c && echo safe to cut over",
            "  omsteps metrics np_4w3a5b6c --since 6h",
            "  omsteps report np_4w3a5b6c --out cutover.html",
            "  omsteps projects --status RUNNING,FAILED",
            "  omsteps watch --all --type SYNC",
            "",
            "Run 'omsteps help COMMAND' for a command's options."
        })
public class OmstepsCommand implements Runnable {

    private final CliContext context;

    @Spec
    CommandSpec spec;

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
