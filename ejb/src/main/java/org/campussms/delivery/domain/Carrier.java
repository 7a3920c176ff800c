package org.campussms.delivery.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The SMS carrier, as hand-offs, their reconciliation and number purchases need it ({@code TwilioCarrier} in
 * production and tests alike: tests point it at the carrier fake).
 */
public interface Carrier {

    /** A number bought from the carrier. */
    record BoughtNumber(String e164, String sid) {
    }

    /**
     * Hands the message to the carrier, once: the carrier's answer decides, nothing is retried here.
     *
     * @return the carrier's message sid
     * @throws CarrierRejection   refused for good (invalid number, unsubscribed recipient ...)
     * @throws CarrierUnavailable not taken, try again later (429, connection refused, connect timeout)
     * @throws CarrierUncertain   maybe taken (no answer after the request went out, a 5xx): ask before resending
     */
    String send(HandOff handOff) throws CarrierRejection, CarrierUnavailable, CarrierUncertain;

    /**
     * The messages from {@code from} to {@code to} the carrier created at or after {@code since}, newest first: what
     * it has of a hand-off whose answer never came back.
     */
    List<CarrierMessage> sentSince(String from, String to, Instant since) throws CarrierUnavailable;

    /** The message with this sid as the carrier has it now; empty when it has none. */
    Optional<CarrierMessage> find(String sid) throws CarrierUnavailable;

    /**
     * Buys an SMS-capable local number in the country, pointing its incoming SMS at {@code smsWebhookUrl} and named
     * {@code tag}, so that {@link #findBought} finds it if the answer is lost.
     */
    BoughtNumber buyLocalNumber(String country, String smsWebhookUrl, String tag) throws CarrierUnavailable,
            CarrierRejection;

    /** The number bought with this tag, if the carrier has one. */
    Optional<BoughtNumber> findBought(String tag) throws CarrierUnavailable;
}
