package org.campussms.live.application;

/** Passes a live change to the other servers' live feeds (the LiveChanges topic); a lost one is not retried. */
public interface LiveChangeBroadcast {

    void send(LiveChange change);
}
