/**
 * The people staff text: persons with student, employee and guardian records, their phones, guardian links and
 * caseloads.
 */
package org.campussms.directory;
