package org.campussms.delivery.domain;

/**
 * The carrier could not take the message now (429, 5xx, network): try again later.
 */
public class CarrierUnavailable extends Exception {

    private final Integer code;

    public CarrierUnavailable(Integer code, String message, Throwable cause) {
        super(message, cause);
        this.code = code;
    }

    public Integer code() {
        return code;
    }
}
