/**
 * The bulk send and its recipients: each planned for one channel (SMS, email, skipped, with the reason).
 */
package org.campussms.bulksend.domain;
