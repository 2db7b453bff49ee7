package dev.omsteps.credentials;

/**
 * Where the signer gets its credentials, asked before every request: temporary credentials change
 * during a long watch, so nobody holds on to one {@link Credentials} value.
 */
public interface CredentialsProvider {

    /** Valid credentials now, fetched or refreshed when needed; throws {@link CredentialsException}. */
    Credentials current();

    /** Which source this is, in words, known without a network call (e.g. "aliyun CLI profile 'prod' (RamRoleArn)"). */
    String source();

    /** Whether {@link #current()} may go to the network (STS, the metadata service, a credentials URI). */
    default boolean isTemporary() {
        return false;
    }
}
