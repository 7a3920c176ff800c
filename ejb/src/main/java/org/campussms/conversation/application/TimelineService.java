package org.campussms.conversation.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Objects;
import org.campussms.consent.application.ConsentEventView;
import org.campussms.consent.application.ConsentService;
import org.campussms.consent.domain.ConsentScope;
import org.campussms.consent.domain.ConsentSource;
import org.campussms.conversation.domain.Conversation;
import org.campussms.conversation.infrastructure.InboxQuery;
import org.campussms.directory.application.PeopleLookup;
import org.campussms.identity.application.IdentityService;
import org.campussms.identity.application.Roles;
import org.campussms.platform.DomainException;
import org.campussms.pool.application.PoolAccessPolicy;
import org.campussms.pool.domain.Pool;

/**
 * Timelines, as a thread shows them: a conversation's texts (with who sent them), replies, emails sent instead and
 * the contact's consent events in order; or all of that across every conversation with a person the caller may see,
 * with all of the person's consent history.
 */
@Stateless
@RolesAllowed(Roles.STAFF)
public class TimelineService {

    public static final int MAX_PAGE = 100;
    /** The conversations with one person a person's timeline spans, at most. */
    static final int MAX_CONVERSATIONS = 200;

    @Inject
    private ConversationAccess access;

    @Inject
    private Timelines timelines;

    @Inject
    private ConsentService consent;

    @Inject
    private IdentityService identity;

    @Inject
    private PoolAccessPolicy poolAccess;

    @Inject
    private InboxQuery inbox;

    @Inject
    private PeopleLookup people;

    /** The newest {@code last} entries of a conversation before {@code cursor} (null: the newest). */
    public TimelinePage conversation(long conversationId, String cursor, int last) {
        checkPage(last);
        Conversation conversation = access.requireVisible(conversationId);
        // The opt-in a number starts with when staff enter it is no event of the thread; the person's word is.
        List<ConsentEventView> events = consent.eventsOfPhones(List.of(conversation.getContact())).stream()
                .filter(e -> e.source() != ConsentSource.IMPORT && e.source() != ConsentSource.STAFF)
                .filter(e -> concerns(e.scope(), conversation))
                .toList();
        return timelines.page(List.of(conversationId), events, conversationId, cursor, last);
    }

    /** The same across every conversation with the person that the caller may see, and the person's consent. */
    public TimelinePage person(long personId, String cursor, int last) {
        checkPage(last);
        if (people.find(personId).isEmpty()) {
            throw DomainException.notFound("Person", personId);
        }
        long me = identity.caller().getId();
        List<Long> poolIds = poolAccess.visiblePools().stream().map(Pool::getId).toList();
        List<Long> conversationIds = inbox.page(poolIds, me, InboxFilter.withPerson(personId), 0, MAX_CONVERSATIONS)
                .stream().map(Conversation::getId).toList();
        return timelines.page(conversationIds, consent.history(personId), null, cursor, last);
    }

    /** Whether a consent event is about texts of this conversation's sender. */
    private static boolean concerns(ConsentScope scope, Conversation conversation) {
        return switch (scope.kind()) {
            case ALL -> true;
            case POOL -> Objects.equals(scope.poolId(), conversation.getPoolId());
            case PERSONAL_NUMBER -> conversation.getPoolId() == null
                    && Objects.equals(scope.senderNumberId(), conversation.getSenderNumberId());
        };
    }

    private static void checkPage(int last) {
        if (last < 1 || last > MAX_PAGE) {
            throw DomainException.invalid("A page has 1 to " + MAX_PAGE + " entries");
        }
    }
}
