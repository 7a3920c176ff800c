package org.campussms.api.graphql;

import org.eclipse.microprofile.graphql.Enum;

@Enum("RecordType")
public enum RecordType {
    STUDENT,
    EMPLOYEE,
    GUARDIAN;

    org.campussms.directory.domain.RecordType toDomain() {
        return org.campussms.directory.domain.RecordType.valueOf(name());
    }

    static RecordType of(org.campussms.directory.domain.RecordType type) {
        return type == null ? null : valueOf(type.name());
    }
}
