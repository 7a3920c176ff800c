-- A bulk send from a pool looks up, per chunk of recipients, the number each one last talked to in the pool
-- (ConversationRepository.latestSendersOfPool): by pool and contact. The pool's activity index made that a scan of
-- every conversation of the pool per chunk, growing with each chunk of a 10,000-recipient send (measured:
-- performance_schema, bench/ BulkSendBenchmark, 295,000 rows read for 10,000 recipients).
CREATE INDEX ix_conversation_pool_contact ON conversation (pool_id, contact_e164);
