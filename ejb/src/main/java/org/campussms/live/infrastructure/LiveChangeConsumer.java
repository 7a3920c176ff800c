package org.campussms.live.infrastructure;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.inject.Inject;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import org.campussms.live.application.LiveChangeCodec;
import org.campussms.live.application.LiveFeed;
import org.campussms.platform.JndiNames;

/**
 * This server's subscription to the LiveChanges topic: the changes other servers committed go to this server's
 * listeners. Not durable (a change is only of use while it is new) and one session, so they arrive in the order each
 * server sent them.
 */
@MessageDriven(activationConfig = {
        @ActivationConfigProperty(propertyName = "destinationLookup", propertyValue = JndiNames.LIVE_CHANGES_TOPIC),
        @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Topic"),
        @ActivationConfigProperty(propertyName = "subscriptionDurability", propertyValue = "NonDurable"),
        @ActivationConfigProperty(propertyName = "maxSession", propertyValue = "1")
})
@PermitAll
public class LiveChangeConsumer implements MessageListener {

    @Inject
    private LiveFeed feed;

    @Override
    public void onMessage(Message message) {
        feed.heard(LiveChangeCodec.INSTANCE.decode(message));
    }
}
