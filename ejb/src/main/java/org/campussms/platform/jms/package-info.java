/**
 * Our JMS queues as typed channels: one gateway that sends, and the codec contract each queue's owner implements.
 */
package org.campussms.platform.jms;
