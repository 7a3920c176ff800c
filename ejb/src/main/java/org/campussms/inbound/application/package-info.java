/**
 * Filing inbound SMS: the webhook's intake, the group commit that files concurrent webhooks a batch per transaction
 * ({@code InboundBatchFiling}, or {@code InboundFilingService} in JTA for keywords, repeats and failures), the
 * routing rules and the routing data kept between batches.
 */
package org.campussms.inbound.application;
