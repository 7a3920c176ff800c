package org.campussms.consent.domain;

/**
 * Where the evidence of a consent change came from.
 */
public enum ConsentSource {
    /** The person texted one of our keywords (STOP, START...). */
    KEYWORD,
    /** The carrier flagged an inbound message with its OptOutType (STOP, START). */
    CARRIER_OPT_OUT_TYPE,
    /** The carrier refused a send because the recipient unsubscribed (Twilio 21610). */
    CARRIER_ERROR,
    /** A form on which the person chose, entered by staff through the API. */
    FORM,
    /** Staff entered the number. */
    STAFF,
    /** A directory import brought the number. */
    IMPORT;

    /**
     * Whether an opt-out from this source is the person's own word (a text, their carrier, their signed form), which
     * only they or an institution admin holding their signed form may undo.
     */
    public boolean isThePersonsWord() {
        return this != STAFF && this != IMPORT;
    }
}
