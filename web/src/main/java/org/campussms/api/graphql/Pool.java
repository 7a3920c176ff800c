package org.campussms.api.graphql;

import org.campussms.pool.application.PoolSummary;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("Pool")
@Description("A shared sender: one or more numbers that its members text from.")
public record Pool(@NonNull String id, @NonNull String name) {

    static Pool of(PoolSummary summary) {
        return new Pool(String.valueOf(summary.id()), summary.name());
    }
}
