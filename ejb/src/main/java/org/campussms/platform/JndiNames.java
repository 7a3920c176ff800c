package org.campussms.platform;

/**
 * JNDI names of the resources declared in {@code wildfly-config/}; the scripts there and this class change together.
 */
public final class JndiNames {

    public static final String DATASOURCE = "java:jboss/datasources/CampusSmsDS";
    /** The same database outside every transaction: named locks, and counters taken at once on a cluster's nodes. */
    public static final String AUTOCOMMIT_DATASOURCE = "java:jboss/datasources/CampusSmsAutocommitDS";
    public static final String INBOUND_SMS_QUEUE = "java:/jms/queue/InboundSms";
    public static final String OUTBOUND_SMS_QUEUE = "java:/jms/queue/OutboundSms";
    public static final String BULK_SEND_QUEUE = "java:/jms/queue/BulkSend";
    public static final String EMAIL_FALLBACK_QUEUE = "java:/jms/queue/EmailFallback";
    public static final String NUMBER_PROVISIONING_QUEUE = "java:/jms/queue/NumberProvisioning";
    public static final String DEAD_LETTER_QUEUE = "java:/jms/queue/CampusDLQ";
    /** Committed changes for the live feeds of the other servers (a topic: every server hears each one). */
    public static final String LIVE_CHANGES_TOPIC = "java:/jms/topic/LiveChanges";
    /** The pooled connection factory, for sending outside a transaction from threads without a request. */
    public static final String POOLED_CONNECTION_FACTORY = "java:/JmsXA";
    public static final String MAIL_SESSION = "java:jboss/mail/Campus";

    private JndiNames() {
    }
}
