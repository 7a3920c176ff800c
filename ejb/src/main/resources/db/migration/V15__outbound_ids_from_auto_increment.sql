-- Outbound messages are stored a chunk per statement (INSERT ... RETURNING), their ids given by the column's
-- AUTO_INCREMENT, which has stayed above every id the sequence of V7 handed out; nothing takes ids from it any more.
DROP SEQUENCE outbound_message_seq;
