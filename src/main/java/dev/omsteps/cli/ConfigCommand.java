package dev.omsteps.cli;

import dev.omsteps.config.ConfigException;
import dev.omsteps.config.ContextConfig;
import dev.omsteps.config.OmstepsConfigFile;
import dev.omsteps.config.SettingsOverrides;
import dev.omsteps.config.SettingsResolver;
import dev.omsteps.config.Target;
import dev.omsteps.config.TargetResolver;
import dev.omsteps.credentials.Credentials;
import dev.omsteps.credentials.CredentialsException;
import dev.omsteps.credentials.CredentialsProvider;
import dev.omsteps.model.Printable;
import java.io.PrintWriter;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code omsteps config}: the contexts of omsteps' config file, each checked without a network call. */
@Command(name = "config", mixinStandardHelpOptions = true,
        description = {"List and check the contexts of omsteps' config file.",
            "The file is $OMSTEPS_CONFIG, else $XDG_CONFIG_HOME/omsteps/config.yaml, else ~/.config/omsteps/config.yaml.",
            "It prints the target a command would use now and which source supplies its credentials (for temporary",
            "ones it fetches them and says when they expire, never their values), then checks each context: that",
            "its URL parses, its profile exists and has a key pair, and where an OMS password would come from.",
            "Exits 2 when a context has a problem, 3 when temporary credentials cannot be fetched."})
public class ConfigCommand implements Callable<Integer> {

    @ParentCommand
    OmstepsCommand root;

    @Option(names = "--context", paramLabel = "NAME",
            description = "Mark this context as the one in use (env OMSTEPS_CONTEXT, else the file's current-context).")
    String contextName;

    /** One checked context, as listed. */
    record Row(String current, String name, String kind, String target, String auth, String check) {
    }

    @Override
    public Integer call() {
        CliContext ctx = root.context();
        TargetResolver resolver = new TargetResolver(ctx.env(), ctx.home(), ctx.clock());
        OmstepsConfigFile file = resolver.file();
        PrintWriter out = ctx.out();
        out.println("Config file: " + Printable.of(file.path().toString()) + (file.contexts().isEmpty() ? " (no contexts)" : ""));
        String active = SettingsResolver.firstNonBlank(contextName, ctx.env().get(TargetResolver.ENV_CONTEXT), file.currentContext());
        int credentials = resolved(resolver, active, out);
        if (active != null && !file.contexts().containsKey(active)) {
            // the context asked for does not exist: what steps and watch would refuse (exit 2), config does too
            credentials = ExitCodes.USAGE;
        }
        if (file.contexts().isEmpty()) {
            out.println("Add contexts to it as the README's 'Self-hosted OMS and contexts' section shows.");
            out.flush();
            return credentials;
        }
        List<Row> rows = new ArrayList<>();
        boolean problems = false;
        for (Map.Entry<String, ContextConfig> e : file.contexts().entrySet()) {
            Row row = check(resolver, e.getKey(), e.getValue(), e.getKey().equals(active));
            problems |= !row.check().equals("ok");
            rows.add(row);
        }
        print(out, rows);
        out.flush();
        return problems ? ExitCodes.USAGE : credentials;
    }

    /**
     * What a command run now would talk to (context and target), then which source supplies its credentials and,
     * for temporary ones, when they expire: fetched, so that a wrong role or an unreachable STS shows here rather
     * than in the middle of a watch. Returns the exit code the credentials call for.
     */
    private int resolved(TargetResolver resolver, String active, PrintWriter out) {
        String context = active == null ? "no context" : "context " + Printable.of(active);
        Target t;
        try {
            t = resolver.resolve(new TargetResolver.Flags(SettingsOverrides.none(), contextName, null, null), user -> "(asked at use)");
        } catch (ConfigException e) {
            out.println("Resolved: " + context + ", " + Printable.of(e.getMessage()));
            out.println("Credentials: none usable");
            return ExitCodes.OK;
        }
        if (t instanceof Target.SelfHosted oms) {
            out.println("Resolved: " + context + ", oms " + oms.settings().baseUrl()
                    + (oms.settings().user() == null ? "" : ", user " + Printable.of(oms.settings().user())));
            return ExitCodes.OK;
        }
        Target.Cloud cloud = (Target.Cloud) t;
        out.println("Resolved: " + context + ", cloud " + cloud.settings().endpoint() + ", region " + Printable.of(cloud.settings().region()));
        CredentialsProvider p = cloud.settings().credentials();
        if (!p.isTemporary()) {
            out.println("Credentials: " + Printable.of(p.source()));
            return ExitCodes.OK;
        }
        try {
            Credentials c = p.current();
            Instant now = root.context().clock().instant();
            out.println("Credentials: " + Printable.of(p.source()) + ", temporary"
                    + (c.expiration() == null ? "" : ", expire " + c.expiration() + " (in " + Duration.between(now, c.expiration()).toMinutes()
                    + " min; omsteps renews them before)"));
            return ExitCodes.OK;
        } catch (CredentialsException e) {
            out.println("Credentials: " + Printable.of(p.source()) + " — cannot be fetched: " + Printable.of(e.getMessage())
                    + (e.hint() == null ? "" : " — " + Printable.of(e.hint())));
            return e.kind() == CredentialsException.Kind.CONFIG ? ExitCodes.USAGE : ExitCodes.API_ERROR;
        }
    }

    private Row check(TargetResolver resolver, String name, ContextConfig c, boolean current) {
        String kind = c.isSelfHosted() ? "oms" : "cloud";
        String target = c.isSelfHosted() ? c.omsUrl() : (c.endpoint() != null ? c.endpoint() : "region " + (c.region() == null ? "(default)" : c.region()));
        String auth = c.isSelfHosted() ? (c.omsUser() == null ? "no user" : "user " + c.omsUser())
                : (c.profile() == null ? "default credentials" : "profile " + c.profile());
        String check;
        try {
            Target t = resolver.resolve(new TargetResolver.Flags(SettingsOverrides.none(), name, null, null), user -> "(asked at use)");
            check = "ok";
            if (t instanceof Target.Cloud cloud) {
                auth += " (" + cloud.settings().credentials().source() + ")";
            }
        } catch (ConfigException ex) {
            check = ex.getMessage();
        }
        // the contexts file's text is printable since it was read; what the environment added (a profile name) too
        return new Row(current ? "*" : "", name, kind, Printable.of(target), Printable.of(auth), Printable.of(check));
    }

    private static void print(PrintWriter out, List<Row> rows) {
        String[] head = {"CURRENT", "NAME", "KIND", "TARGET", "AUTH", "CHECK"};
        int[] w = new int[head.length];
        for (int i = 0; i < head.length; i++) {
            w[i] = head[i].length();
        }
        for (Row r : rows) {
            String[] cells = cells(r);
            for (int i = 0; i < cells.length; i++) {
                w[i] = Math.max(w[i], cells[i].length());
            }
        }
        line(out, head, w);
        rows.forEach(r -> line(out, cells(r), w));
        out.flush();
    }

    private static String[] cells(Row r) {
        return new String[] {r.current(), r.name(), r.kind(), r.target(), r.auth(), r.check()};
    }

    private static void line(PrintWriter out, String[] cells, int[] w) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < cells.length; i++) {
            sb.append(i == cells.length - 1 ? cells[i] : String.format("%-" + w[i] + "s  ", cells[i]));
        }
        out.println(sb.toString().stripTrailing());
    }
}
