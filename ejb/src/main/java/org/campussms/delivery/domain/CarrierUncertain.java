package org.campussms.delivery.domain;

/**
 * The request reached the carrier and no clear answer came back (a read timeout, a dropped connection, a 5xx): it
 * may have taken the message or not. Sending again could text the person twice, so the message is left to the
 * reconciler, which asks the carrier what it has.
 */
public class CarrierUncertain extends CarrierFailure {

    private final boolean carrierAnswering;

    /**
     * @param carrierAnswering the connection was closed at once rather than left unanswered or answered with a 5xx:
     *                         the carrier is up, and the texts after this one may go on
     */
    public CarrierUncertain(Integer code, String message, Throwable cause, boolean carrierAnswering) {
        super(code, message, cause);
        this.carrierAnswering = carrierAnswering;
    }

    public boolean carrierAnswering() {
        return carrierAnswering;
    }
}
