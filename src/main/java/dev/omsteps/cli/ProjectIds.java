package dev.omsteps.cli;

import java.util.regex.Pattern;

/** Checks project IDs before any request, so a typo never turns into a confusing API error. */
final class ProjectIds {

    private static final Pattern VALID = Pattern.compile("[A-Za-z0-9_.*-]{1,128}");

    private ProjectIds() {
    }

    static String check(String id) {
        if (id == null || id.isBlank()) {
            throw new UsageException("the project ID is empty", "give an ID such as np_4w3a5b6c");
        }
        if (!VALID.matcher(id).matches()) {
            // the usage error makes its text printable, as every error line is
            String shown = id.length() > 40 ? id.substring(0, 40) + "…" : id;
            throw new UsageException("'" + shown + "' is not a project ID",
                    "IDs are letters, digits, '_', '-', '.' and '*', such as np_4w3a5b6c (at most 128 characters)");
        }
        return id;
    }
}
