// omsteps' own chain, asked once with the same environment.
public class OwnChain {
    public static void main(String[] args) {
        long t = System.nanoTime();
        dev.omsteps.credentials.Credentials c = new dev.omsteps.credentials.CredentialChain(System.getenv(),
                java.nio.file.Path.of(System.getProperty("user.home")), java.time.Clock.systemUTC(),
                dev.omsteps.credentials.CredentialsHttp.defaults()).resolve(null, false).orElseThrow().provider().current();
        System.out.println("omsteps " + c.source() + " " + (System.nanoTime() - t) / 1_000_000 + " ms in-process");
    }
}
