/**
 * JPA access to consent events and the opt-out projection derived from them.
 */
package org.campussms.consent.infrastructure;
