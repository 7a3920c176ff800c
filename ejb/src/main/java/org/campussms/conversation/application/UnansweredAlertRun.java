package org.campussms.conversation.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.campussms.conversation.domain.WorkingHours;
import org.campussms.conversation.infrastructure.ConversationStore;
import org.campussms.directory.application.PeopleLookup;
import org.campussms.directory.domain.Person;
import org.campussms.identity.application.StaffLookup;
import org.campussms.identity.domain.StaffUser;
import org.campussms.platform.Settings;
import org.campussms.pool.application.PoolLookup;
import org.campussms.pool.domain.Pool;

/**
 * Finds the replies that have waited their pool's working hours without an answer and claims one alert for each, in
 * a transaction of its own: the claim is committed before any email goes, so a conversation is never alerted twice
 * for one waiting reply, even by two servers.
 */
@Stateless
// Runs for the reconciliation timer, which has no caller identity.
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class UnansweredAlertRun {

    /** Conversations looked at per run, oldest waiting first. */
    static final int LIMIT = 200;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE d MMM HH:mm z");

    @Inject
    private ConversationStore conversations;

    @Inject
    private PoolLookup pools;

    @Inject
    private StaffLookup staff;

    @Inject
    private PeopleLookup people;

    @Inject
    private Settings settings;

    public List<UnansweredAlert> claimDue(Instant now) {
        ZoneId zone = settings.institutionTimeZone();
        List<UnansweredAlert> alerts = new ArrayList<>();
        for (ConversationStore.Unanswered waiting : conversations.unanswered(now.minus(Duration.ofHours(1)), LIMIT)) {
            int hours = waiting.poolId() == null ? Pool.DEFAULT_UNANSWERED_ALERT_HOURS : waiting.alertHours();
            if (WorkingHours.after(waiting.waitingSince(), hours, zone).isAfter(now)) {
                continue;
            }
            List<String> to = recipients(waiting);
            if (!to.isEmpty() && conversations.claimAlert(waiting.id(), now)) {
                alerts.add(alert(waiting, hours, to, zone));
            }
        }
        return alerts;
    }

    private List<String> recipients(ConversationStore.Unanswered waiting) {
        if (waiting.poolId() == null) {
            return staff.find(waiting.ownerStaffUserId()).map(StaffUser::getEmail).filter(Objects::nonNull)
                    .stream().toList();
        }
        return pools.members(waiting.poolId()).stream().map(m -> m.getStaffUser().getEmail())
                .filter(Objects::nonNull).distinct().toList();
    }

    private UnansweredAlert alert(ConversationStore.Unanswered waiting, int hours, List<String> to, ZoneId zone) {
        String who = waiting.personId() == null ? waiting.contact()
                : people.find(waiting.personId()).map(p -> name(p) + " (" + waiting.contact() + ")")
                        .orElse(waiting.contact());
        String where = waiting.poolId() == null ? "your personal number" : waiting.poolName();
        String subject = "Unanswered reply in " + where + ": " + who;
        String body = who + " wrote to " + where + " on " + WHEN.format(waiting.waitingSince().atZone(zone))
                + " and has had no answer for " + hours + " working hours:\n\n  " + waiting.preview()
                + "\n\nOpen the conversation: " + settings.publicBaseUrl() + "/app/conversations/" + waiting.id()
                + "\n\nYou get this once per unanswered reply, as a member of " + where + ".";
        return new UnansweredAlert(waiting.id(), to, subject, body);
    }

    private static String name(Person person) {
        return person.getFirstName() + " " + person.getLastName();
    }
}
