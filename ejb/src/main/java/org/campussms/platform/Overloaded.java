package org.campussms.platform;

import jakarta.ejb.ApplicationException;

/**
 * More work is waiting than the server holds in memory: the caller should be told to come back later (HTTP 503 with
 * Retry-After), which Twilio answers by retrying or using the fallback URL.
 */
// Passes through enterprise beans as it is, so the web layer can answer 503.
@ApplicationException(rollback = true)
public class Overloaded extends RuntimeException {

    public Overloaded(String message) {
        super(message);
    }
}
