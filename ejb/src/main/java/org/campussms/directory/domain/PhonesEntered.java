package org.campussms.directory.domain;

import java.time.Instant;
import java.util.Map;
import org.campussms.platform.PhoneNumber;

/**
 * Staff put SMS-capable numbers on file for people (by hand or by an import), fired in the transaction that stores
 * them: whoever keeps consent observes it, as a number staff enter starts opted in.
 *
 * @param personIdByPhone each new number with the person it was entered for
 * @param actorStaffUserId who entered them, null for a system import
 */
public record PhonesEntered(Map<PhoneNumber, Long> personIdByPhone, Entry entry, Long actorStaffUserId,
        Instant at) {

    /** How the numbers came. */
    public enum Entry { STAFF, IMPORT }

    public PhonesEntered {
        personIdByPhone = Map.copyOf(personIdByPhone);
    }
}
