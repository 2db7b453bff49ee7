package dev.omsteps.api;

import java.util.List;

/**
 * ListProjects' filters: project statuses (any of), type ({@code MIGRATION}, {@code SYNC}) and a
 * search key matched by the server against names and IDs. Null or empty means "no filter".
 */
public record ProjectQuery(List<String> statuses, String type, String searchKey) {

    public static final ProjectQuery ALL = new ProjectQuery(List.of(), null, null);

    public ProjectQuery {
        statuses = statuses == null ? List.of() : List.copyOf(statuses);
    }

    /** The statuses as ListProjects wants them: one form field holding a JSON array, e.g. {@code ["RUNNING","FAILED"]}. */
    public String statusJsonArray() {
        StringBuilder b = new StringBuilder("[");
        for (int i = 0; i < statuses.size(); i++) {
            if (i > 0) {
                b.append(',');
            }
            b.append('"').append(statuses.get(i).replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
        }
        return b.append(']').toString();
    }
}
