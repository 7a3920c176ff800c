package org.campussms.api.graphql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import graphql.language.Document;
import graphql.language.OperationDefinition;
import graphql.parser.Parser;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.UnExecutableSchemaGenerator;
import java.util.Map;
import org.junit.jupiter.api.Test;

class QueryCostTest {

    private static final GraphQLSchema SCHEMA = UnExecutableSchemaGenerator.makeUnExecutableSchema(new SchemaParser()
            .parse("""
                    type Query {
                      pools: [Pool!]!
                      search(text: String!, limit: Int = 20): Page!
                      inbox(first: Int = 50): Page!
                      me: Person
                    }
                    type Page { rows: [Person!]! }
                    type Person { id: ID! name: String records: [Record!]! pool: Pool }
                    type Record { id: ID! kind: String }
                    type Pool { id: ID! name: String members: [Person!]! }
                    """));

    private static QueryCost cost(String query, Map<String, Object> variables) {
        Document document = Parser.parse(query);
        OperationDefinition operation = document.getDefinitionsOfType(OperationDefinition.class).get(0);
        return QueryCost.of(SCHEMA, document, operation, variables, 10);
    }

    @Test
    void aFieldCostsOnePlusItsSelectionTimesTheRowsItAsksFor() {
        assertEquals(1 + 5 * (1 + 1 + (1 + 10 * 2)), cost("{ search(text: \"a\", limit: 5) { rows { id records { id kind "
                + "} } } }", Map.of()).complexity(), "limit 5; the page's rows are counted by it; records guessed 10");
        assertEquals(1 + 20 * 2, cost("{ search(text: \"a\") { rows { id } } }", Map.of()).complexity(),
                "a limit left out is the schema's default");
        assertEquals(1 + 100 * 2, cost("{ inbox(first: 100) { rows { id } } }", Map.of()).complexity(),
                "first weighs like limit");
    }

    @Test
    void variablesCountAsCoercedWithTheirDefaults() {
        String query = "query($n: Int = 100) { search(text: \"a\", limit: $n) { rows { id } } }";

        assertEquals(1 + 100 * 2, cost(query, Map.of("n", 100)).complexity());
        assertEquals(1 + 7 * 2, cost(query, Map.of("n", 7)).complexity());
    }

    @Test
    void aFragmentCountsEachTimeItIsSpreadAliasesIncluded() {
        QueryCost spread = cost("{ a: pools { ...P } b: pools { ...P } c: pools { ...P } } "
                + "fragment P on Pool { n1: name n2: name n3: name }", Map.of());

        assertEquals(3 + 3 * 3, spread.aliases());
        assertEquals(3 * (1 + 10 * 3), spread.complexity());
        assertEquals(2, spread.depth());
    }

    @Test
    void depthCountsThroughFragmentsAndStopsOnePastTheLimit() {
        String deep = "{ pools { members { pool { members { pool { members { pool { members { pool { members { "
                + "pool { members { id } } } } } } } } } } } } }";

        assertEquals(11, cost(deep, Map.of()).depth(), "measured no deeper than it takes to refuse it");
        assertEquals(3, cost("{ me { ...F } } fragment F on Person { pool { id } }", Map.of()).depth());
    }

    @Test
    void fragmentsThatMultiplyEachOtherAreTooLargeToMeasure() {
        // Each fragment spreads the next twice at the same depth: 2^20 fields for a query of 21 lines.
        StringBuilder query = new StringBuilder("{ me { ...F0 } } ");
        for (int i = 0; i < 20; i++) {
            query.append("fragment F").append(i).append(" on Person { ...F").append(i + 1).append(" ...F")
                    .append(i + 1).append(" } ");
        }
        query.append("fragment F20 on Person { id }");

        assertThrows(QueryCost.TooLargeToMeasure.class, () -> cost(query.toString(), Map.of()));
    }

    @Test
    void theCostIsCappedRatherThanOverflowing() {
        String huge = "{ search(text: \"a\", limit: 100000) { rows { records { id } pool { members { records { id "
                + "} } } } } }";

        assertTrue(cost(huge, Map.of()).complexity() <= QueryCost.CEILING);
    }
}
