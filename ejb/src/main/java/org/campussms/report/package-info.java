/**
 * Reports: the searchable, auditable history of who sent what from which pool, and of every opt-out and opt-in,
 * paged for the API and streamed row by row for CSV exports, each limited to what the caller may see.
 */
package org.campussms.report;
