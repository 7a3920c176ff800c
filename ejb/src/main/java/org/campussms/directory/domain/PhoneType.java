package org.campussms.directory.domain;

public enum PhoneType {
    MOBILE,
    HOME,
    WORK;

    /** Only mobiles receive texts; the others are kept for the record and for people to call. */
    public boolean smsCapable() {
        return this == MOBILE;
    }
}
