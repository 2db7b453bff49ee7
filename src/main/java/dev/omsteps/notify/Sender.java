package dev.omsteps.notify;

import com.fasterxml.jackson.databind.JsonNode;

/** Makes one attempt to deliver one event to one target. */
interface Sender {

    /** Throws when the attempt failed; {@link DeliveryFailure#retryable()} says whether another may succeed. */
    void send(NotifyTarget target, JsonNode event, String line) throws DeliveryFailure, InterruptedException;

    /** A failed attempt, its message free of secrets. */
    final class DeliveryFailure extends Exception {
        private final boolean retryable;

        DeliveryFailure(String message, boolean retryable) {
            super(message, null, false, false);
            this.retryable = retryable;
        }

        boolean retryable() {
            return retryable;
        }
    }
}
