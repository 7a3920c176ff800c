/**
 * The report service: checks the caller's access to what a filter names, pages rows for the API and streams them
 * for exports inside one read transaction.
 */
package org.campussms.report.application;
