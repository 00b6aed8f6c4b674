drop table if exists PRIMA_CASE_SUMMARY;
drop table if exists PRIMA_COMPLAINANT;
drop table if exists PRIMA_RATING;
drop table if exists PRIMA_VOICE;
drop table if exists PRIMA_BREACH;
drop table if exists PRIMA_JOURNAL;
drop table if exists PRIMA_SCHEMA_VERSION;
