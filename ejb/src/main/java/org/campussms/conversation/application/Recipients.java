package org.campussms.conversation.application;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.campussms.conversation.domain.MessageTemplate;
import org.campussms.directory.domain.Person;
import org.campussms.directory.domain.Phone;
import org.campussms.directory.domain.RecordType;
import org.campussms.identity.domain.StaffUser;
import org.campussms.platform.DomainException;
import org.campussms.pool.domain.Pool;

/** Which of a person's records a text goes to and what it says to them, for sending and previewing alike. */
final class Recipients {

    private Recipients() {
    }

    /**
     * The record to text: the one asked for, or, when the person's records all reach one mobile, that one.
     */
    static RecordType recordToText(Person person, RecordType requested) {
        if (requested != null) {
            if (person.record(requested).isEmpty()) {
                throw DomainException.invalid(person.getFirstName() + " " + person.getLastName() + " has no "
                        + requested + " record");
            }
            return requested;
        }
        List<RecordType> types = person.getRecords().stream().map(r -> r.getType()).sorted().toList();
        long distinctMobiles = types.stream()
                .map(t -> person.mobileFor(t).map(Phone::getNumber))
                .filter(Optional::isPresent)
                .distinct()
                .count();
        if (distinctMobiles > 1) {
            throw DomainException.invalid(person.getFirstName() + " " + person.getLastName()
                    + " has different mobiles as " + types + ": choose which record to text");
        }
        return types.stream().filter(t -> person.mobileFor(t).isPresent()).findFirst().orElse(types.get(0));
    }

    /** The text with its variables filled in for this person, from this staff user and pool (null: personal). */
    static String expand(String body, Person person, StaffUser sender, Pool pool) {
        if (!MessageTemplate.hasVariables(body)) {
            return body;
        }
        Map<String, String> values = new HashMap<>();
        values.put(MessageTemplate.FIRST_NAME, person.getFirstName());
        values.put(MessageTemplate.LAST_NAME, person.getLastName());
        values.put(MessageTemplate.STAFF_NAME, sender.getDisplayName());
        values.put(MessageTemplate.POOL_NAME, pool == null ? sender.getDisplayName() : pool.getName());
        return MessageTemplate.expand(body, values);
    }
}
