/**
 * Bulk sends: one text from a pool to many people, each their own message and conversation. Planned first (who
 * gets it by SMS, by email or not at all, and how long it takes under the rate limits), then expanded into texts a
 * chunk per transaction behind a queue, with its progress counted as it runs.
 */
package org.campussms.bulksend;
