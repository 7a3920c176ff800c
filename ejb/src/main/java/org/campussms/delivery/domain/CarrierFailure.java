package org.campussms.delivery.domain;

/**
 * A carrier call that did not end with what was asked, with the carrier's error code when it gave one. The kinds
 * differ in what happened to the request: refused, not taken, or unknown.
 */
public abstract class CarrierFailure extends Exception {

    private final Integer code;

    protected CarrierFailure(Integer code, String message, Throwable cause) {
        super(message, cause);
        this.code = code;
    }

    /** The carrier's error code (21211, 20429 ...), or null when it gave none. */
    public Integer code() {
        return code;
    }
}
