-- Optimistic locking of the monthly unit meetings (issue 13). Portable SQL: the same file runs on H2
-- and PostgreSQL.
--
-- A meeting (a unit_event row) and its attendance sheet (its meeting_attendance rows, replaced as a
-- whole) are edited through the meeting: moving it and recording its attendance both check the
-- version the desk read and add one to it, so a second desk working from an older copy is refused
-- ("Changed by <user> at <time> — reload and try again.") instead of overwriting the first.
-- changed_by / changed_at name the last desk that did so (null until the meeting is first edited).
ALTER TABLE unit_event ADD COLUMN version INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE unit_event ADD COLUMN changed_by VARCHAR(100);
ALTER TABLE unit_event ADD COLUMN changed_at TIMESTAMP;
