package org.campussms.directory.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.campussms.platform.DomainException;
import org.campussms.platform.PhoneNumber;
import org.campussms.platform.Problem;
import org.campussms.platform.persistence.RoutingDataListener;

/**
 * A person staff may text, with their records (student, employee, guardian) and phones.
 */
@Entity
@EntityListeners(RoutingDataListener.class)
@Table(name = "person")
@NamedQuery(name = Person.FIND_BY_PHONE, query = "select distinct ph.person from Phone ph where ph.number = :number")
public class Person {

    public static final String FIND_BY_PHONE = "Person.findByPhone";
    public static final int MAX_NAME_LENGTH = 100;
    public static final int MAX_EMAIL_LENGTH = 320;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "first_name", nullable = false, length = MAX_NAME_LENGTH)
    private String firstName;

    @Column(name = "last_name", nullable = false, length = MAX_NAME_LENGTH)
    private String lastName;

    @Column(length = MAX_EMAIL_LENGTH)
    private String email;

    /** Where the person is, when their number's prefix says otherwise or nothing (quiet hours). */
    @Column(name = "time_zone", length = 40)
    private String timeZone;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @OneToMany(mappedBy = "person", cascade = CascadeType.ALL, orphanRemoval = true)
    private List<PersonRecord> records = new ArrayList<>();

    @OneToMany(mappedBy = "person", cascade = CascadeType.ALL, orphanRemoval = true)
    private List<Phone> phones = new ArrayList<>();

    /** For a guardian: the students they are a guardian of. */
    @ManyToMany
    @JoinTable(name = "guardian_link", joinColumns = @JoinColumn(name = "guardian_id"),
            inverseJoinColumns = @JoinColumn(name = "student_id"))
    private Set<Person> wards = new LinkedHashSet<>();

    protected Person() {
    }

    public Person(String firstName, String lastName, String email, Instant now) {
        this.createdAt = Objects.requireNonNull(now);
        rename(firstName, lastName, email, now);
    }

    public final void rename(String first, String last, String mail, Instant now) {
        this.firstName = requireName(first, "First name");
        this.lastName = requireName(last, "Last name");
        this.email = optionalEmail(mail);
        this.updatedAt = Objects.requireNonNull(now);
    }

    /** Adds the record; a person has one record of each type, and an external id never changes. */
    public void addRecord(RecordType type, String externalId) {
        String id = requireExternalId(externalId);
        Optional<PersonRecord> existing = record(type);
        if (existing.isPresent()) {
            // As the database compares ids (case-insensitive collation): "s1" is the record "S1", kept as it was.
            if (!existing.get().getExternalId().equalsIgnoreCase(id)) {
                throw new DomainException(Problem.CONFLICT, firstName + " " + lastName + " already has "
                        + type + " id " + existing.get().getExternalId() + ", not " + id);
            }
            return;
        }
        records.add(new PersonRecord(this, type, id));
    }

    /**
     * Makes {@code number} the mobile of the record {@code type}; a previous mobile of that record stays on file as
     * an ordinary mobile. A number both records share belongs to the person as a whole.
     *
     * @return whether the number is new to this person
     */
    public boolean setMobile(RecordType type, PhoneNumber number) {
        Objects.requireNonNull(type);
        for (Phone phone : phones) {
            if (type == phone.getRecordType() && !phone.getNumber().equals(number)) {
                phone.reassign(PhoneType.MOBILE, null);
            }
        }
        Optional<Phone> same = phone(number);
        if (same.isEmpty()) {
            phones.add(new Phone(this, number, PhoneType.MOBILE, type));
            return true;
        }
        if (same.get().getRecordType() == null || same.get().getRecordType() == type) {
            same.get().reassign(PhoneType.MOBILE, type);
        } else {
            same.get().reassign(PhoneType.MOBILE, null);
        }
        return false;
    }

    /**
     * Adds a phone not tied to a record; a number on file already is left as it is.
     *
     * @return whether the number is new to this person
     */
    public boolean addPhone(PhoneNumber number, PhoneType type) {
        if (phone(number).isPresent()) {
            return false;
        }
        phones.add(new Phone(this, number, type, null));
        return true;
    }

    public void addWard(Person student) {
        if (student.record(RecordType.STUDENT).isEmpty()) {
            throw DomainException.invalid(student.firstName + " " + student.lastName + " is not a student");
        }
        if (student == this) {
            throw DomainException.invalid("A person cannot be their own guardian");
        }
        wards.add(student);
    }

    /**
     * The number to text this person as {@code type}: that record's mobile, else a mobile not tied to a record.
     */
    public Optional<Phone> mobileFor(RecordType type) {
        return phones.stream().filter(p -> p.isSmsCapable() && p.getRecordType() == type).findFirst()
                .or(() -> phones.stream().filter(p -> p.isSmsCapable() && p.getRecordType() == null).findFirst());
    }

    public Optional<PersonRecord> record(RecordType type) {
        return records.stream().filter(r -> r.getType() == type).findFirst();
    }

    private Optional<Phone> phone(PhoneNumber number) {
        return phones.stream().filter(p -> p.getNumber().equals(number)).findFirst();
    }

    private static String requireName(String value, String what) {
        if (value == null || value.isBlank() || value.strip().length() > MAX_NAME_LENGTH) {
            throw DomainException.invalid(what + " has 1 to " + MAX_NAME_LENGTH + " characters");
        }
        return value.strip();
    }

    private static String optionalEmail(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String mail = value.strip();
        if (mail.length() > MAX_EMAIL_LENGTH || !mail.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            throw DomainException.invalid("Not an email address: " + value);
        }
        return mail;
    }

    private static String requireExternalId(String value) {
        if (value == null || !value.strip().matches("[A-Za-z0-9._-]{1,64}")) {
            throw DomainException.invalid("An external id has 1 to 64 letters, digits, '.', '_' or '-': " + value);
        }
        return value.strip();
    }

    public Long getId() {
        return id;
    }

    public String getFirstName() {
        return firstName;
    }

    public String getLastName() {
        return lastName;
    }

    public String getEmail() {
        return email;
    }

    public Optional<ZoneId> timeZone() {
        return Optional.ofNullable(timeZone).map(ZoneId::of);
    }

    /** Sets where the person is; null goes back to their number's zone. */
    public void changeTimeZone(String zone) {
        if (zone == null || zone.isBlank()) {
            this.timeZone = null;
            return;
        }
        try {
            this.timeZone = ZoneId.of(zone.strip()).getId();
        } catch (DateTimeException e) {
            throw DomainException.invalid("Not a time zone: " + zone + " (use a name such as America/Chicago)");
        }
    }

    public List<PersonRecord> getRecords() {
        return Collections.unmodifiableList(records);
    }

    public List<Phone> getPhones() {
        return Collections.unmodifiableList(phones);
    }

    public Set<Person> getWards() {
        return Collections.unmodifiableSet(wards);
    }
}
