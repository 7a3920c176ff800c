/**
 * Importing people (idempotent by external id), contact search and caseloads.
 */
package org.campussms.directory.application;
