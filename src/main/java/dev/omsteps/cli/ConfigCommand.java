package dev.omsteps.cli;

import dev.omsteps.config.ConfigException;
import dev.omsteps.config.ContextConfig;
import dev.omsteps.config.OmstepsConfigFile;
import dev.omsteps.config.SettingsOverrides;
import dev.omsteps.config.SettingsResolver;
import dev.omsteps.config.Target;
import dev.omsteps.config.TargetResolver;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code omsteps config}: the contexts of omsteps' config file, each checked without a network call. */
@Command(name = "config", mixinStandardHelpOptions = true,
        description = {"List and check the contexts of omsteps' config file, offline.",
            "The file is $OMSTEPS_CONFIG, else $XDG_CONFIG_HOME/omsteps/config.yaml, else ~/.config/omsteps/config.yaml.",
            "It prints the target and credentials a command would use now, then checks each context: that its URL",
            "parses, its profile exists and has a key pair, and where an OMS password would come from.",
            "Exits 2 when a context has a problem."})
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
        TargetResolver resolver = new TargetResolver(ctx.env(), ctx.home());
        OmstepsConfigFile file = resolver.file();
        PrintWriter out = ctx.out();
        out.println("Config file: " + file.path() + (file.contexts().isEmpty() ? " (no contexts)" : ""));
        String active = SettingsResolver.firstNonBlank(contextName, ctx.env().get(TargetResolver.ENV_CONTEXT), file.currentContext());
        out.println("Resolved: " + resolved(resolver, active));
        if (file.contexts().isEmpty()) {
            out.println("Add contexts to it as the README's 'Self-hosted OMS and contexts' section shows.");
            out.flush();
            return ExitCodes.OK;
        }
        List<Row> rows = new ArrayList<>();
        boolean problems = false;
        for (Map.Entry<String, ContextConfig> e : file.contexts().entrySet()) {
            Row row = check(resolver, e.getKey(), e.getValue(), e.getKey().equals(active));
            problems |= !row.check().equals("ok");
            rows.add(row);
        }
        print(out, rows);
        return problems ? ExitCodes.USAGE : ExitCodes.OK;
    }

    /** What a command run now would talk to, as whom: the context, the target and the credentials' source (profile). */
    private String resolved(TargetResolver resolver, String active) {
        String context = active == null ? "no context" : "context " + active;
        try {
            Target t = resolver.resolve(new TargetResolver.Flags(SettingsOverrides.none(), contextName, null, null), user -> "(asked at use)");
            if (t instanceof Target.Cloud cloud) {
                return context + ", cloud " + cloud.settings().endpoint() + ", region " + cloud.settings().region()
                        + ", credentials from " + cloud.settings().credentials().source();
            }
            Target.SelfHosted oms = (Target.SelfHosted) t;
            return context + ", oms " + oms.settings().baseUrl()
                    + (oms.settings().user() == null ? "" : ", user " + oms.settings().user());
        } catch (ConfigException ex) {
            return context + ", " + ex.getMessage();
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
        return new Row(current ? "*" : "", name, kind, target, auth, check);
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
