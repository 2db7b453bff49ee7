package dev.omsteps.api;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What an OMS application error ({@code Success: false}, usually with HTTP 200) means for a caller. Real OMS sends
 * some passing troubles this way — an internal error, a timeout, a busy executor, a worker being allocated, a
 * self-hosted cluster manager that is briefly unreachable (GHANA-OPERAT…), or a Chinese "retry later" text — and those
 * must be retried like a network error, not end a multi-hour watch. Of the many codes that contain NOT_FOUND only
 * the project's own means "check the project ID"; a missing table or database is shown as what it is. Self-hosted
 * OMS reports a bad or expired login the same way, as a code.
 *
 * <p>Sources: the ExtraInfo {@code ErrorCode} values of the official OceanBasePro API metadata (PROJECT_NOT_FOUND_ERROR,
 * TABLE_NOT_FOUND_ERROR, WORKER_INSTANCE_ALLOCATING_ERROR, AUTHENTICATION_ERROR, LOGIN_EXPIRE …) and answers captured
 * from self-hosted OMS in OceanBase Developer Center's tests (GHANA-OPERIE000000 "retry in 5–10 minutes",
 * GHANA-OPERAT000001 "the CM service may be not available").
 */
final class ApplicationErrors {

    enum Meaning { TRANSIENT, PROJECT_NOT_FOUND, AUTHENTICATION, OTHER }

    private static final Set<String> TRANSIENT_CODES = Set.of(
            "INNER_ERROR", "INTERNAL_ERROR", "TIMEOUT_EXCEPTION", "TIMEOUT_ERROR", "EXECUTOR_THREAD_POOL_BUSY",
            "WORKER_INSTANCE_ALLOCATING_ERROR", "SERVICE_UNAVAILABLE", "SYSTEM_BUSY");

    /** Self-hosted OMS's operation-layer codes: its cluster manager or an instance is not reachable yet. */
    private static final List<String> TRANSIENT_PREFIXES = List.of("GHANA-OPERAT", "GHANA-OPERIE");

    /** Texts that ask the caller to try again (OMS writes them in Chinese or English). */
    private static final List<String> RETRY_LATER = List.of(
            "稍后重试", "稍后再试", "请重试", "retry later", "try again later", "may be not available",
            "temporarily unavailable");

    private static final Set<String> PROJECT_NOT_FOUND = Set.of(
            "PROJECT_NOT_FOUND_ERROR", "PROJECT_NOT_FOUND", "PROJECT_NOT_EXIST", "PROJECT_NOT_EXIST_ERROR",
            "PROJECT_NOT_EXISTS", "NOTFOUND.PROJECT", "PROJECTNOTFOUND");

    private static final Set<String> AUTHENTICATION = Set.of(
            "AUTHENTICATION_ERROR", "LOGIN_EXPIRE", "LOGIN_EXPIRED", "USER_NAME_OR_PASSWORD_ERROR", "USER_NOT_LOGIN",
            "UNAUTHORIZED", "SESSION_EXPIRED");

    private ApplicationErrors() {
    }

    /** The meaning of an application error from its code and (for the "retry later" texts) its message. */
    static Meaning of(String code, String message) {
        String c = code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
        // codes about the project itself, whatever their prefix (CM-PROJECT-NOT_FOUND …); TABLE_NOT_FOUND_ERROR is not
        boolean aboutProject = c.contains("PROJECT") && (c.contains("NOT_FOUND") || c.contains("NOTFOUND")
                || c.contains("NOT_EXIST") || c.contains("NOTEXIST"));
        if (PROJECT_NOT_FOUND.contains(c) || aboutProject) {
            return Meaning.PROJECT_NOT_FOUND;
        }
        if (AUTHENTICATION.contains(c)) {
            return Meaning.AUTHENTICATION;
        }
        if (TRANSIENT_CODES.contains(c) || TRANSIENT_PREFIXES.stream().anyMatch(c::startsWith)) {
            return Meaning.TRANSIENT;
        }
        String m = message == null ? "" : message.toLowerCase(Locale.ROOT);
        if (RETRY_LATER.stream().anyMatch(m::contains)) {
            return Meaning.TRANSIENT;
        }
        return Meaning.OTHER;
    }
}
