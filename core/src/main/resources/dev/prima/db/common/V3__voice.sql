-- Prima 3: exit and voice (Hirschman). An exit or voice touchpoint keeps its note (the citizen's
-- reason, a channel-switch note, a complaint id) in the journal; complaints and suggestions with
-- their deadline and answer in PRIMA_VOICE; ratings of single touchpoints in PRIMA_RATING.
-- Times are epoch milliseconds.
alter table PRIMA_JOURNAL add column NOTE_ varchar(1000);
create table PRIMA_VOICE (
  ID_ varchar(64) not null,
  KIND_ varchar(16) not null,
  CASE_KEY_ varchar(255),
  SERVICE_KEY_ varchar(255) not null,
  TOUCHPOINT_ID_ varchar(255),
  COMPLAINANT_NAME_ varchar(255),
  COMPLAINANT_CONTACT_ varchar(255),
  CHANNEL_ varchar(32),
  TEXT_ varchar(4000) not null,
  TIER_ varchar(32) not null,
  LODGED_MS_ bigint not null,
  DEADLINE_MS_ bigint not null,
  DEADLINE_LIMIT_ varchar(64) not null,
  ANSWERED_MS_ bigint,
  OUTCOME_ varchar(4000),
  HANDLING_PROC_INST_ID_ varchar(64),
  primary key (ID_)
);
create index PRIMA_VOICE_CASE_IDX on PRIMA_VOICE (CASE_KEY_);
create index PRIMA_VOICE_SERVICE_IDX on PRIMA_VOICE (SERVICE_KEY_, LODGED_MS_);
create table PRIMA_RATING (
  ID_ varchar(64) not null,
  TOUCHPOINT_ID_ varchar(255) not null,
  CASE_KEY_ varchar(255) not null,
  ELEMENT_ID_ varchar(255) not null,
  PROC_DEF_KEY_ varchar(255) not null,
  SCALE_ varchar(16) not null,
  VALUE_ varchar(16) not null,
  COMMENT_ varchar(4000),
  RATED_MS_ bigint not null,
  primary key (ID_)
);
create index PRIMA_RATING_CASE_IDX on PRIMA_RATING (CASE_KEY_);
create index PRIMA_RATING_TOUCHPOINT_IDX on PRIMA_RATING (TOUCHPOINT_ID_);
