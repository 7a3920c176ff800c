/**
 * Consent events, the rule that derives the opt-outs in effect from them, keyword parsing and the reply texts.
 */
package org.campussms.consent.domain;
