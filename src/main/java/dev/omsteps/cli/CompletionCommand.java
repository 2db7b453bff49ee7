package dev.omsteps.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code omsteps completion bash|zsh|fish}: prints a completion script, as gh and kubectl do. */
@Command(name = "completion", mixinStandardHelpOptions = true,
        description = {"Print a shell completion script.",
            "bash: source <(omsteps completion bash)   zsh: source <(omsteps completion zsh) after compinit,",
            "  or omsteps completion zsh > \"${fpath[1]}/_omsteps\"",
            "fish: omsteps completion fish > ~/.config/fish/completions/omsteps.fish"})
public class CompletionCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "SHELL", completionCandidates = Shells.class, description = "bash, zsh or fish.")
    String shell;

    static final class Shells extends java.util.ArrayList<String> {
        Shells() {
            super(java.util.List.of("bash", "zsh", "fish"));
        }
    }

    @Override
    public Integer call() {
        OmstepsCommand root = (OmstepsCommand) spec.root().userObject();
        // the shipped file itself: the model built for this run holds only this command
        root.context().out().print(CompletionScripts.shipped(shell));
        root.context().out().flush();
        return ExitCodes.OK;
    }
}
