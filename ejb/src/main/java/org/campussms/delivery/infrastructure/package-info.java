/**
 * The Twilio SDK client and the JMS consumers of the outbound and dead-letter queues.
 */
package org.campussms.delivery.infrastructure;
