/**
 * What every context shares: phone numbers, typed refusals ({@code DomainException}), settings, the clock and the JNDI
 * names of the server's resources.
 */
package org.campussms.platform;
