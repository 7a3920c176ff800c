/**
 * JPA access to people and caseloads.
 */
package org.campussms.directory.infrastructure;
