/**
 * Message entities and the commands that create them.
 */
package org.campussms.conversation.domain;
