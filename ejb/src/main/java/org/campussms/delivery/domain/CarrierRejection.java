package org.campussms.delivery.domain;

/**
 * The carrier refused the message for good (invalid number 21211, unsubscribed recipient 21610, ...).
 */
public class CarrierRejection extends Exception {

    private final Integer code;

    public CarrierRejection(Integer code, String message) {
        super(message);
        this.code = code;
    }

    public Integer code() {
        return code;
    }
}
