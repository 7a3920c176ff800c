package org.campussms.directory.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.campussms.directory.domain.Person;
import org.campussms.directory.domain.PhonesEntered;
import org.campussms.directory.domain.RecordType;
import org.campussms.directory.infrastructure.PersonRepository;
import org.campussms.directory.infrastructure.PersonRepository.RecordKey;
import org.campussms.identity.application.IdentityService;
import org.campussms.identity.application.Roles;
import org.campussms.identity.application.StaffLookup;
import org.campussms.platform.DomainException;
import org.campussms.platform.PhoneNumber;
import org.campussms.platform.Problem;
import org.campussms.platform.Settings;

/**
 * The people directory: imports (institution admins), contact search and caseloads.
 */
@Stateless
@RolesAllowed(Roles.STAFF)
public class DirectoryService {

    public static final int MAX_PAGE = 100;
    public static final int MAX_IMPORT = 10_000;

    @Inject
    private PersonRepository people;

    @Inject
    private StaffLookup users;

    @Inject
    private IdentityService identity;

    @Inject
    private Settings settings;

    @Inject
    private Event<PhonesEntered> phonesEntered;

    @Inject
    private Clock clock;

    /**
     * Creates or updates people, matched by their external ids. All or nothing: one invalid person (a bad phone
     * number, an id held by someone else) refuses the whole import, naming the person.
     */
    public ImportResult importPeople(List<PersonData> batch) {
        identity.requireInstitutionAdmin();
        if (batch.size() > MAX_IMPORT) {
            throw DomainException.invalid("At most " + MAX_IMPORT + " people per import");
        }
        Instant now = clock.instant();
        int created = 0;
        Map<PersonData, Person> imported = new LinkedHashMap<>();
        Map<PhoneNumber, Long> newMobiles = new LinkedHashMap<>();
        // Who is on file already, for the whole batch at once; people created below join it, so a later row with
        // the same id updates them.
        Map<RecordKey, Person> known = people.findByRecords(referencedRecords(batch));
        for (int i = 0; i < batch.size(); i++) {
            PersonData data = batch.get(i);
            try {
                Optional<Person> existing = existingPerson(data, known);
                Person person = existing.orElseGet(() -> new Person(data.firstName(), data.lastName(),
                        data.email(), now));
                if (existing.isPresent()) {
                    person.rename(data.firstName(), data.lastName(), data.email(), now);
                } else {
                    created++;
                }
                List<PhoneNumber> added = apply(data, person);
                if (existing.isEmpty()) {
                    people.add(person);
                }
                added.forEach(number -> newMobiles.putIfAbsent(number, person.getId()));
                data.records().forEach(record -> key(record.type(), record.externalId())
                        .ifPresent(key -> known.putIfAbsent(key, person)));
                imported.put(data, person);
            } catch (DomainException e) {
                throw new DomainException(e.problem(), "Person " + (i + 1) + " (" + data.displayName() + "): "
                        + e.getMessage());
            }
        }
        people.flush();
        linkGuardians(imported, known);
        phonesEntered.fire(new PhonesEntered(newMobiles, PhonesEntered.Entry.IMPORT,
                identity.callerId().orElse(null), now));
        return new ImportResult(created, batch.size() - created);
    }

    public ContactPage searchContacts(String text, int offset, int limit) {
        if (text == null || text.strip().length() < 1 || text.length() > 100) {
            throw DomainException.invalid("Search text has 1 to 100 characters");
        }
        if (offset < 0 || limit < 1 || limit > MAX_PAGE) {
            throw DomainException.invalid("A page starts at 0 or later and has 1 to " + MAX_PAGE + " contacts");
        }
        List<ContactView> contacts = people.search(text, offset, limit).stream().map(ContactView::of).toList();
        return new ContactPage(people.count(text), offset, contacts);
    }

    public ContactView contact(long personId) {
        return people.find(personId).map(ContactView::of)
                .orElseThrow(() -> DomainException.notFound("Person", personId));
    }

    /** The guardians on file for this student (none for anyone else). */
    public List<ContactView> guardiansOf(long personId) {
        return people.guardiansOf(personId).stream().map(ContactView::of).toList();
    }

    /** The students this guardian is on file for (none for anyone else). */
    public List<ContactView> wardsOf(long personId) {
        return people.wardsOf(personId).stream().map(ContactView::of).toList();
    }

