-- Outbound message ids from a sequence (allocated 50 at a time) rather than AUTO_INCREMENT, so that Hibernate can
-- batch the inserts of a bulk send's chunk instead of one round trip per message. It starts above existing ids.
SET @next_outbound_id = (SELECT COALESCE(MAX(id), 0) + 1 FROM outbound_message);
SET @create_sequence = CONCAT('CREATE SEQUENCE outbound_message_seq START WITH ', @next_outbound_id,
    ' INCREMENT BY 50');
PREPARE create_sequence FROM @create_sequence;
EXECUTE create_sequence;
DEALLOCATE PREPARE create_sequence;
