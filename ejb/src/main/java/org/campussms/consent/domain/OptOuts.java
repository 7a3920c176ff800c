package org.campussms.consent.domain;

import java.util.HashSet;
import java.util.Set;

/**
 * The opt-outs of one phone in effect, and the rule by which each consent event changes them: an opt-out adds its
 * scope, an opt-in removes its own scope and nothing else. An opt-in of ALL lifts the institution-wide opt-out, not
 * a STOP the person gave one pool: each must be lifted by its own word.
 * Replaying a phone's events in order from {@link #none()} gives its current state.
 */
public record OptOuts(Set<ConsentScope> scopes) {

    public OptOuts {
        scopes = Set.copyOf(scopes);
    }

    public static OptOuts none() {
        return new OptOuts(Set.of());
    }

    public OptOuts after(ConsentChoice action, ConsentScope scope) {
        Set<ConsentScope> next = new HashSet<>(scopes);
        if (action == ConsentChoice.OPT_OUT) {
            next.add(scope);
        } else {
            next.remove(scope);
        }
        return new OptOuts(next);
    }

    /** Whether texts from this sender are stopped: an ALL opt-out stops every sender. */
    public boolean blocks(ConsentScope sender) {
        return scopes.contains(ConsentScope.all()) || scopes.contains(sender);
    }
}
