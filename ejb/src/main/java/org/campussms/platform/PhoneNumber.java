package org.campussms.platform;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import java.util.Objects;

/**
 * A valid phone number in E.164 form ({@code +12015550123}), the only form stored or sent to the carrier.
 */
public record PhoneNumber(String e164) {

    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();

    public PhoneNumber {
        Objects.requireNonNull(e164, "e164");
    }

    /**
     * Parses what a person typed: E.164, or a national number of {@code defaultRegion} (ISO 3166 code, e.g. US).
     *
     * @throws DomainException with {@link Problem#INVALID_PHONE} when it is not a valid number
     */
    public static PhoneNumber parse(String input, String defaultRegion) {
        if (input == null || input.isBlank() || input.length() > 40) {
            throw invalid(input);
        }
        try {
            var number = UTIL.parse(input.strip(), defaultRegion);
            if (!UTIL.isValidNumber(number)) {
                throw invalid(input);
            }
            return new PhoneNumber(UTIL.format(number, PhoneNumberFormat.E164));
        } catch (NumberParseException e) {
            throw invalid(input);
        }
    }

    /** A number already stored in E.164 form. */
    public static PhoneNumber ofE164(String e164) {
        return new PhoneNumber(e164);
    }

    private static DomainException invalid(String input) {
        return new DomainException(Problem.INVALID_PHONE, "Not a valid phone number: " + input);
    }

    @Override
    public String toString() {
        return e164;
    }
}
