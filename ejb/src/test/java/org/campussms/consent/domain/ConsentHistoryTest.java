package org.campussms.consent.domain;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.campussms.platform.PhoneNumber;
import org.junit.jupiter.api.Test;

class ConsentHistoryTest {

    private static final PhoneNumber PHONE = PhoneNumber.ofE164("+12015550123");
    private static final ConsentScope POOL_A = ConsentScope.pool(1);
    private static final ConsentScope POOL_B = ConsentScope.pool(2);

    private final List<ConsentEvent> events = new ArrayList<>();

    private ConsentHistoryTest given(ConsentChoice action, ConsentScope scope, ConsentSource source) {
        events.add(new ConsentEvent(1L, PHONE, new ConsentChange(action, scope, source, null,
                source == ConsentSource.STAFF || source == ConsentSource.FORM ? 9L : null, null, Instant.EPOCH)));
        return this;
    }

    private boolean stoppedByThePerson(ConsentScope scope) {
        return new ConsentHistory(events).stoppedByThePerson(scope);
    }

    @Test
    void aFormOptOutThenAStopIsThePersonsWordWhateverCameFirst() {
        given(ConsentChoice.OPT_IN, ConsentScope.all(), ConsentSource.IMPORT)
                .given(ConsentChoice.OPT_OUT, POOL_A, ConsentSource.FORM)
                .given(ConsentChoice.OPT_OUT, POOL_A, ConsentSource.KEYWORD);

        assertTrue(stoppedByThePerson(POOL_A));
        assertFalse(stoppedByThePerson(POOL_B));
    }

    @Test
    void everyOptOutThePersonGaveCountsTheirFormAndTheirCarrierToo() {
        for (ConsentSource source : List.of(ConsentSource.FORM, ConsentSource.KEYWORD,
                ConsentSource.CARRIER_OPT_OUT_TYPE, ConsentSource.CARRIER_ERROR)) {
            events.clear();
            given(ConsentChoice.OPT_OUT, POOL_A, source);
            assertTrue(stoppedByThePerson(POOL_A), source.name());
        }
    }

    @Test
    void anOptInOfTheScopeEndsWhatCameBeforeIt() {
        given(ConsentChoice.OPT_OUT, POOL_A, ConsentSource.KEYWORD)
                .given(ConsentChoice.OPT_IN, POOL_A, ConsentSource.KEYWORD);

        assertFalse(stoppedByThePerson(POOL_A));

        given(ConsentChoice.OPT_OUT, POOL_A, ConsentSource.CARRIER_ERROR);
        assertTrue(stoppedByThePerson(POOL_A), "a later opt-out counts again");
    }

    @Test
    void anInstitutionWideStopStopsEverySenderUntilItsOwnOptIn() {
        given(ConsentChoice.OPT_OUT, ConsentScope.all(), ConsentSource.KEYWORD)
                .given(ConsentChoice.OPT_IN, POOL_A, ConsentSource.KEYWORD);

        assertTrue(stoppedByThePerson(POOL_A), "a YES to pool A does not lift STOPALL");
        assertTrue(stoppedByThePerson(ConsentScope.all()));

        given(ConsentChoice.OPT_IN, ConsentScope.all(), ConsentSource.FORM);
        assertFalse(stoppedByThePerson(POOL_A));
    }

    @Test
    void anOptInOfOnePoolDoesNotEndAnotherPoolsStop() {
        given(ConsentChoice.OPT_OUT, POOL_A, ConsentSource.KEYWORD)
                .given(ConsentChoice.OPT_IN, POOL_B, ConsentSource.KEYWORD)
                .given(ConsentChoice.OPT_IN, ConsentScope.all(), ConsentSource.KEYWORD);

        assertTrue(stoppedByThePerson(POOL_A));
    }

    @Test
    void aPhoneNobodyOptedOutIsNotStopped() {
        given(ConsentChoice.OPT_IN, ConsentScope.all(), ConsentSource.STAFF);

        assertFalse(stoppedByThePerson(POOL_A));
        assertFalse(stoppedByThePerson(ConsentScope.all()));
    }
}
