package org.campussms.api.graphql;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;

@Enum("PoolAccess")
@Description("ROLE: send from the pool and read all of its traffic. ADMIN: also manage members, numbers, footer.")
public enum PoolAccess {
    ROLE,
    ADMIN;

    org.campussms.pool.domain.PoolAccess toDomain() {
        return org.campussms.pool.domain.PoolAccess.valueOf(name());
    }

    static PoolAccess of(org.campussms.pool.domain.PoolAccess access) {
        return access == null ? null : valueOf(access.name());
    }
}
