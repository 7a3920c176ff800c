/**
 * A local stand-in for Twilio's REST API and webhooks, used by the tests and the local run: the real Twilio SDK
 * talks to it as it would to Twilio, and it calls our webhooks with signed requests as Twilio does.
 */
package org.campussms.devstack.carrier;
