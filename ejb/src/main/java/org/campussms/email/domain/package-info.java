/**
 * The emails that stand in for texts, and which carrier outcomes send a text to email.
 */
package org.campussms.email.domain;
