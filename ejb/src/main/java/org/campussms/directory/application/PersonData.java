package org.campussms.directory.application;

import java.util.List;
import org.campussms.directory.domain.PhoneType;
import org.campussms.directory.domain.RecordType;

/**
 * One person as an import (GraphQL list or CSV file) describes them. External ids identify the person: importing
 * the same data again changes nothing.
 *
 * @param guardianOf student ids of the students this person is a guardian of
 */
public record PersonData(String firstName, String lastName, String email, List<Record> records, List<PhoneData> phones,
        List<String> guardianOf) {

    public PersonData {
        records = records == null ? List.of() : List.copyOf(records);
        phones = phones == null ? List.of() : List.copyOf(phones);
        guardianOf = guardianOf == null ? List.of() : List.copyOf(guardianOf);
    }

    /** A record with its external id and, optionally, the mobile of that record. */
    public record Record(RecordType type, String externalId, String mobile) {
    }

    public record PhoneData(String number, PhoneType type) {
    }

    public String displayName() {
        return firstName + " " + lastName;
    }
}
