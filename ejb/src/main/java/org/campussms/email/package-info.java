/**
 * Email fallback: when a text cannot reach its recipient by SMS, the same message goes to their institutional
 * address, queued with the decision and sent behind a JMS queue through the server's mail session.
 */
package org.campussms.email;
