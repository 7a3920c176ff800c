/**
 * What a report row says, and which part of the traffic and consent history a staff user may see.
 */
package org.campussms.report.domain;
