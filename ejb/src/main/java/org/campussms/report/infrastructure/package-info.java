/**
 * Report queries: projections straight into rows (no entities, so a long export keeps no persistence context), read
 * with a fetch size so the driver streams them.
 */
package org.campussms.report.infrastructure;
