package dev.omsteps.credentials;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TemporaryCredentialsJsonTest {

    @Test
    void aServiceAnsweringATokenWithALineBreakIsItsFaultNeverQuoted() {
        String body = "{\"AccessKeyId\":\"STS.id\",\"AccessKeySecret\":\"s\",\"SecurityToken\":\"tok-part\\r\\nX-Evil: 1\","
                + "\"Expiration\":\"2026-11-25T10:15:00Z\"}";
        CredentialsException e = assertThrows(CredentialsException.class, () -> TemporaryCredentialsJson.parse(
                TemporaryCredentialsJson.read(body, "the credentials URI"), "the credentials URI", "test"));
        assertEquals(CredentialsException.Kind.UNAVAILABLE, e.kind());
        assertTrue(e.getMessage().startsWith("the credentials URI answered with credentials holding"), e.getMessage());
        assertFalse(e.getMessage().contains("tok-part"), e.getMessage());
    }

    @Test
    void aValueFromTheEnvironmentIsNamedByItsVariable() {
        CredentialsException e = assertThrows(CredentialsException.class,
                () -> new Credentials("AK", "S K", null, Credentials.ENVIRONMENT));
        assertEquals(CredentialsException.Kind.CONFIG, e.kind());
        assertTrue(e.getMessage().startsWith(CredentialEnv.ACCESS_KEY_SECRET + " holds"), e.getMessage());
    }
}
