/**
 * What a hand-off needs and how the carrier can refuse it.
 */
package org.campussms.delivery.domain;
