package org.campussms.delivery.domain;

/**
 * The carrier could not take the message now (429, 5xx, network): try again later.
 */
public class CarrierUnavailable extends CarrierFailure {

    public CarrierUnavailable(Integer code, String message, Throwable cause) {
        super(code, message, cause);
    }
}
