-- Prima 9 (PostgreSQL): as common/V9__breach_starts.sql, the breaches of a service by the time
-- their limit's clock started (a monthly report's breaches).
create index PRIMA_BREACH_START_IDX on PRIMA_BREACH (PROC_DEF_KEY_, STARTED_MS_);
-- The journal's period indexes (versions 1 and 5) hold the rows a period's reads look for: START and
-- FULL rows, each read with its END and SERVE rows by their ids. A real journal holds two or three
-- rows per user task (START, SERVE, END); at 10,000,000 touchpoints (about 28,000,000 rows) a
-- month's staff accountability walked 2,000,000 entries of the start index and fetched 1,480,000
-- rows only to drop them (END and SERVE rows); partial, the index holds a third of the entries, and
-- END and SERVE rows no longer write to it. The service index carries the case key, so a report
-- finds the cases of its month in the index alone (1.37 s before, 0.06 s after, EXPLAIN ANALYZE on
-- the scale benchmark's journal). Their condition names START_MS_ too: a period's read bounds the
-- start (which implies it is not null), a read of cases does not, so the planner cannot take the
-- start index for a filter of the phase alone. With the phase alone it did: a read of 400 cases
-- ANDed their case index entries with the whole start index (10,000,000 entries, 1.1 s) instead of
-- reading 11,734 rows. Rebuilt in the upgrade's transaction: writes to the journal wait for it
-- (about 30 s at 28,000,000 rows).
drop index PRIMA_JOURNAL_START_IDX;
create index PRIMA_JOURNAL_START_IDX on PRIMA_JOURNAL (START_MS_)
  where PHASE_ in ('START', 'FULL') and START_MS_ is not null;
drop index PRIMA_JOURNAL_PROC_IDX;
create index PRIMA_JOURNAL_PROC_IDX on PRIMA_JOURNAL (PROC_DEF_KEY_, START_MS_) include (CASE_KEY_)
  where PHASE_ in ('START', 'FULL') and START_MS_ is not null;
