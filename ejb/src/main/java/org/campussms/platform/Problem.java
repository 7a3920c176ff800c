package org.campussms.platform;

/**
 * What went wrong, as a client can act on it. The API shows it as the error code.
 */
public enum Problem {
    /** The caller may not read or change this. */
    FORBIDDEN,
    /** No such thing (or none the caller may know of). */
    NOT_FOUND,
    /** A phone number that is not a valid E.164 number. */
    INVALID_PHONE,
    /** Input that breaks a rule: too long, missing, out of range. */
    INVALID_INPUT,
    /** The change conflicts with what exists, e.g. a duplicate name. */
    CONFLICT,
    /** The recipient has opted out of texts from this sender. */
    OPTED_OUT
}
