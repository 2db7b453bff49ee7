package dev.omsteps.model;

/**
 * A project as a watch across several contexts names it: {@code prod-hz/np_4w3a5b6c}. Project IDs never hold a
 * slash (OMS IDs are letters, digits, {@code _.*-}), so the key splits back into the context and the ID without
 * ambiguity; in a watch of one context the key is the bare ID. Views and events show the two apart.
 *
 * @param context the context's name, or null in a watch of one context
 * @param id      the project ID as OMS has it
 */
public record ProjectKey(String context, String id) {

    /** The key {@link #text} wrote, split back. */
    public static ProjectKey parse(String key) {
        if (key == null) {
            return new ProjectKey(null, null);
        }
        int slash = key.indexOf('/');
        return slash < 0 ? new ProjectKey(null, key) : new ProjectKey(key.substring(0, slash), key.substring(slash + 1));
    }

    /** {@code context/id}, or the ID alone without a context. */
    public String text() {
        return context == null ? id : context + "/" + id;
    }
}
