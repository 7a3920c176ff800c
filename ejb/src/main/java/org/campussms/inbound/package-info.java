/**
 * Replies: SMS people send to our numbers, taken from the carrier's webhook and filed before it is answered: stored
 * once per MessageSid, routed to the conversation of the number they were sent to, consent keywords applied with
 * their reply, and announced to the live inbox.
 */
package org.campussms.inbound;
