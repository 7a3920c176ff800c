/**
 * Email to people's institutional addresses, for the texts that cannot reach them by SMS: queued in the caller's
 * transaction and sent exactly once behind a JMS queue through the server's mail session. Which texts fall back is
 * the delivery context's decision.
 */
package org.campussms.email;
