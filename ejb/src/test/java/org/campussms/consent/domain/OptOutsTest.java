package org.campussms.consent.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.campussms.platform.DomainException;
import org.campussms.platform.Problem;
import org.junit.jupiter.api.Test;

class OptOutsTest {

    private static final ConsentScope POOL_A = ConsentScope.pool(1);
    private static final ConsentScope POOL_B = ConsentScope.pool(2);
    private static final ConsentScope PERSONAL = ConsentScope.personalNumber(7);

    @Test
    void aPoolOptOutBlocksThatPoolOnly() {
        OptOuts state = OptOuts.none().after(ConsentChoice.OPT_OUT, POOL_A);

        assertTrue(state.blocks(POOL_A));
        assertFalse(state.blocks(POOL_B));
        assertFalse(state.blocks(PERSONAL));
    }

    @Test
    void anAllOptOutBlocksEveryPoolAndPersonalNumber() {
        OptOuts state = OptOuts.none().after(ConsentChoice.OPT_OUT, ConsentScope.all());

        assertTrue(state.blocks(POOL_A));
        assertTrue(state.blocks(POOL_B));
        assertTrue(state.blocks(PERSONAL));
    }

    @Test
    void anAllOptInLiftsTheInstitutionWideOptOutAndNoSendersOwn() {
        OptOuts state = OptOuts.none().after(ConsentChoice.OPT_OUT, POOL_A).after(ConsentChoice.OPT_OUT, PERSONAL)
                .after(ConsentChoice.OPT_OUT, ConsentScope.all());

        OptOuts after = state.after(ConsentChoice.OPT_IN, ConsentScope.all());

        assertEquals(Set.of(POOL_A, PERSONAL), after.scopes());
        assertTrue(after.blocks(POOL_A), "a STOP to one pool is lifted only by a word to that pool");
        assertFalse(after.blocks(POOL_B));
    }

    @Test
    void aPoolOptInClearsThatPoolButNotAnAllOptOut() {
        OptOuts state = OptOuts.none().after(ConsentChoice.OPT_OUT, POOL_A).after(ConsentChoice.OPT_OUT, POOL_B)
                .after(ConsentChoice.OPT_OUT, ConsentScope.all())
                .after(ConsentChoice.OPT_IN, POOL_A);

        assertEquals(Set.of(POOL_B, ConsentScope.all()), state.scopes());
        assertTrue(state.blocks(POOL_A), "still stopped by the ALL opt-out");
    }

    @Test
    void aPersonalNumberOptInClearsThatNumberOnly() {
        OptOuts state = OptOuts.none().after(ConsentChoice.OPT_OUT, PERSONAL).after(ConsentChoice.OPT_OUT, POOL_A)
                .after(ConsentChoice.OPT_IN, PERSONAL);

        assertFalse(state.blocks(PERSONAL));
        assertTrue(state.blocks(POOL_A));
        assertEquals(Set.of(POOL_A), state.scopes());
    }

    @Test
    void optingOutTwiceIsOneOptOutThatOneOptInClears() {
        OptOuts twice = OptOuts.none().after(ConsentChoice.OPT_OUT, POOL_A).after(ConsentChoice.OPT_OUT, POOL_A);

        assertEquals(Set.of(POOL_A), twice.scopes());
        assertEquals(OptOuts.none(), twice.after(ConsentChoice.OPT_IN, POOL_A));
    }

    @Test
    void anOptInWithNothingToClearChangesNothing() {
        OptOuts state = OptOuts.none().after(ConsentChoice.OPT_OUT, POOL_A);

        assertEquals(OptOuts.none(), OptOuts.none().after(ConsentChoice.OPT_IN, POOL_B));
        assertEquals(state, state.after(ConsentChoice.OPT_IN, POOL_B));
        assertEquals(state, state.after(ConsentChoice.OPT_IN, PERSONAL));
    }

    @Test
    void eventsReplayedInOrderLeaveTheLastWordToTheLatest() {
        OptOuts outThenIn = OptOuts.none().after(ConsentChoice.OPT_OUT, POOL_A)
                .after(ConsentChoice.OPT_IN, POOL_A);
        OptOuts inThenOut = OptOuts.none().after(ConsentChoice.OPT_IN, ConsentScope.all())
                .after(ConsentChoice.OPT_OUT, POOL_A);

        assertFalse(outThenIn.blocks(POOL_A));
        assertTrue(inThenOut.blocks(POOL_A));
        assertFalse(inThenOut.blocks(POOL_B));
    }

    @Test
    void aStateNeverChangesOnceMade() {
        Set<ConsentScope> given = new HashSet<>(Set.of(POOL_A));
        OptOuts state = new OptOuts(given);
        given.add(POOL_B);

        OptOuts next = state.after(ConsentChoice.OPT_OUT, PERSONAL).after(ConsentChoice.OPT_IN, POOL_A);

        assertEquals(Set.of(POOL_A), state.scopes(), "neither the set it was made from nor its successors change it");
        assertEquals(Set.of(PERSONAL), next.scopes());
        assertThrows(UnsupportedOperationException.class, () -> state.scopes().add(POOL_B));
    }

    @Test
    void scopesAreEqualByValueAndCheckTheirIds() {
        assertEquals(ConsentScope.pool(1), ConsentScope.of(ConsentScope.Kind.POOL, 1L, null));
        assertEquals(ConsentScope.personalNumber(7), ConsentScope.of(ConsentScope.Kind.PERSONAL_NUMBER, 7));
        assertEquals(0, ConsentScope.all().ref());
        assertThrows(IllegalArgumentException.class, () -> new ConsentScope(ConsentScope.Kind.ALL, 1L, null));
        assertEquals(Problem.INVALID_INPUT, assertThrows(DomainException.class,
                () -> ConsentScope.of(ConsentScope.Kind.POOL, null, 3L)).problem());
    }
}
