package org.campussms.conversation.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.campussms.conversation.domain.Conversation;
import org.campussms.conversation.domain.ConversationNote;
import org.campussms.platform.persistence.Database;
import org.campussms.search.application.SearchIndex;
import org.campussms.search.application.SearchIndex.IndexedMessage;

/** Conversations' notes, and the emails their mentions are owed. */
@ApplicationScoped
public class NoteStore {

    /** A mention whose email is owed: the note's conversation and author, and who was mentioned. */
    public record OwedMention(long noteId, long conversationId, long authorStaffUserId, long staffUserId,
            String body) {
    }

    @Inject
    private EntityManager em;

    @Inject
    private Database database;

    @Inject
    private SearchIndex searchIndex;

    /** Stores the note of this conversation and indexes its words for history search, in the caller's transaction. */
    public ConversationNote add(ConversationNote note, Conversation conversation) {
        em.persist(note);
        em.flush();
        database.sql("index note " + note.getId(), db -> {
            searchIndex.add(db, List.of(IndexedMessage.note(note.getId(), note.getCreatedAt(),
                    conversation.getPoolId(), conversation.getSenderNumberId(), conversation.getPersonId(),
                    note.getBody())));
            return null;
        });
        return note;
    }

    /**
     * The newest notes of some conversations up to a time (inclusive), through the (conversation, time) index, with
     * whom they name: two queries whatever their number (the page's ids, then the notes with their mentions).
     */
    public List<ConversationNote> notes(Collection<Long> conversationIds, Instant until, int limit) {
        if (conversationIds.isEmpty()) {
            return List.of();
        }
        TypedQuery<Long> page = em.createQuery("select n.id from ConversationNote n "
                + "where n.conversationId in :ids" + (until == null ? "" : " and n.createdAt <= :until")
                + " order by n.createdAt desc, n.id desc", Long.class)
                .setParameter("ids", conversationIds).setMaxResults(limit);
        if (until != null) {
            page.setParameter("until", until);
        }
        List<Long> ids = page.getResultList();
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select distinct n from ConversationNote n left join fetch n.mentionedStaffUserIds "
                + "where n.id in :ids", ConversationNote.class).setParameter("ids", ids).getResultList();
    }

    /**
     * Claims the emails owed to mentioned staff (at most {@code limit}), marking them sent at {@code now} in the
     * caller's transaction: committed before any email goes, each is sent at most once, by one server.
     */
    public List<OwedMention> claimOwedMentions(Instant now, int limit) {
        return database.sql("claim the emails of mentions", db -> {
            List<OwedMention> owed = db.query("select m.note_id, n.conversation_id, n.author_staff_user_id, "
                    + "m.staff_user_id, n.body from note_mention m join conversation_note n on n.id = m.note_id "
                    + "where m.emailed_at is null order by m.note_id limit ? for update skip locked",
                    p -> p.setInt(limit), row -> new OwedMention(row.getLong("note_id"), row.getLong("conversation_id"),
                            row.getLong("author_staff_user_id"), row.getLong("staff_user_id"), row.getString("body")));
            for (OwedMention mention : owed) {
                db.update("update note_mention set emailed_at = ? where note_id = ? and staff_user_id = ?",
                        p -> p.setInstant(now).setLong(mention.noteId()).setLong(mention.staffUserId()));
            }
            return owed;
        });
    }
}
