-- Every stored inbound message has a routing reason from now on: the webhook files messages in batches and tells
-- the rows it has just inserted by their missing reason (InboundMessageRepository.addAllIfNew). Messages stored
-- before routing existed (V8) get one.
UPDATE inbound_message SET routing_reason = 'Stored before messages were routed'
 WHERE routing_reason IS NULL;
