package org.campussms.conversation.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.Set;
import org.campussms.platform.DomainException;
import org.junit.jupiter.api.Test;

class ConversationNoteTest {

    private static final Instant NOW = Instant.parse("2026-12-08T10:00:00Z");

    @Test
    void aNoteKeepsItsWordsWithoutTheSpaceAroundThemAndWhoItNames() {
        ConversationNote note = new ConversationNote(5, 21, "  Call her back? @Sam Lee \n", Set.of(22L), NOW);

        assertEquals("Call her back? @Sam Lee", note.getBody());
        assertEquals(Set.of(22L), note.getMentionedStaffUserIds());
        assertEquals(21L, note.getAuthorStaffUserId());
        assertEquals(NOW, note.getCreatedAt());
    }

    @Test
    void aNoteHasOneToTwoThousandCharacters() {
        assertThrows(DomainException.class, () -> new ConversationNote(5, 21, " \n ", Set.of(), NOW));
        assertThrows(DomainException.class, () -> new ConversationNote(5, 21, null, Set.of(), NOW));
        assertThrows(DomainException.class, () -> new ConversationNote(5, 21, "x".repeat(2001), Set.of(), NOW));
        assertEquals(2000, new ConversationNote(5, 21, "x".repeat(2000), Set.of(), NOW).getBody().length());
    }
}
