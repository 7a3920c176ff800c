-- Quiet hours: when a pool's bulk sends may text, in the recipient's time zone; a person's own zone where their
-- number's prefix says none or the wrong one.
ALTER TABLE pool
    ADD COLUMN send_window_start TIME NOT NULL DEFAULT '08:00:00',
    ADD COLUMN send_window_end   TIME NOT NULL DEFAULT '21:00:00';
ALTER TABLE person
    ADD COLUMN time_zone VARCHAR(40) NULL;
