-- Prima 5 (PostgreSQL): reading a period of the whole journal (staff accountability over a month,
-- the export of a month) finds it by start time instead of scanning every row.
create index PRIMA_JOURNAL_START_IDX on PRIMA_JOURNAL (START_MS_);
-- The END rows alone, which the journal's reads join to their START rows: without it, PostgreSQL
-- hashes the whole journal to join a month of touchpoints (0.6 s at 1,000,000 rows, growing with
-- the journal). H2 has no partial indexes and joins on the primary key instead.
create index PRIMA_JOURNAL_END_IDX on PRIMA_JOURNAL (ID_) where PHASE_ = 'END';
