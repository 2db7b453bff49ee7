import dev.omsteps.sim.LoopbackTls;
import dev.omsteps.sim.Simulator;
import dev.omsteps.sim.SimulatorOptions;
import java.nio.file.Path;

/** The simulator over HTTPS on 127.0.0.1, with a throwaway CA written to args[0]; prints its endpoint, runs until killed. */
public class TlsSimulator {
    public static void main(String[] args) throws Exception {
        LoopbackTls tls = new LoopbackTls();
        tls.writeAuthorityPem(Path.of(args[0]));
        Simulator sim = new Simulator(SimulatorOptions.defaults());
        System.out.println("omsteps simulator on " + sim.start(tls.serverContext()));
        Thread.currentThread().join();
    }
}
