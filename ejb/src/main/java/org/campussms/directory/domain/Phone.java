package org.campussms.directory.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.Objects;
import org.campussms.platform.PhoneNumber;
import org.campussms.platform.persistence.RoutingDataListener;

@Entity
@EntityListeners(RoutingDataListener.class)
@Table(name = "phone")
public class Phone {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "person_id", nullable = false, updatable = false)
    private Person person;

    @Column(name = "e164", nullable = false, updatable = false, length = 16)
    private PhoneNumber number;

    @Enumerated(EnumType.STRING)
    @Column(name = "phone_type", nullable = false, length = 8)
    private PhoneType type;

    /** The record this number belongs to (the student's mobile, the employee's mobile), if any. */
    @Enumerated(EnumType.STRING)
    @Column(name = "record_type", length = 10)
    private RecordType recordType;

    protected Phone() {
    }

    Phone(Person person, PhoneNumber number, PhoneType type, RecordType recordType) {
        this.person = Objects.requireNonNull(person);
        this.number = Objects.requireNonNull(number);
        this.type = Objects.requireNonNull(type);
        this.recordType = recordType;
    }

    void reassign(PhoneType newType, RecordType newRecordType) {
        this.type = Objects.requireNonNull(newType);
        this.recordType = newRecordType;
    }

    public Long getId() {
        return id;
    }

    public Person getPerson() {
        return person;
    }

    public PhoneNumber getNumber() {
        return number;
    }

    public PhoneType getType() {
        return type;
    }

    public RecordType getRecordType() {
        return recordType;
    }

    public boolean isSmsCapable() {
        return type.smsCapable();
    }
}
