package org.campussms.bulksend.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.campussms.directory.application.PeopleLookup;
import org.campussms.platform.PhoneNumber;
import org.campussms.platform.PhoneTimeZones;
import org.campussms.platform.Settings;
import org.campussms.pool.domain.SendingWindow;

/**
 * Which of a bulk send's texts must wait for the pool's sending window, and until when: each in the recipient's
 * time zone, the one they set for themselves, else their number's, else the institution's.
 */
@ApplicationScoped
class QuietHours {

    /** A recipient of a bulk send's text: who and which mobile. */
    record Recipient(long personId, PhoneNumber to) {
    }

    @Inject
    private PeopleLookup people;

    @Inject
    private Settings settings;

    /** The recipients outside the window now, with when it next opens where each is. */
    Map<PhoneNumber, Instant> held(SendingWindow window, Collection<Recipient> recipients,
            Instant now) {
        Map<Long, ZoneId> chosen = people.timeZones(recipients.stream().map(Recipient::personId).toList());
        ZoneId institution = settings.institutionTimeZone();
        Map<PhoneNumber, Instant> held = new HashMap<>();
        for (Recipient recipient : recipients) {
            ZoneId zone = chosen.containsKey(recipient.personId()) ? chosen.get(recipient.personId())
                    : PhoneTimeZones.of(recipient.to()).orElse(institution);
            Instant opening = window.nextOpening(now, zone);
            if (opening.isAfter(now)) {
                held.put(recipient.to(), opening);
            }
        }
        return held;
    }
}
