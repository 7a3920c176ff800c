package org.campussms.api.graphql;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;

@Enum("SenderKind")
@Description("The kind of a sender number; it sets the default rate: long code 1, toll-free 3, short code 100 "
        + "segments per second, 10DLC as registered.")
public enum SenderKind {
    LONG_CODE,
    TOLL_FREE,
    SHORT_CODE,
    TEN_DLC;

    org.campussms.pool.domain.SenderKind toDomain() {
        return org.campussms.pool.domain.SenderKind.valueOf(name());
    }

    static SenderKind of(org.campussms.pool.domain.SenderKind kind) {
        return valueOf(kind.name());
    }
}
