package org.campussms.platform;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberToTimeZonesMapper;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * Where a phone number is, by its prefix (libphonenumber's time-zone data): one zone for most numbers, none when
 * the prefix spans several (a whole country with several zones, a mobile range).
 */
public final class PhoneTimeZones {

    private PhoneTimeZones() {
    }

    public static Optional<ZoneId> of(PhoneNumber number) {
        try {
            List<String> zones = PhoneNumberToTimeZonesMapper.getInstance()
                    .getTimeZonesForNumber(PhoneNumberUtil.getInstance().parse(number.e164(), null));
            if (zones.size() != 1 || zones.get(0).equals(PhoneNumberToTimeZonesMapper.getUnknownTimeZone())) {
                return Optional.empty();
            }
            return Optional.of(ZoneId.of(zones.get(0)));
        } catch (NumberParseException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
