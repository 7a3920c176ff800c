package org.campussms.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PhoneNumberTest {

    @ParameterizedTest
    @CsvSource({
            "+12015550123, +12015550123",
            "(201) 555-0123, +12015550123",
            "201.555.0123, +12015550123",
            "+44 20 7946 0958, +442079460958"})
    void validNumbersBecomeE164(String input, String e164) {
        assertEquals(e164, PhoneNumber.parse(input, "US").e164());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "555-12", "+1 555 555 5555", "call me", "+1201555012345678901234567890123456789012"})
    void invalidNumbersAreRefusedAsInvalidPhone(String input) {
        DomainException e = assertThrows(DomainException.class, () -> PhoneNumber.parse(input, "US"));
        assertEquals(Problem.INVALID_PHONE, e.problem());
    }
}
