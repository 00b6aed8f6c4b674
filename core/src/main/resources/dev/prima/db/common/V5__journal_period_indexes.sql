-- Prima 5: reading a period of the whole journal (staff accountability over a month, the export
-- of a month) finds it by start time instead of scanning every row.
create index PRIMA_JOURNAL_START_IDX on PRIMA_JOURNAL (START_MS_);
