-- History search's own index: each word of each text and reply, newest first within a word, so that a search reads
-- only as many entries as its page needs. InnoDB's full-text search ranked every match before the first page: a
-- second or more for words in many of a million messages. The words are written by the application
-- (MessageWords), the old messages' by the next migration.
CREATE TABLE message_word
(
    word             VARCHAR(32) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
    at_time          DATETIME(6) NOT NULL,
    direction        CHAR(1)     NOT NULL, -- O: a text, I: a reply
    message_id       BIGINT      NOT NULL,
    pool_id          BIGINT      NULL,
    sender_number_id BIGINT      NULL,
    person_id        BIGINT      NULL,
    PRIMARY KEY (word, at_time, direction, message_id),
    -- Whether a message has a further word (or a word starting so): its few entries side by side.
    INDEX ix_message_word_message (message_id, direction, word)
);

ALTER TABLE outbound_message
    DROP INDEX ft_outbound_body;
ALTER TABLE inbound_message
    DROP INDEX ft_inbound_body;
