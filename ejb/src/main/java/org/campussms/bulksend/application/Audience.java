package org.campussms.bulksend.application;

import java.util.List;

/**
 * Who a bulk send goes to: exactly one of the caller's caseload, a list of people, or the people a contact search
 * finds.
 */
public record Audience(boolean caseload, List<Long> personIds, String search) {

    public Audience {
        personIds = personIds == null ? List.of() : List.copyOf(personIds);
    }

    public String describe() {
        return caseload ? "caseload" : search != null ? "search: " + search : personIds.size() + " people";
    }
}
