package org.campussms.report.infrastructure;

import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The where clause of a JPQL query and its parameters, built from optional filter values: a condition whose value
 * is null is left out.
 */
final class Conditions {

    private final List<String> clauses = new ArrayList<>();
    private final Map<String, Object> parameters = new LinkedHashMap<>();

    Conditions when(Object value, String clause, String parameter) {
        if (value != null) {
            clauses.add(clause);
            parameters.put(parameter, value);
        }
        return this;
    }

    /** A condition with parameters of its own (any may be absent from the clause if it is null). */
    Conditions always(String clause, Map<String, Object> clauseParameters) {
        clauses.add(clause);
        parameters.putAll(clauseParameters);
        return this;
    }

    String where() {
        return clauses.isEmpty() ? "" : " where " + String.join(" and ", clauses);
    }

    <Q extends Query> Q bind(Q query) {
        parameters.forEach(query::setParameter);
        return query;
    }
}
