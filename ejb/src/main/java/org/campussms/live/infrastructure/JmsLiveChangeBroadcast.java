package org.campussms.live.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.campussms.live.application.LiveChange;
import org.campussms.live.application.LiveChangeBroadcast;
import org.campussms.live.application.LiveChangeCodec;
import org.campussms.platform.jms.JmsTopics;

/**
 * The LiveChanges topic: each server's {@link LiveChangeConsumer} hears every change (Artemis' cluster connection
 * forwards a topic's messages to every server with a subscriber). Gone after a minute: a live change nobody heard in
 * time is of no use, and a listener that missed some reads the inbox again when it reconnects.
 */
@ApplicationScoped
public class JmsLiveChangeBroadcast implements LiveChangeBroadcast {

    static final long TIME_TO_LIVE_MILLIS = 60_000;

    @Inject
    private JmsTopics topics;

    @Override
    public void send(LiveChange change) {
        topics.publish(LiveChangeCodec.INSTANCE, change, TIME_TO_LIVE_MILLIS);
    }
}
