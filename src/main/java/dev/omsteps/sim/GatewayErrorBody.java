package dev.omsteps.sim;

/** The body of a gateway refusal, in the gateway's own shape (not OMS's envelope). */
record GatewayErrorBody(
        String requestId,
        String hostId,
        String code,
        String message,
        String recommend) {
}
