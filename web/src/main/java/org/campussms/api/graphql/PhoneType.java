package org.campussms.api.graphql;

import org.eclipse.microprofile.graphql.Enum;

@Enum("PhoneType")
public enum PhoneType {
    MOBILE,
    HOME,
    WORK;

    org.campussms.directory.domain.PhoneType toDomain() {
        return org.campussms.directory.domain.PhoneType.valueOf(name());
    }
}
