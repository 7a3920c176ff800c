package org.campussms.conversation.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.campussms.conversation.domain.Conversation;
import org.campussms.conversation.domain.ConversationNote;
import org.campussms.conversation.infrastructure.NoteStore;
import org.campussms.identity.application.IdentityService;
import org.campussms.identity.application.Roles;
import org.campussms.platform.DomainException;
import org.campussms.pool.application.PoolLookup;

/**
 * Internal notes: anyone who sees a conversation writes one for the others who see it, and may name members of its
 * pool (mentions), who get a live notice and one email each. A note never goes to the contact.
 */
@Stateless
@RolesAllowed(Roles.STAFF)
public class NoteService {

    /** Members one note may name. */
    public static final int MAX_MENTIONS = 20;

    @Inject
    private IdentityService identity;

    @Inject
    private ConversationAccess access;

    @Inject
    private PoolLookup pools;

    @Inject
    private NoteStore notes;

    @Inject
    private NoteViews views;

    @Inject
    private Event<NoteAdded> added;

    @Inject
    private Clock clock;

    /** Writes a note in the conversation, naming these members of its pool (the author is not told of their own). */
    public NoteView addNote(long conversationId, String body, Collection<Long> mentionedStaffUserIds) {
        Conversation conversation = access.requireVisible(conversationId);
        long author = identity.caller().getId();
        Set<Long> mentioned = new LinkedHashSet<>(mentionedStaffUserIds);
        mentioned.remove(author);
        if (mentioned.size() > MAX_MENTIONS) {
            throw DomainException.invalid("A note names at most " + MAX_MENTIONS + " members");
        }
        if (!mentioned.isEmpty() && conversation.getPoolId() == null) {
            throw DomainException.invalid("A personal number's conversation is its owner's: nobody else to name");
        }
        for (long staffUserId : mentioned) {
            if (pools.findMember(conversation.getPoolId(), staffUserId).isEmpty()) {
                throw DomainException.invalid("Staff user " + staffUserId + " is not a member of the "
                        + "conversation's pool");
            }
        }
        ConversationNote note = notes.add(new ConversationNote(conversationId, author, body, mentioned,
                clock.instant()), conversation);
        NoteView view = views.of(List.of(note)).get(0);
        added.fire(new NoteAdded(view, conversation.getPoolId(), conversation.getOwnerStaffUserId(), mentioned));
        return view;
    }
}
