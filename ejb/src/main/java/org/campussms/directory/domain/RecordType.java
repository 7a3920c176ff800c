package org.campussms.directory.domain;

/**
 * The roles a person has at the institution; each comes with its own external id and may have its own mobile.
 */
public enum RecordType {
    STUDENT,
    EMPLOYEE,
    GUARDIAN
}
