package org.campussms.conversation.application;

import java.util.List;

/**
 * One page of the inbox; {@code nextCursor} continues after its last row, null when there is no more.
 */
public record InboxPage(List<InboxRow> rows, String nextCursor) {
}
