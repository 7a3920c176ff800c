package org.campussms.conversation.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.campussms.consent.application.ConsentEventView;
import org.campussms.conversation.application.TimelineItem.Kind;
import org.campussms.conversation.domain.OutboundMessage;
import org.campussms.conversation.infrastructure.NoteStore;
import org.campussms.conversation.infrastructure.TimelineQuery;
import org.campussms.email.application.EmailRecords;
import org.campussms.email.application.EmailView;
import org.campussms.identity.application.StaffLookup;
import org.campussms.identity.domain.StaffUser;
import org.campussms.platform.DomainException;

/**
 * Builds a page of a timeline from its five sources (texts, replies, emails sent instead, consent events, notes): the
 * newest {@code last} of each before the cursor, merged, the newest {@code last} of those kept. Each source is read
 * once per page, whatever its size.
 */
@ApplicationScoped
class Timelines {

    /** Entries read beyond the page, for those of the cursor's very instant that come after it. */
    private static final int SAME_INSTANT = 10;

    /** Where a page ends: before the entry with this time, kind and id. */
    record Before(Instant at, Kind kind, long id) {
    }

    @Inject
    private TimelineQuery query;

    @Inject
    private EmailRecords emails;

    @Inject
    private StaffLookup staff;

    @Inject
    private NoteStore notes;

    @Inject
    private NoteViews noteViews;

    /**
     * @param consent               the consent events to show with these conversations
     * @param consentConversationId the conversation they belong to; null for a person's timeline
     */
    TimelinePage page(Collection<Long> conversationIds, List<ConsentEventView> consent, Long consentConversationId,
            String cursor, int last) {
        Before before = read(cursor);
        Predicate<TimelineItem> inPage = before == null ? item -> true
                : item -> item.before(before.at(), before.kind(), before.id());
        // One more than asked: past the page, it says whether an older page exists.
        int wanted = last + 1;
        Instant until = before == null ? null : before.at();
        List<TimelineItem> candidates = new ArrayList<>();
        // Emails before texts: an email is stored in the transaction that makes its text FELL_BACK_TO_EMAIL, and
        // each read (READ COMMITTED) sees what was committed when it began, so a page with the email has the
        // text's final status. Read the other way round, a commit between the two showed the email beside a
        // text still QUEUED.
        emails.ofConversations(conversationIds).stream().map(EmailView::of).forEach(e -> candidates.add(
                new TimelineItem(Kind.EMAIL, e.createdAt(), e.id(), e.conversationId(), null, null, null, e, null,
                        null, null)));
        List<OutboundMessage> texts = query.texts(conversationIds, until, wanted + SAME_INSTANT);
        Map<Long, String> names = staff(texts);
        texts.forEach(m -> candidates.add(new TimelineItem(Kind.TEXT, m.getCreatedAt(), m.getId(),
                m.getConversationId(), OutboundView.of(m), m.getSentByStaffUserId(),
                names.get(m.getSentByStaffUserId()), null, null, null, null)));
        query.replies(conversationIds, until, wanted + SAME_INSTANT).forEach(r -> candidates.add(
                new TimelineItem(Kind.REPLY, r.getReceivedAt(), r.getId(), r.getConversationId(), null, null, null,
                        null, InboundView.of(r), null, null)));
        consent.forEach(c -> candidates.add(new TimelineItem(Kind.CONSENT, c.occurredAt(), c.id(),
                consentConversationId, null, null, null, null, null, c, null)));
        noteViews.of(notes.notes(conversationIds, until, wanted + SAME_INSTANT)).forEach(n -> candidates.add(
                new TimelineItem(Kind.NOTE, n.createdAt(), n.id(), n.conversationId(), null, null, null, null, null,
                        null, n)));
        List<TimelineItem> newest = candidates.stream().filter(inPage)
                .sorted(Comparator.comparing(TimelineItem::at).thenComparing(TimelineItem::kind)
                        .thenComparingLong(TimelineItem::id).reversed())
                .limit(wanted)
                .collect(Collectors.toCollection(ArrayList::new));
        boolean older = newest.size() > last;
        List<TimelineItem> shown = new ArrayList<>(older ? newest.subList(0, last) : newest);
        Collections.reverse(shown);
        return new TimelinePage(shown, older ? write(shown.get(0)) : null);
    }

    private Map<Long, String> staff(List<OutboundMessage> texts) {
        List<Long> senders = texts.stream().map(OutboundMessage::getSentByStaffUserId).filter(Objects::nonNull)
                .distinct().toList();
        return staff.findAll(senders).stream().collect(Collectors.toMap(StaffUser::getId, StaffUser::getDisplayName));
    }

    private static String write(TimelineItem item) {
        String text = item.at().getEpochSecond() + ":" + item.at().getNano() + ":" + item.kind() + ":" + item.id();
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.US_ASCII));
    }

    private static Before read(String cursor) {
        if (cursor == null) {
            return null;
        }
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.US_ASCII).split(":");
            if (parts.length != 4) {
                throw new IllegalArgumentException(cursor);
            }
            return new Before(Instant.ofEpochSecond(Long.parseLong(parts[0]), Long.parseLong(parts[1])),
                    Kind.valueOf(parts[2]), Long.parseLong(parts[3]));
        } catch (IllegalArgumentException e) {
            throw DomainException.invalid("Not a cursor of this timeline: " + cursor);
        }
    }
}
