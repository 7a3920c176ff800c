package org.campussms.consent.domain;

import java.util.Objects;

/**
 * A consent request read from an inbound message.
 *
 * @param detail what was received: the keyword as the person typed it, or the carrier's OptOutType value
 */
public record ConsentRequest(ConsentIntent intent, ConsentSource source, String detail) {

    public ConsentRequest {
        Objects.requireNonNull(intent, "intent");
        Objects.requireNonNull(source, "source");
    }
}