    /**
     * Where the person is, for quiet hours, when their number's prefix says otherwise or nothing; null or blank goes
     * back to the number's. Institution admins only.
     */
    public ContactView setTimeZone(long personId, String zone) {
        identity.requireInstitutionAdmin();
        Person person = people.find(personId).orElseThrow(() -> DomainException.notFound("Person", personId));
        person.changeTimeZone(zone);
        return ContactView.of(person);
    }

    /** The caller's own caseload. */
    public List<ContactView> myCaseload() {
        return people.caseloadOf(identity.caller().getId()).stream().map(ContactView::of).toList();
    }

    /** Replaces a staff user's caseload with the students of these student ids. */
    public List<ContactView> setCaseload(long staffUserId, List<String> studentIds) {
        identity.requireInstitutionAdmin();
        users.find(staffUserId).orElseThrow(() -> DomainException.notFound("Staff user", staffUserId));
        Map<RecordKey, Person> found = people.findByRecords(studentIds.stream()
                .flatMap(studentId -> key(RecordType.STUDENT, studentId).stream()).toList());
        List<Person> students = new ArrayList<>();
        for (String studentId : studentIds) {
            students.add(key(RecordType.STUDENT, studentId).map(found::get)
                    .orElseThrow(() -> DomainException.notFound("Student", studentId)));
        }
        people.replaceCaseload(staffUserId, students.stream().distinct().toList());
        return people.caseloadOf(staffUserId).stream().map(ContactView::of).toList();
    }

    /** Applies the data to the person; returns the mobiles new to them. */
    private List<PhoneNumber> apply(PersonData data, Person person) {
        if (data.records().isEmpty()) {
            throw DomainException.invalid("A person needs at least one record (student, employee or guardian id)");
        }
        String region = settings.defaultPhoneRegion();
        List<PhoneNumber> newMobiles = new ArrayList<>();
        for (PersonData.Record record : data.records()) {
            if (record.type() == null) {
                throw DomainException.invalid("A record needs a type");
            }
            person.addRecord(record.type(), record.externalId());
            if (record.mobile() != null && !record.mobile().isBlank()) {
                PhoneNumber mobile = PhoneNumber.parse(record.mobile(), region);
                if (person.setMobile(record.type(), mobile)) {
                    newMobiles.add(mobile);
                }
            }
        }
        for (PersonData.PhoneData phone : data.phones()) {
            if (phone.type() == null) {
                throw DomainException.invalid("A phone needs a type");
            }
            PhoneNumber number = PhoneNumber.parse(phone.number(), region);
            if (person.addPhone(number, phone.type()) && phone.type().smsCapable()) {
                newMobiles.add(number);
            }
        }
        return newMobiles;
    }

    private Optional<Person> existingPerson(PersonData data, Map<RecordKey, Person> known) {
        Person found = null;
        for (PersonData.Record record : data.records()) {
            Person byRecord = key(record.type(), record.externalId()).map(known::get).orElse(null);
            if (byRecord != null) {
                if (found != null && !found.getId().equals(byRecord.getId())) {
                    throw new DomainException(Problem.CONFLICT, "Its ids belong to two different people");
                }
                found = byRecord;
            }
        }
        return Optional.ofNullable(found);
    }

    /** Every record the batch names: its people's records and the students its guardians are linked to. */
    private static Set<RecordKey> referencedRecords(List<PersonData> batch) {
        Set<RecordKey> keys = new HashSet<>();
        for (PersonData data : batch) {
            data.records().forEach(record -> key(record.type(), record.externalId()).ifPresent(keys::add));
            data.guardianOf().forEach(studentId -> key(RecordType.STUDENT, studentId).ifPresent(keys::add));
        }
        return keys;
    }

    private static Optional<RecordKey> key(RecordType type, String externalId) {
        return type == null || externalId == null ? Optional.empty() : Optional.of(new RecordKey(type, externalId));
    }

    private void linkGuardians(Map<PersonData, Person> imported, Map<RecordKey, Person> known) {
        imported.forEach((data, guardian) -> {
            for (String studentId : data.guardianOf()) {
                Person student = key(RecordType.STUDENT, studentId).map(known::get)
                        .orElseThrow(() -> DomainException.notFound("Student", studentId));
                guardian.addWard(student);
            }
        });
    }
}
