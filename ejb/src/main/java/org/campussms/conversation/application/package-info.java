/**
 * Accepting inbound SMS from the webhook (queued through JMS) and storing them once per MessageSid.
 */
package org.campussms.conversation.application;
