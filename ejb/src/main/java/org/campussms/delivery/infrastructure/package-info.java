/**
 * The Twilio SDK client and the consumers of the outbound, dead-letter and number provisioning queues.
 */
package org.campussms.delivery.infrastructure;
