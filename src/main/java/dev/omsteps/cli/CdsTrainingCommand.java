package dev.omsteps.cli;

import dev.omsteps.time.Sleeper;
import dev.omsteps.sim.Simulator;
import dev.omsteps.sim.SimulatorCredentials;
import dev.omsteps.sim.SimulatorOptions;
import java.io.ByteArrayInputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.net.URI;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/**
 * Hidden: the build runs this once under {@code -XX:ArchiveClassesAtExit} so that the application's
 * class-data-sharing archive holds the classes the everyday commands load (client, signing, parsing,
 * rendering, watching). It goes through the real commands against the in-process simulator.
 */
@Command(name = "__cds-training", hidden = true)
public class CdsTrainingCommand implements Callable<Integer> {

    @ParentCommand
    OmstepsCommand root;

    @Override
    public Integer call() throws Exception {
        try (Simulator sim = new Simulator(SimulatorOptions.defaults().withSpeed(5000))) {
            URI endpoint = sim.start();
            Map<String, String> env = Map.of(
                    "ALIBABA_CLOUD_ACCESS_KEY_ID", SimulatorCredentials.DEMO_ACCESS_KEY_ID,
                    "ALIBABA_CLOUD_ACCESS_KEY_SECRET", SimulatorCredentials.DEMO_ACCESS_KEY_SECRET,
                    "OMSTEPS_ENDPOINT", endpoint.toString(),
                    "COLUMNS", "120");
            String[][] runs = {
                {"steps", "np_sim_full_migration"},
                {"steps", "np_sim_precheck_failed", "--color", "always"},
                {"steps", "np_sim_sync_monitoring", "-o", "json"},
                {"steps", "np_sim_doc_example", "-o", "raw"},
                {"watch", "np_sim_full_migration", "--interval", "1ms", "--max-polls", "3"},
                {"watch", "np_sim_sync_monitoring", "-o", "ndjson"},
                {"steps", "np_not_there"},
                {"steps", "--help"},
            };
            for (String[] args : runs) {
                Main.run(args, quietContext(env));
            }
        }
        return ExitCodes.OK;
    }

    private CliContext quietContext(Map<String, String> env) {
        PrintWriter nowhere = new PrintWriter(OutputStream.nullOutputStream());
        return new CliContext(env, root.context().home(), new ByteArrayInputStream(new byte[0]), OutputStream.nullOutputStream(),
                nowhere, nowhere, Clock.systemUTC(), Sleeper.REAL, false);
    }
}
