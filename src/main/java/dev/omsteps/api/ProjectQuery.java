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

}
