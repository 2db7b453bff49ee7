package dev.omsteps.credentials;

/** Credentials that are what they are: an AccessKey pair, or an STS token someone else refreshes. */
public record StaticCredentials(Credentials credentials) implements CredentialsProvider {

    @Override
    public Credentials current() {
        return credentials;
    }

    @Override
    public String source() {
        return credentials.source();
    }
}
