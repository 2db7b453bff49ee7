package dev.omsteps.credentials;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/** Turns a profile, of the aliyun CLI or of credentials.ini, into the provider its mode or type calls for. */
final class ProfileCredentials {

    private final TemporarySources sources;

    ProfileCredentials(TemporarySources sources) {
        this.sources = sources;
    }

    CredentialsProvider fromCli(CliConfigFile file, CliProfile p) {
        return fromCli(file, p, new HashSet<>());
    }

    private CredentialsProvider fromCli(CliConfigFile file, CliProfile p, Set<String> seen) {
        String label = "aliyun CLI profile '" + p.name() + "'";
        if (p.refusal() != null) {
            throw CredentialsException.config("profile '" + p.name() + "' in " + file.path() + " " + p.refusal(), null);
        }
        return switch (p.supportedMode()) {
            case AK -> new StaticCredentials(new Credentials(need(p.accessKeyId(), "access_key_id", p), need(p.accessKeySecret(), "access_key_secret", p),
                    null, label + " (AK)"));
            case StsToken -> new StaticCredentials(new Credentials(need(p.accessKeyId(), "access_key_id", p),
                    need(p.accessKeySecret(), "access_key_secret", p), need(p.stsToken(), "sts_token", p), label + " (StsToken)"));
            case RamRoleArn -> {
                CredentialsProvider by = new StaticCredentials(new Credentials(need(p.accessKeyId(), "access_key_id", p),
                        need(p.accessKeySecret(), "access_key_secret", p), p.stsToken(), label));
                yield sources.assumedRole(by, role(p), sts(p), label + " (RamRoleArn " + p.ramRoleArn() + ")");
            }
            case ChainableRamRoleArn -> {
                String src = need(p.sourceProfile(), "source_profile", p);
                if (!seen.add(p.name())) {
                    throw CredentialsException.config("profile '" + p.name() + "' is its own source through source_profile",
                            "break the loop of source_profile settings");
                }
                CliProfile source = file.profiles().get(src);
                if (source == null) {
                    throw CredentialsException.config("profile '" + p.name() + "' names source_profile '" + src + "', which is not in " + file.path(),
                            "check the name with 'aliyun configure list'");
                }
                CredentialsProvider by = fromCli(file, source, seen);
                yield sources.assumedRole(by, role(p), sts(p), label + " (ChainableRamRoleArn " + p.ramRoleArn() + " via '" + src + "')");
            }
            case EcsRamRole -> sources.ecsRole(p.ramRoleName(), label + " (EcsRamRole" + (p.ramRoleName() == null ? "" : " " + p.ramRoleName()) + ")");
            case OIDC -> sources.oidcRole(need(p.oidcProviderArn(), "oidc_provider_arn", p), Path.of(need(p.oidcTokenFile(), "oidc_token_file", p)),
                    role(p), sts(p), label + " (OIDC " + p.ramRoleArn() + ")");
            case CredentialsURI -> {
                String uri = TemporarySources.firstNonBlank(p.credentialsUri(), sources.env(CredentialEnv.CREDENTIALS_URI));
                yield sources.uri(need(uri, "credentials_uri", p), label + " (CredentialsURI)");
            }
        };
    }

    /** A section of credentials.ini by its {@code type}, as the official library reads it. */
    CredentialsProvider fromIni(IniFile file, String name, Map<String, String> s) {
        String label = "credentials file profile '" + name + "'";
        String type = s.getOrDefault("type", "access_key");
        return switch (type) {
            case "access_key", "sts" -> new StaticCredentials(new Credentials(ini(s, "access_key_id", file, name),
                    ini(s, "access_key_secret", file, name), type.equals("sts") ? ini(s, "security_token", file, name) : null,
                    label + " (" + type + ")"));
            case "ram_role_arn" -> {
                CredentialsProvider by = new StaticCredentials(new Credentials(ini(s, "access_key_id", file, name),
                        ini(s, "access_key_secret", file, name), null, label));
                yield sources.assumedRole(by, sources.role(ini(s, "role_arn", file, name), s.get("role_session_name"), null, s.get("policy"), null),
                        sources.stsEndpoint(null, null, false), label + " (ram_role_arn " + s.get("role_arn") + ")");
            }
            case "oidc_role_arn" -> sources.oidcRole(ini(s, "oidc_provider_arn", file, name), Path.of(ini(s, "oidc_token_file_path", file, name)),
                    sources.role(ini(s, "role_arn", file, name), s.get("role_session_name"), null, s.get("policy"), null),
                    sources.stsEndpoint(null, null, false), label + " (oidc_role_arn " + s.get("role_arn") + ")");
            case "ecs_ram_role" -> sources.ecsRole(s.get("role_name"), label + " (ecs_ram_role)");
            default -> throw CredentialsException.config("profile '" + name + "' in " + file.path() + " has type " + type + ", which omsteps does not support",
                    "use type access_key, sts, ram_role_arn, oidc_role_arn or ecs_ram_role");
        };
    }

    private RoleRequest role(CliProfile p) {
        return sources.role(need(p.ramRoleArn(), "ram_role_arn", p), p.ramSessionName(), p.expiredSeconds(), p.policy(), p.externalId());
    }

    private java.net.URI sts(CliProfile p) {
        return sources.stsEndpoint(p.stsEndpoint(), p.stsRegion(), p.vpc());
    }

    private static String need(String value, String field, CliProfile p) {
        if (value == null) {
            throw CredentialsException.config("profile '" + p.name() + "' (mode " + p.mode() + ") has no " + field,
                    "set it with 'aliyun configure --profile " + p.name() + " --mode " + p.mode() + "'");
        }
        return value;
    }

    private static String ini(Map<String, String> s, String key, IniFile file, String name) {
        String v = s.get(key);
        if (v == null || v.isBlank()) {
            throw CredentialsException.config("profile '" + name + "' in " + file.path() + " has no " + key, "add it to that section");
        }
        return v.strip();
    }
}
