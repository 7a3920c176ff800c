package org.campussms.directory.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.Objects;

@Entity
@Table(name = "person_record")
public class PersonRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "person_id", nullable = false, updatable = false)
    private Person person;

    @Enumerated(EnumType.STRING)
    @Column(name = "record_type", nullable = false, updatable = false, length = 10)
    private RecordType type;

    @Column(name = "external_id", nullable = false, updatable = false, length = 64)
    private String externalId;

    protected PersonRecord() {
    }

    PersonRecord(Person person, RecordType type, String externalId) {
        this.person = Objects.requireNonNull(person);
        this.type = Objects.requireNonNull(type);
        this.externalId = Objects.requireNonNull(externalId);
    }

    public RecordType getType() {
        return type;
    }

    public String getExternalId() {
        return externalId;
    }
}
