package org.campussms.api.graphql;

import graphql.ErrorClassification;
import graphql.ExecutionResult;
import graphql.GraphqlErrorBuilder;
import graphql.execution.AbortExecutionException;
import graphql.execution.ExecutionContext;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.language.OperationDefinition;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.campussms.api.http.ApiErrorCode;

/**
 * Refuses an operation before any field of it runs when it goes too far: too long, too deep, too aliased, too
 * costly ({@link QueryCost}), or sent on the wrong transport (the websocket carries subscriptions only; HTTP
 * carries no subscriptions). It measures the operation graphql-java is about to execute, with its fragments spread
 * and its variables coerced, so every path, content type and transport meets the same limits; one request must not
 * make the server or the database do the work of thousands. An operation it cannot measure is refused too.
 */
final class OperationLimits extends SimplePerformantInstrumentation {

    static final int MAX_QUERY_CHARS = 64 * 1024;
    static final int MAX_DEPTH = 10;
    static final int MAX_COMPLEXITY = 10_000;
    static final int MAX_ALIASES = 30;

    /** A refusal: the code clients act on and a sentence for people. */
    record Refusal(ApiErrorCode code, String message) {
    }

    @Override
    public InstrumentationContext<ExecutionResult> beginExecuteOperation(
            InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
        refusal(parameters.getExecutionContext()).ifPresent(refusal -> {
            throw new AbortExecutionException(List.of(GraphqlErrorBuilder.newError()
                    .message(refusal.message())
                    .errorType(ErrorClassification.errorClassification("ValidationError"))
                    .extensions(Map.of("code", refusal.code().name()))
                    .build()));
        });
        return super.beginExecuteOperation(parameters, state);
    }

    static Optional<Refusal> refusal(ExecutionContext context) {
        OperationDefinition.Operation operation = context.getOperationDefinition().getOperation();
        boolean overWebsocket = LiveSocketHandler.isWebsocket(context.getGraphQLContext());
        if (overWebsocket && operation != OperationDefinition.Operation.SUBSCRIPTION) {
            return refuse(ApiErrorCode.SUBSCRIPTIONS_ONLY, "The websocket carries subscriptions only; send queries and "
                    + "mutations by POST to /graphql with a bearer token");
        }
        if (!overWebsocket && operation == OperationDefinition.Operation.SUBSCRIPTION) {
            return refuse(ApiErrorCode.SUBSCRIPTIONS_ONLY, "Subscriptions run over the websocket at /graphql "
                    + "(graphql-transport-ws), with a ticket from subscriptionTicket");
        }
        String query = context.getExecutionInput().getQuery();
        if (query != null && query.length() > MAX_QUERY_CHARS) {
            return refuse(ApiErrorCode.QUERY_TOO_LARGE,
                    "A query has at most " + MAX_QUERY_CHARS / 1024 + " K characters");
        }
        QueryCost cost;
        try {
            cost = QueryCost.of(context.getGraphQLSchema(), context.getDocument(), context.getOperationDefinition(),
                    context.getCoercedVariables().toMap(), MAX_DEPTH);
        } catch (RuntimeException e) {
            return refuse(ApiErrorCode.QUERY_TOO_COMPLEX, "The query's cost could not be measured, so it does not run");
        }
        if (cost.depth() > MAX_DEPTH) {
            return refuse(ApiErrorCode.QUERY_TOO_DEEP,
                    "The query nests " + cost.depth() + " fields deep; at most " + MAX_DEPTH);
        }
        if (cost.aliases() > MAX_ALIASES) {
            return refuse(ApiErrorCode.QUERY_TOO_ALIASED, "The query has " + cost.aliases() + " aliases; at most "
                    + MAX_ALIASES);
        }
        if (cost.complexity() > MAX_COMPLEXITY) {
            return refuse(ApiErrorCode.QUERY_TOO_COMPLEX, "The query would cost " + cost.complexity()
                    + " (fields times the rows they ask for); at most " + MAX_COMPLEXITY
                    + ". Ask for fewer rows or fields per request.");
        }
        return Optional.empty();
    }

    private static Optional<Refusal> refuse(ApiErrorCode code, String message) {
        return Optional.of(new Refusal(code, message));
    }
}
