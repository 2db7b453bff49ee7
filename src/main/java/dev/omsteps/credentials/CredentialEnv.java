package dev.omsteps.credentials;

/** The environment variables of the official credentials libraries, and omsteps' own overrides. */
public final class CredentialEnv {

    public static final String ACCESS_KEY_ID = "ALIBABA_CLOUD_ACCESS_KEY_ID";
    public static final String ACCESS_KEY_SECRET = "ALIBABA_CLOUD_ACCESS_KEY_SECRET";
    public static final String SECURITY_TOKEN = "ALIBABA_CLOUD_SECURITY_TOKEN";
    public static final String PROFILE = "ALIBABA_CLOUD_PROFILE";
    public static final String ROLE_ARN = "ALIBABA_CLOUD_ROLE_ARN";
    public static final String ROLE_SESSION_NAME = "ALIBABA_CLOUD_ROLE_SESSION_NAME";
    public static final String OIDC_PROVIDER_ARN = "ALIBABA_CLOUD_OIDC_PROVIDER_ARN";
    public static final String OIDC_TOKEN_FILE = "ALIBABA_CLOUD_OIDC_TOKEN_FILE";
    public static final String CLI_PROFILE_DISABLED = "ALIBABA_CLOUD_CLI_PROFILE_DISABLED";
    public static final String CREDENTIALS_FILE = "ALIBABA_CLOUD_CREDENTIALS_FILE";
    public static final String ECS_METADATA = "ALIBABA_CLOUD_ECS_METADATA";
    public static final String ECS_METADATA_DISABLED = "ALIBABA_CLOUD_ECS_METADATA_DISABLED";
    public static final String IMDSV1_DISABLED = "ALIBABA_CLOUD_IMDSV1_DISABLED";
    public static final String CREDENTIALS_URI = "ALIBABA_CLOUD_CREDENTIALS_URI";
    public static final String STS_REGION = "ALIBABA_CLOUD_STS_REGION";
    public static final String VPC_ENDPOINT_ENABLED = "ALIBABA_CLOUD_VPC_ENDPOINT_ENABLED";
    /** The aliyun CLI's name for an STS endpoint override. */
    public static final String ALIYUN_STS_ENDPOINT = "ALIBABA_CLOUD_STS_ENDPOINT";
    /** omsteps' own: a full URL (http:// for a loopback test server), beats every other STS setting. */
    public static final String STS_ENDPOINT = "OMSTEPS_STS_ENDPOINT";
    /** omsteps' own: where the ECS metadata service is, instead of http://100.100.100.200. */
    public static final String ECS_METADATA_ENDPOINT = "OMSTEPS_ECS_METADATA_ENDPOINT";

    private CredentialEnv() {
    }
}
