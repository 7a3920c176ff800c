/**
 * The conversation, outbound and inbound message entities, and the values their rules use: keys, statuses, segments,
 * status reports and the activity new replies bring.
 */
package org.campussms.conversation.domain;
