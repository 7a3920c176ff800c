-- The live feed reads the texts changed in the last few seconds, once a second while anyone is signed in.
ALTER TABLE outbound_message
    ADD INDEX ix_outbound_updated (updated_at);
-- The inbox pages by last activity across pools: read in index order, a page stops after its rows.
ALTER TABLE conversation
    ADD INDEX ix_conversation_activity (last_activity_at, id);
