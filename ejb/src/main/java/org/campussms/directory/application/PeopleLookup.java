package org.campussms.directory.application;

import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.campussms.directory.domain.Person;
import org.campussms.platform.PhoneNumber;
import org.campussms.platform.persistence.Sql;

/**
 * What other contexts read of people: a person, who holds a phone, the people a send or a caseload names, and
 * where they are.
 */
public interface PeopleLookup {

    /** Someone who has a phone number on file, by id and name only. */
    record PhoneOwner(long personId, String firstName, String lastName) {
    }

    Optional<Person> find(long id);

    /** Everyone with this number on file (a parent's mobile may be listed for several children). */
    List<Person> findByPhone(PhoneNumber number);

    /**
     * The people who have each of these numbers on file, by number, in the order of their ids; numbers nobody has are
     * left out. Ids and names only, in one statement however many numbers (the inbound webhook asks this per batch).
     */
    Map<PhoneNumber, List<PhoneOwner>> ownersOf(Collection<PhoneNumber> numbers);

    /** {@link #ownersOf(Collection)} in the transaction {@code sql} runs in (the webhook's batches). */
    Map<PhoneNumber, List<PhoneOwner>> ownersOf(Sql sql, Collection<PhoneNumber> numbers);

    /**
     * The people with these ids, their records and phones loaded in a few queries rather than two per person
     * (bulk sends load thousands), read-only: the flushes of the rest of the transaction need not check them.
     */
    List<Person> loadForTexting(List<Long> ids);

    /** The time zones people set for themselves (quiet hours), of those among these who have one. */
    Map<Long, ZoneId> timeZones(Collection<Long> ids);

    /** Ids of the people a contact search finds, up to {@code limit}. */
    List<Long> searchIds(String text, int limit);

    /** Ids of the students in a staff user's caseload. */
    List<Long> caseloadIds(long staffUserId);
}
