/**
 * Conversations between one of our sender numbers and a contact's phone: the texts we queue for them (with the
 * compliance footer), the replies filed in them, and the inbox that lists them.
 */
package org.campussms.conversation;
