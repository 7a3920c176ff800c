/**
 * Reads of the live feed: the texts whose status changed lately.
 */
package org.campussms.live.infrastructure;
