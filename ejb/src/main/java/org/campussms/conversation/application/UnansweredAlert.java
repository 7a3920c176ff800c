package org.campussms.conversation.application;

import java.util.List;

/** One email about a reply nobody answered: to whom, and what it says. */
public record UnansweredAlert(long conversationId, List<String> to, String subject, String body) {
}
