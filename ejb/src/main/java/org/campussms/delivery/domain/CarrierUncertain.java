package org.campussms.delivery.domain;

/**
 * The request reached the carrier and no clear answer came back (a read timeout, a dropped connection, a 5xx): it
 * may have taken the message or not. Sending again could text the person twice, so the message is left to the
 * reconciler, which asks the carrier what it has.
 */
public class CarrierUncertain extends CarrierFailure {

    public CarrierUncertain(Integer code, String message, Throwable cause) {
        super(code, message, cause);
    }
}
