-- Prima 6 (PostgreSQL): the SERVE rows alone (a user task's first assignment), which the journal's
-- reads join to their START rows as they do END rows (version 5): without it, PostgreSQL hashes
-- the whole journal to join a month of touchpoints of all services (EXPLAIN ANALYZE at 2,200,000
-- rows on a busy machine: about 1.1 s without it, 0.15-0.45 s with it).
create index PRIMA_JOURNAL_SERVE_IDX on PRIMA_JOURNAL (ID_) where PHASE_ = 'SERVE';
