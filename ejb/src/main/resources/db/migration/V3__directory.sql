-- People staff text: students, employees, guardians. A person may hold several records (student and employee).
CREATE TABLE person (
    id         BIGINT       NOT NULL AUTO_INCREMENT,
    first_name VARCHAR(100) NOT NULL,
    last_name  VARCHAR(100) NOT NULL,
    email      VARCHAR(320) NULL,
    created_at DATETIME(6)  NOT NULL,
    updated_at DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    INDEX ix_person_first_name (first_name),
    INDEX ix_person_last_name (last_name)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The external id (student id, employee id) is what staff see to tell two people of one name apart.
CREATE TABLE person_record (
    id          BIGINT      NOT NULL AUTO_INCREMENT,
    person_id   BIGINT      NOT NULL,
    record_type VARCHAR(10) NOT NULL,
    external_id VARCHAR(64) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_person_record_external UNIQUE (record_type, external_id),
    CONSTRAINT uk_person_record_type UNIQUE (person_id, record_type),
    CONSTRAINT fk_person_record_person FOREIGN KEY (person_id) REFERENCES person (id),
    CONSTRAINT ck_person_record_type CHECK (record_type IN ('STUDENT', 'EMPLOYEE', 'GUARDIAN'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Phones in E.164. A mobile may belong to one record type (the student's mobile, the employee's mobile).
CREATE TABLE phone (
    id          BIGINT      NOT NULL AUTO_INCREMENT,
    person_id   BIGINT      NOT NULL,
    e164        VARCHAR(16) NOT NULL,
    phone_type  VARCHAR(8)  NOT NULL,
    record_type VARCHAR(10) NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_phone_person_number UNIQUE (person_id, e164),
    CONSTRAINT fk_phone_person FOREIGN KEY (person_id) REFERENCES person (id),
    CONSTRAINT ck_phone_type CHECK (phone_type IN ('MOBILE', 'HOME', 'WORK')),
    INDEX ix_phone_e164 (e164)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE guardian_link (
    guardian_id BIGINT NOT NULL,
    student_id  BIGINT NOT NULL,
    PRIMARY KEY (guardian_id, student_id),
    CONSTRAINT fk_guardian_link_guardian FOREIGN KEY (guardian_id) REFERENCES person (id),
    CONSTRAINT fk_guardian_link_student FOREIGN KEY (student_id) REFERENCES person (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Caseload: the students assigned to a staff user (advisor -> advisees).
CREATE TABLE caseload (
    staff_user_id BIGINT NOT NULL,
    student_id    BIGINT NOT NULL,
    PRIMARY KEY (staff_user_id, student_id),
    CONSTRAINT fk_caseload_user FOREIGN KEY (staff_user_id) REFERENCES staff_user (id),
    CONSTRAINT fk_caseload_student FOREIGN KEY (student_id) REFERENCES person (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
