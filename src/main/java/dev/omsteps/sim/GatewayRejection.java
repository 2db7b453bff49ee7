package dev.omsteps.sim;

/** Thrown inside request verification to stop at the first check that fails; never escapes the simulator. */
final class GatewayRejection extends RuntimeException {

    private final transient GatewayError error;

    GatewayRejection(GatewayError error) {
        super(error.code(), null, false, false);
        this.error = error;
    }

    GatewayError error() {
        return error;
    }
}
