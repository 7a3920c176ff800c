package org.campussms.conversation.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.campussms.conversation.infrastructure.NoteStore;
import org.campussms.conversation.infrastructure.NoteStore.OwedMention;
import org.campussms.identity.application.StaffLookup;
import org.campussms.identity.domain.StaffUser;
import org.campussms.platform.Settings;

/**
 * Claims the emails owed to staff named in notes, in a transaction of its own: the claim is committed before any
 * email goes, so each mention is emailed at most once, by one server.
 */
@Stateless
// Runs for the reconciliation timer, which has no caller identity.
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class MentionMailRun {

    /** Mentions emailed per run. */
    static final int LIMIT = 200;

    /** One email: to whom, its subject and body. */
    public record MentionMail(String to, String subject, String body) {
    }

    @Inject
    private NoteStore notes;

    @Inject
    private StaffLookup staff;

    @Inject
    private Settings settings;

    public List<MentionMail> claimOwed(Instant now) {
        List<OwedMention> owed = notes.claimOwedMentions(now, LIMIT);
        if (owed.isEmpty()) {
            return List.of();
        }
        Map<Long, StaffUser> people = staff.findAll(owed.stream()
                .flatMap(m -> Stream.of(m.staffUserId(), m.authorStaffUserId())).distinct().toList()).stream()
                .collect(Collectors.toMap(StaffUser::getId, Function.identity()));
        List<MentionMail> mails = new ArrayList<>();
        for (OwedMention mention : owed) {
            StaffUser to = people.get(mention.staffUserId());
            if (to == null || to.getEmail() == null) {
                continue;
            }
            StaffUser author = people.get(mention.authorStaffUserId());
            String who = author == null ? "A colleague" : author.getDisplayName();
            mails.add(new MentionMail(to.getEmail(), who + " mentioned you in a note",
                    who + " mentioned you in a note on a conversation:\n\n  " + mention.body()
                    + "\n\nOpen the conversation: " + settings.publicBaseUrl() + "/app/conversations/"
                    + mention.conversationId() + "\n\nYou get this once per note that names you."));
        }
        return mails;
    }
}
