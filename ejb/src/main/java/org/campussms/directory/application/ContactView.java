package org.campussms.directory.application;

import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.campussms.directory.domain.Person;
import org.campussms.directory.domain.PersonRecord;
import org.campussms.directory.domain.Phone;
import org.campussms.directory.domain.RecordType;

/**
 * A person as contact search shows them: external ids to tell namesakes apart, and the mobile per record.
 */
public record ContactView(long personId, String firstName, String lastName, String email, List<Record> records,
        List<Mobile> mobiles, String timeZone) {

    public record Record(RecordType type, String externalId) {
    }

    /** The number a text to the person as {@code recordType} goes to. */
    public record Mobile(RecordType recordType, String number) {
    }

    public static ContactView of(Person person) {
        List<Record> records = person.getRecords().stream()
                .sorted((a, b) -> a.getType().compareTo(b.getType()))
                .map(r -> new Record(r.getType(), r.getExternalId()))
                .toList();
        List<Mobile> mobiles = person.getRecords().stream()
                .map(PersonRecord::getType)
                .sorted()
                .flatMap(type -> person.mobileFor(type).map(Phone::getNumber)
                        .map(number -> new Mobile(type, number.e164())).stream())
                .toList();
        return new ContactView(person.getId(), person.getFirstName(), person.getLastName(), person.getEmail(),
                records, mobiles, person.timeZone().map(ZoneId::getId).orElse(null));
    }

    public boolean has(RecordType type) {
        return records.stream().anyMatch(r -> r.type() == type);
    }

    public Optional<String> mobileFor(RecordType type) {
        return mobiles.stream().filter(m -> m.recordType() == type).map(Mobile::number).findFirst();
    }
}
