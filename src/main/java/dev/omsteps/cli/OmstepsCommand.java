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
        subcommands = {StepsCommand.class, SimulateCommand.class},
        footerHeading = "%nExit codes:%n",
        footer = {
            "  0   done, condition met, or a one-off query printed",
            "  1   a step FAILED (watch, or steps --exit-status)",
            "  2   bad usage, invalid input or no credentials",
            "  3   API error: signature, access key, permission, not found, bad answer, network after retries",
            "  4   watch timed out",
            "  5   project suspended (watch)",
            "  130 interrupted",
            "",
            "Environment: ALIBABA_CLOUD_ACCESS_KEY_ID, ALIBABA_CLOUD_ACCESS_KEY_SECRET, ALIBABA_CLOUD_SECURITY_TOKEN,",
            "  ALIBABA_CLOUD_REGION_ID, ALIBABA_CLOUD_PROFILE, OMSTEPS_ENDPOINT, NO_COLOR, COLUMNS."
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

    @Option(names = "--debug", scope = ScopeType.INHERIT,
            description = "Print the HTTP exchange (credentials masked) and stack traces to stderr.")
    boolean debug;

    public OmstepsCommand(CliContext context) {
        this.context = context;
    }

    public CliContext context() {
        return context;
    }

    public boolean debug() {
        return debug;
    }

    @Override
    public void run() {
        spec.commandLine().usage(context.out());
    }
}
