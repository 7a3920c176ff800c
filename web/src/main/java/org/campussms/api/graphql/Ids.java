package org.campussms.api.graphql;

import org.campussms.platform.DomainException;

/**
 * GraphQL IDs are our numeric ids as text.
 */
final class Ids {

    private Ids() {
    }

    static long parse(String id, String what) {
        try {
            return Long.parseLong(id);
        } catch (NumberFormatException | NullPointerException e) {
            throw DomainException.notFound(what, id);
        }
    }
}
