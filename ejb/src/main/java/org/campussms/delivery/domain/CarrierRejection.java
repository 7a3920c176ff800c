package org.campussms.delivery.domain;

/**
 * The carrier refused the message for good (invalid number 21211, unsubscribed recipient 21610, ...).
 */
public class CarrierRejection extends CarrierFailure {

    public CarrierRejection(Integer code, String message) {
        super(code, message, null);
    }
}
