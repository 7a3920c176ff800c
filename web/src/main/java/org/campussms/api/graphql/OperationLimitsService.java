package org.campussms.api.graphql;

import graphql.GraphQL;
import graphql.execution.instrumentation.ChainedInstrumentation;
import graphql.execution.instrumentation.Instrumentation;
import io.smallrye.graphql.spi.EventingService;
import java.util.List;

/**
 * Puts {@link OperationLimits} first in the instrumentation of SmallRye GraphQL's engine, ahead of SmallRye's own
 * (its query cache). SmallRye finds this through META-INF/services when it builds the engine, and it builds one
 * engine for HTTP and the websocket alike.
 */
public class OperationLimitsService implements EventingService {

    @Override
    public String getConfigKey() {
        // Always on: limits are not a feature to switch off.
        return null;
    }

    @Override
    public GraphQL.Builder beforeGraphQLBuild(GraphQL.Builder builder) {
        // The builder has no getter: building it once shows what SmallRye put in, to keep behind ours.
        Instrumentation smallRyes = builder.build().getInstrumentation();
        return builder.instrumentation(new ChainedInstrumentation(List.of(new OperationLimits(), smallRyes)));
    }
}
