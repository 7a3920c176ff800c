/**
 * JPA access to staff users.
 */
package org.campussms.identity.infrastructure;
