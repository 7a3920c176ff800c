/**
 * JPA repositories, the JMS wire format of inbound SMS and the consumer that drains their queue.
 */
package org.campussms.conversation.infrastructure;
