package dev.omsteps.cli;

import dev.omsteps.config.ConfigException;
import dev.omsteps.config.OmstepsConfigFile;
import dev.omsteps.config.ProfileNames;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * Hidden: the names a completion script offers at completion time, one per line: {@code profiles} (for
 * {@code --profile}) or {@code contexts} (for {@code --context}). Prints nothing rather than fail.
 */
@Command(name = "__names", hidden = true)
public class CompletionNamesCommand implements Callable<Integer> {

    @ParentCommand
    OmstepsCommand root;

    @Parameters(paramLabel = "KIND")
    String kind;

    @Override
    public Integer call() {
        CliContext ctx = root.context();
        List<String> names = switch (kind) {
            case "profiles" -> ProfileNames.list(ctx.home());
            case "contexts" -> contexts(ctx);
            default -> List.of();
        };
        names.forEach(ctx.out()::println);
        ctx.out().flush();
        return ExitCodes.OK;
    }

    private static List<String> contexts(CliContext ctx) {
        try {
            return List.copyOf(OmstepsConfigFile.load(ctx.env(), ctx.home()).contexts().keySet());
        } catch (ConfigException e) {
            return List.of();
        }
    }
}
