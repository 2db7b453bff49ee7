package dev.omsteps.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.omsteps.api.ApplicationErrors.Meaning;
import dev.omsteps.model.ErrorDetail;
import dev.omsteps.model.ResponseParser;
import dev.omsteps.testing.Captures;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Application errors classified from captured self-hosted answers and the official ErrorCode values. */
class ApplicationErrorsTest {

    @ParameterizedTest
    @ValueSource(strings = {"odc-error-retry-later.json", "odc-error-cm-unavailable.json"})
    void capturedSelfHostedErrorsAreTransient(String capture) {
        ResponseParser parser = new ResponseParser();
        ErrorDetail e = parser.envelopeError(parser.readTree(Captures.bytes(capture)));
        assertEquals(Meaning.TRANSIENT, ApplicationErrors.of(e.code(), e.filledMessage()));
    }

    @ParameterizedTest
    @CsvSource({
        "INNER_ERROR, A system error occurred., TRANSIENT",
        "TIMEOUT_EXCEPTION, , TRANSIENT",
        "EXECUTOR_THREAD_POOL_BUSY, , TRANSIENT",
        "WORKER_INSTANCE_ALLOCATING_ERROR, , TRANSIENT",
        "SOME_NEW_CODE, 系统繁忙，请稍后重试, TRANSIENT",
        "PROJECT_NOT_FOUND_ERROR, , PROJECT_NOT_FOUND",
        "CM-PROJECT-NOT_FOUND, Project np_1 is not found., PROJECT_NOT_FOUND",
        "TABLE_NOT_FOUND_ERROR, table t1 not found, OTHER",
        "DATABASE_NOT_FOUND_ERROR, , OTHER",
        "WORKER_INSTANCE_NOT_FOUND_ERROR, , OTHER",
        "LOG_SERVICE_TOPIC_NOT_FOUND_ERROR, , OTHER",
        "AUTHENTICATION_ERROR, , AUTHENTICATION",
        "LOGIN_EXPIRE, , AUTHENTICATION",
        "USER_NAME_OR_PASSWORD_ERROR, , AUTHENTICATION",
        "PARAM_ERROR, Invalid parameter, OTHER",
    })
    void codesFromTheOfficialList(String code, String message, Meaning expected) {
        assertEquals(expected, ApplicationErrors.of(code, message));
    }
}
