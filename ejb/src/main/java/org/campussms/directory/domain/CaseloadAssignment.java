package org.campussms.directory.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;

/**
 * A student assigned to a staff user (advisor → advisee).
 */
@Entity
@Table(name = "caseload")
@IdClass(CaseloadAssignment.Key.class)
@NamedQuery(name = CaseloadAssignment.STUDENTS_OF, query = "select p from Person p where p.id in "
        + "(select c.studentId from CaseloadAssignment c where c.staffUserId = :staffUserId) "
        + "order by p.lastName, p.firstName, p.id")
@NamedQuery(name = CaseloadAssignment.CLEAR, query = "delete from CaseloadAssignment c "
        + "where c.staffUserId = :staffUserId")
public class CaseloadAssignment {

    public static final String STUDENTS_OF = "CaseloadAssignment.studentsOf";
    public static final String CLEAR = "CaseloadAssignment.clear";

    @Id
    @Column(name = "staff_user_id")
    private Long staffUserId;

    @Id
    @Column(name = "student_id")
    private Long studentId;

    protected CaseloadAssignment() {
    }

    public CaseloadAssignment(long staffUserId, long studentId) {
        this.staffUserId = staffUserId;
        this.studentId = studentId;
    }

    public record Key(Long staffUserId, Long studentId) implements Serializable {

        public Key() {
            this(null, null);
        }
    }
}
