package org.campussms.delivery.domain;

/**
 * The SMS carrier, as hand-offs and number purchases need it ({@code TwilioCarrier} in production and tests alike:
 * tests point it at the carrier fake).
 */
public interface Carrier {

    /** A number bought from the carrier. */
    record BoughtNumber(String e164, String sid) {
    }

    /**
     * Hands the message to the carrier.
     *
     * @return the carrier's message sid
     */
    String send(HandOff handOff) throws CarrierRejection, CarrierUnavailable;

    /** Buys an SMS-capable local number in the country, pointing its incoming SMS at {@code smsWebhookUrl}. */
    BoughtNumber buyLocalNumber(String country, String smsWebhookUrl) throws CarrierUnavailable, CarrierRejection;
}
