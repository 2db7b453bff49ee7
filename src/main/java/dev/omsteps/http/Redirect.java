package dev.omsteps.http;

import dev.omsteps.model.Printable;
import okhttp3.Response;

/** A 3xx answer, which omsteps never follows: how to name it in one line (status and where it pointed). */
public final class Redirect {

    private Redirect() {
    }

    public static boolean is(int status) {
        return status >= 300 && status <= 399;
    }

    /** {@code redirect (HTTP 302) to https://elsewhere/…}, printable and at most 200 characters of the Location. */
    public static String describe(Response response) {
        String location = response.header("Location");
        String where = location == null || location.isBlank() ? "nowhere (no Location header)" : Printable.line(location, 200);
        return "redirect (HTTP " + response.code() + ") to " + where;
    }
}
