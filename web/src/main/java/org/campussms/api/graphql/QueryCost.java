package org.campussms.api.graphql;

import graphql.introspection.Introspection;
import graphql.language.Argument;
import graphql.language.Document;
import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.IntValue;
import graphql.language.OperationDefinition;
import graphql.language.Selection;
import graphql.language.SelectionSet;
import graphql.language.VariableReference;
import graphql.schema.GraphQLArgument;
import graphql.schema.GraphQLCompositeType;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLNonNull;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What a GraphQL operation would cost to answer, before it runs: its depth, its complexity weighted by the list
 * sizes it asks for, and its aliases, each over the operation as it will run: every fragment counted each time it is
 * spread, variables as coerced (their defaults applied), arguments left out at the schema's default. A field's cost is
 * 1 plus its selection's cost times the rows it may return: its {@code limit}, {@code first} or {@code last}, a guess
 * for a list without one, 1 otherwise. So aliasing a {@code searchContacts(limit: 100)} sixty times costs sixty times
 * as much, as it does the database, and an alias inside a fragment spread ten times counts ten times.
 *
 * <p>graphql-java's own QueryComplexityCalculator counts a fragment's fields once however often it is spread, which
 * is why this walks the operation itself.
 *
 * @param depth      the deepest field nesting (at most one past the limit: it stops looking deeper)
 * @param complexity the weighted cost (capped at {@link #CEILING})
 * @param aliases    the aliased fields, each time it is answered
 */
record QueryCost(int depth, int complexity, int aliases) {

    /** Rows assumed for a list field that takes no row count and is not the rows of a counted parent. */
    static final int UNLIMITED_LIST_ROWS = 10;

    /** Costs past this are not worth adding up: they are refused anyway. */
    static final int CEILING = 1_000_000;

    /** The most fields looked at; fragments spread within fragments must not make the measuring the attack. */
    static final int MAX_VISITS = 100_000;

    /** The arguments that say how many rows a field returns. */
    private static final List<String> ROW_ARGUMENTS = List.of("limit", "first", "last");

    /** An operation too large to measure: refused as too complex. */
    static final class TooLargeToMeasure extends RuntimeException {
        TooLargeToMeasure() {
            super("The operation is too large to measure", null, false, false);
        }
    }

    static QueryCost of(GraphQLSchema schema, Document document, OperationDefinition operation,
            Map<String, Object> variables, int maxDepth) {
        Walk walk = new Walk(schema, document, variables, maxDepth);
        GraphQLCompositeType root = switch (operation.getOperation()) {
            case QUERY -> schema.getQueryType();
            case MUTATION -> schema.getMutationType();
            case SUBSCRIPTION -> schema.getSubscriptionType();
        };
        long cost = walk.selectionCost(operation.getSelectionSet(), root, 1, false);
        return new QueryCost(walk.deepest, (int) Math.min(cost, CEILING), walk.aliases);
    }

    /** One measuring of one operation. */
    private static final class Walk {

        private final GraphQLSchema schema;
        private final Map<String, FragmentDefinition> fragments = new HashMap<>();
        private final Map<String, Object> variables;
        private final int maxDepth;
        private int deepest;
        private int aliases;
        private int visits;

        Walk(GraphQLSchema schema, Document document, Map<String, Object> variables, int maxDepth) {
            this.schema = schema;
            document.getDefinitionsOfType(FragmentDefinition.class).forEach(f -> fragments.put(f.getName(), f));
            this.variables = variables;
            this.maxDepth = maxDepth;
        }

        /** The cost of a selection set under {@code type}, its fields at {@code depth}. */
        long selectionCost(SelectionSet selections, GraphQLCompositeType type, int depth, boolean rowsOfCountedParent) {
            if (selections == null) {
                return 0;
            }
            long cost = 0;
            for (Selection<?> selection : selections.getSelections()) {
                if (selection instanceof Field field) {
                    cost += fieldCost(field, type, depth, rowsOfCountedParent);
                } else if (selection instanceof InlineFragment inline) {
                    cost += selectionCost(inline.getSelectionSet(), inline.getTypeCondition() == null ? type
                            : (GraphQLCompositeType) schema.getType(inline.getTypeCondition().getName()), depth,
                            rowsOfCountedParent);
                } else if (selection instanceof FragmentSpread spread) {
                    FragmentDefinition fragment = fragments.get(spread.getName());
                    cost += selectionCost(fragment.getSelectionSet(),
                            (GraphQLCompositeType) schema.getType(fragment.getTypeCondition().getName()), depth,
                            rowsOfCountedParent);
                }
                if (cost >= CEILING) {
                    return CEILING;
                }
            }
            return cost;
        }

        private long fieldCost(Field field, GraphQLCompositeType parent, int depth, boolean rowsOfCountedParent) {
            if (++visits > MAX_VISITS) {
                throw new TooLargeToMeasure();
            }
            deepest = Math.max(deepest, depth);
            if (field.getAlias() != null) {
                aliases++;
            }
            if (depth > maxDepth) {
                // Too deep already: refused for that, so nothing below is worth measuring.
                return 1;
            }
            GraphQLFieldDefinition definition = Introspection.getFieldDef(schema, parent, field.getName());
            Number asked = rowsAsked(field, definition);
            long rows = asked != null ? Math.max(1, asked.longValue())
                    : isList(definition.getType()) && !rowsOfCountedParent ? UNLIMITED_LIST_ROWS : 1;
            GraphQLType child = GraphQLTypeUtil.unwrapAll(definition.getType());
            long childCost = child instanceof GraphQLCompositeType composite
                    ? selectionCost(field.getSelectionSet(), composite, depth + 1, asked != null) : 0;
            return Math.min(CEILING, 1 + rows * childCost);
        }

        /** The rows the field asks for: its limit, first or last, as given, as a variable holds it, or by default. */
        private Number rowsAsked(Field field, GraphQLFieldDefinition definition) {
            for (String name : ROW_ARGUMENTS) {
                GraphQLArgument declared = definition.getArgument(name);
                if (declared == null) {
                    continue;
                }
                Argument given = field.getArguments().stream().filter(a -> a.getName().equals(name)).findFirst()
                        .orElse(null);
                Object value = given == null ? defaultOf(declared)
                        : given.getValue() instanceof IntValue literal ? literal.getValue()
                        : given.getValue() instanceof VariableReference variable ? variables.get(variable.getName())
                        : null;
                if (value instanceof Number number) {
                    return number;
                }
            }
            return null;
        }

        private static Object defaultOf(GraphQLArgument argument) {
            if (!argument.hasSetDefaultValue()) {
                return null;
            }
            Object value = argument.getArgumentDefaultValue().getValue();
            return value instanceof IntValue literal ? literal.getValue() : value;
        }

        private static boolean isList(GraphQLType type) {
            GraphQLType unwrapped = type instanceof GraphQLNonNull nonNull ? nonNull.getWrappedType() : type;
            return unwrapped instanceof GraphQLList;
        }
    }
}
