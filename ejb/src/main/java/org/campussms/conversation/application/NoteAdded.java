package org.campussms.conversation.application;

import java.util.Set;

/**
 * A note was written in a conversation (fired in that transaction): those who see the conversation are told, and
 * each staff user it mentions gets a notice of their own.
 *
 * @param poolId           the conversation's pool, null for a personal number's
 * @param ownerStaffUserId the personal number's owner, null for a pool's
 */
public record NoteAdded(NoteView note, Long poolId, Long ownerStaffUserId, Set<Long> mentionedStaffUserIds) {
}
