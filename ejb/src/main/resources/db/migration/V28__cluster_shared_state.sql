-- What every server must see at once, kept in one row each.

-- When the carrier last failed to answer any server: every server's reconciler waits for it to have answered for a
-- while since, before believing a text absent from the carrier's list was never taken.
CREATE TABLE carrier_silence (
    id                  TINYINT     NOT NULL PRIMARY KEY,
    last_silence_at     DATETIME(6) NOT NULL
);
INSERT INTO carrier_silence (id, last_silence_at) VALUES (1, '1970-01-01 00:00:00');

-- Moves in every transaction that changes what inbound SMS are routed by (people, phones, pools, members, numbers),
-- committed with it: a server whose kept routing data is older than the version reads it again.
CREATE TABLE routing_version (
    id                  TINYINT     NOT NULL PRIMARY KEY,
    version             BIGINT      NOT NULL
);
INSERT INTO routing_version (id, version) VALUES (1, 0);
