-- A MessageSid is an identifier (SM or MM and 32 hex digits, InboundSms), not text in a language: compared byte for
-- byte it is told apart from one that differs in letter case only (under utf8mb4_unicode_ci the second was taken for a
-- retry of the first and dropped), and the unique key every inbound insert checks holds 64 bytes a row instead of
-- 256 and is compared without the collation's weight tables.
ALTER TABLE inbound_message
    MODIFY COLUMN message_sid VARCHAR(64) CHARACTER SET ascii COLLATE ascii_bin NOT NULL;
