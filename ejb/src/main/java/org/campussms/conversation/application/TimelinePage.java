package org.campussms.conversation.application;

import java.util.List;

/**
 * The newest entries of a timeline before a point, oldest first as a thread shows them; {@code olderCursor} asks
 * for the entries before them (null: this page starts the timeline).
 */
public record TimelinePage(List<TimelineItem> items, String olderCursor) {
}
