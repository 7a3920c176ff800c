-- Each sender number's next free moment to hand a text to the carrier, in microseconds since the epoch: shared by
-- every server that sends from the number, so that together they keep to its segments per second.
CREATE TABLE sender_rate_slot (
    sender              VARCHAR(32) NOT NULL PRIMARY KEY,
    next_free_micros    BIGINT      NOT NULL
);
