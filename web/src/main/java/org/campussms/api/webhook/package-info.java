/**
 * Twilio's webhooks: thin JAX-RS resources that validate the form and hand a command to a service.
 */
package org.campussms.api.webhook;
