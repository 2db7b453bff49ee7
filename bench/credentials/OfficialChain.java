// The official default chain, asked once, as a command-line tool would at start-up (env AccessKey set by run).
public class OfficialChain {
    public static void main(String[] args) {
        long t = System.nanoTime();
        com.aliyun.credentials.models.CredentialModel c = new com.aliyun.credentials.provider.DefaultCredentialsProvider().getCredentials();
        System.out.println("official " + c.getProviderName() + " " + (System.nanoTime() - t) / 1_000_000 + " ms in-process");
    }
}
