package dev.omsteps.cli;

import dev.omsteps.config.ProfileNames;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** Hidden: the profile names on this machine, one per line, for shell completion of {@code --profile}. */
@Command(name = "__profiles", hidden = true)
public class ProfilesCommand implements Callable<Integer> {

    @ParentCommand
    OmstepsCommand root;

    @Override
    public Integer call() {
        ProfileNames.list(root.context().home()).forEach(root.context().out()::println);
        root.context().out().flush();
        return ExitCodes.OK;
    }
}
