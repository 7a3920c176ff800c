package org.campussms.api.graphql;

import graphql.analysis.FieldComplexityEnvironment;
import graphql.analysis.QueryComplexityCalculator;
import graphql.execution.CoercedVariables;
import graphql.language.Document;
import graphql.language.Field;
import graphql.language.Node;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLNonNull;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLType;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;

/**
 * What a GraphQL operation would cost to answer, before it runs: its depth, its complexity weighted by the list
 * sizes it asks for, and its aliases. A field's cost is 1 plus its selection's cost times the rows it may return: its
 * {@code limit} (the schema's default when left out), a guess for a list without one, 1 otherwise. So aliasing a
 * {@code searchContacts(limit: 100)} sixty times costs sixty times as much, as it does the database.
 *
 * @param depth      the deepest field nesting
 * @param complexity the weighted cost
 * @param aliases    the fields given an alias
 */
record QueryCost(int depth, int complexity, int aliases) {

    /** Rows assumed for a list field that takes no limit and is not the rows of a limited parent. */
    static final int UNLIMITED_LIST_ROWS = 10;

    /** Costs past this are not worth adding up: they are refused anyway. */
    private static final int CEILING = 1_000_000;

    static QueryCost of(GraphQLSchema schema, Document document, String operationName,
            Map<String, Object> variables) {
        int[] depth = {0};
        QueryComplexityCalculator calculator = QueryComplexityCalculator.newCalculator()
                .schema(schema)
                .document(document)
                .operationName(operationName)
                .variables(CoercedVariables.of(variables))
                .fieldComplexityCalculator((env, childCost) -> {
                    depth[0] = Math.max(depth[0], depthOf(env));
                    long cost = 1 + (long) rows(env) * childCost;
                    return (int) Math.min(cost, CEILING);
                })
                .build();
        int complexity = calculator.calculate();
        return new QueryCost(depth[0], complexity, aliases(document));
    }

    private static int rows(FieldComplexityEnvironment env) {
        if (env.getArguments().get("limit") instanceof Number limit) {
            return Math.max(1, limit.intValue());
        }
        if (!isList(env.getFieldDefinition().getType())) {
            return 1;
        }
        FieldComplexityEnvironment parent = env.getParentEnvironment();
        // The rows of a page whose parent took the limit (searchContacts(limit) { contacts }) are counted there.
        return parent != null && parent.getArguments().get("limit") instanceof Number ? 1 : UNLIMITED_LIST_ROWS;
    }

    private static int depthOf(FieldComplexityEnvironment env) {
        int depth = 0;
        for (FieldComplexityEnvironment at = env; at != null; at = at.getParentEnvironment()) {
            depth++;
        }
        return depth;
    }

    private static boolean isList(GraphQLType type) {
        GraphQLType unwrapped = type instanceof GraphQLNonNull nonNull ? nonNull.getWrappedType() : type;
        return unwrapped instanceof GraphQLList;
    }

    private static int aliases(Document document) {
        int aliases = 0;
        Deque<Node<?>> pending = new ArrayDeque<>();
        document.getChildren().forEach(pending::push);
        while (!pending.isEmpty()) {
            Node<?> node = pending.pop();
            if (node instanceof Field field && field.getAlias() != null) {
                aliases++;
            }
            List<Node> children = node.getChildren();
            children.forEach(pending::push);
        }
        return aliases;
    }
}
