package org.campussms.consent.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.campussms.consent.domain.ConsentScope.Kind;
import org.campussms.platform.DomainException;
import org.campussms.platform.Problem;
import org.junit.jupiter.api.Test;

class ConsentScopeTest {

    private static final String INVALID = "A scope is ALL (no ids), POOL (with a pool id only) or PERSONAL_NUMBER "
            + "(with a sender number id only)";

    @Test
    void eachKindRefersToItsOwnId() {
        ConsentScope all = ConsentScope.all();
        ConsentScope pool = ConsentScope.pool(4);
        ConsentScope personal = ConsentScope.personalNumber(7);

        assertEquals(Kind.ALL, all.kind());
        assertNull(all.poolId());
        assertNull(all.senderNumberId());
        assertTrue(all.isAll());
        assertEquals(Kind.POOL, pool.kind());
        assertEquals(4L, pool.poolId());
        assertNull(pool.senderNumberId());
        assertEquals(4, pool.ref());
        assertFalse(pool.isAll());
        assertEquals(Kind.PERSONAL_NUMBER, personal.kind());
        assertNull(personal.poolId());
        assertEquals(7L, personal.senderNumberId());
        assertEquals(7, personal.ref());
        assertFalse(personal.isAll());
    }

    @Test
    void aStoredScopeComesBackFromItsKindAndRef() {
        for (ConsentScope scope : List.of(ConsentScope.all(), ConsentScope.pool(4), ConsentScope.personalNumber(7))) {
            assertEquals(scope, ConsentScope.of(scope.kind(), scope.ref()), scope.toString());
        }
        assertSame(ConsentScope.all(), ConsentScope.of(Kind.ALL, 0));
    }

    @Test
    void aPoolAndAPersonalNumberWithTheSameIdAreDifferentScopes() {
        assertNotEquals(ConsentScope.pool(7), ConsentScope.personalNumber(7));
        assertNotEquals(ConsentScope.pool(1), ConsentScope.pool(2));
        assertEquals(ConsentScope.pool(7).hashCode(), ConsentScope.of(Kind.POOL, 7).hashCode());
    }

    @Test
    void aClientsScopeCarriesExactlyTheIdItsKindNeeds() {
        assertSame(ConsentScope.all(), ConsentScope.of(Kind.ALL, null, null));
        assertEquals(ConsentScope.personalNumber(7), ConsentScope.of(Kind.PERSONAL_NUMBER, null, 7L));
        for (Runnable refused : List.<Runnable>of(
                () -> ConsentScope.of(Kind.ALL, null, 7L),
                () -> ConsentScope.of(Kind.POOL, null, null),
                () -> ConsentScope.of(Kind.POOL, 4L, 7L),
                () -> ConsentScope.of(Kind.PERSONAL_NUMBER, null, null),
                () -> ConsentScope.of(Kind.PERSONAL_NUMBER, 4L, 7L),
                () -> ConsentScope.of(null, 4L, null))) {
            DomainException e = assertThrows(DomainException.class, refused::run);
            assertEquals(Problem.INVALID_INPUT, e.problem());
            assertEquals(INVALID, e.getMessage());
        }
    }

    @Test
    void aScopeBuiltWithTheWrongIdsInCodeIsABug() {
        assertThrows(IllegalArgumentException.class, () -> new ConsentScope(Kind.POOL, null, null));
        assertThrows(IllegalArgumentException.class, () -> new ConsentScope(Kind.PERSONAL_NUMBER, 4L, 7L));
        assertThrows(NullPointerException.class, () -> new ConsentScope(null, null, null));
    }

    @Test
    void aScopeReadsAsItsKindAndId() {
        assertEquals("ALL", ConsentScope.all().toString());
        assertEquals("POOL 4", ConsentScope.pool(4).toString());
        assertEquals("PERSONAL_NUMBER 7", ConsentScope.personalNumber(7).toString());
    }
}
