package dev.omsteps.sim;

/** An HTTP answer before it is sent. */
record Reply(int status, String contentType, byte[] body, String requestId) {

    static final String JSON = "application/json;charset=utf-8";
}
