package dev.omsteps.config;

import dev.omsteps.credentials.CliConfigFile;
import dev.omsteps.credentials.CliProfile;
import dev.omsteps.credentials.CredentialsException;
import dev.omsteps.credentials.IniFile;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Names of the profiles omsteps can use, from the aliyun CLI's config.json and the credentials file,
 * for completing {@code --profile}: a profile in a mode omsteps refuses (CloudSSO, External, …) is left
 * out, so completion never offers a name that would fail. Unreadable files give none.
 */
public final class ProfileNames {

    private static final Set<String> INI_TYPES = Set.of("access_key", "sts", "ram_role_arn", "oidc_role_arn", "ecs_ram_role");

    private ProfileNames() {
    }

    public static List<String> list(Path home) {
        TreeSet<String> names = new TreeSet<>();
        try {
            for (CliProfile p : CliConfigFile.at(home).load().profiles().values()) {
                if (p.refusal() == null) {
                    names.add(p.name());
                }
            }
        } catch (CredentialsException ignored) {
            // completion must never fail loudly
        }
        try {
            IniFile ini = IniFile.read(home.resolve(".alibabacloud").resolve("credentials.ini"));
            ini.sections().forEach((name, s) -> {
                if (ini.section(name) != null && INI_TYPES.contains(s.getOrDefault("type", "access_key"))) {
                    names.add(name);
                }
            });
        } catch (CredentialsException ignored) {
            // as above
        }
        return List.copyOf(names);
    }
}
