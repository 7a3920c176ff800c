/**
 * The carrier as the hand-off sees it: what a hand-off carries, a claim, and how the carrier can refuse.
 */
package org.campussms.delivery.domain;
