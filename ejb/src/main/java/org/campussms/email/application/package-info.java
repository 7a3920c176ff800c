/**
 * Deciding to email instead of text (one transaction with the decision's queue entry), and sending a queued email
 * exactly once.
 */
package org.campussms.email.application;
