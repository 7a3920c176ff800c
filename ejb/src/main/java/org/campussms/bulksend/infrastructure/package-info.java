/**
 * The bulk send repository (locking recipients chunk by chunk), the bulk send queue's codec and its consumer.
 */
package org.campussms.bulksend.infrastructure;
