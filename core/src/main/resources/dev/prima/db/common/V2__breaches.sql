-- Prima 2: breaches of service standards, recorded by Prima's timer jobs when a case passes its
-- lead time or a touchpoint its target. Times are epoch milliseconds.
create table PRIMA_BREACH (
  ID_ varchar(255) not null,
  KIND_ varchar(32) not null,
  CASE_KEY_ varchar(255) not null,
  PROC_INST_ID_ varchar(64) not null,
  PROC_DEF_KEY_ varchar(255) not null,
  TOUCHPOINT_ID_ varchar(255),
  ELEMENT_ID_ varchar(255),
  MOMENT_ varchar(255),
  LIMIT_ varchar(64) not null,
  STARTED_MS_ bigint not null,
  DUE_MS_ bigint not null,
  DETECTED_MS_ bigint not null,
  primary key (ID_)
);
create index PRIMA_BREACH_CASE_IDX on PRIMA_BREACH (CASE_KEY_);
create index PRIMA_BREACH_PROC_IDX on PRIMA_BREACH (PROC_DEF_KEY_, DETECTED_MS_);
