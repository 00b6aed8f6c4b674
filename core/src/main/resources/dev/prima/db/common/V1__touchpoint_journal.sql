-- Prima 1: the touchpoint journal. One row per touchpoint phase: START (opened), END (closed in a
-- later transaction) or FULL (opened and closed in one transaction). Times are epoch milliseconds.
create table PRIMA_JOURNAL (
  ID_ varchar(255) not null,
  TOUCHPOINT_ID_ varchar(255) not null,
  PHASE_ varchar(8) not null,
  SEQ_ bigint not null,
  CASE_KEY_ varchar(255) not null,
  PROC_INST_ID_ varchar(64) not null,
  ROOT_PROC_INST_ID_ varchar(64) not null,
  PROC_DEF_KEY_ varchar(255) not null,
  PROC_DEF_VERSION_ integer not null,
  ELEMENT_ID_ varchar(255) not null,
  ELEMENT_NAME_ varchar(255),
  MOMENT_ varchar(255) not null,
  CHANNEL_ varchar(32),
  LANE_ varchar(32),
  KIND_ varchar(32) not null,
  USER_ID_ varchar(255),
  ROLE_ varchar(255),
  TENANT_ID_ varchar(64),
  START_MS_ bigint,
  END_MS_ bigint,
  TARGET_MS_ bigint,
  OUTCOME_ varchar(32) not null,
  primary key (ID_)
);
create index PRIMA_JOURNAL_CASE_IDX on PRIMA_JOURNAL (CASE_KEY_, START_MS_, SEQ_);
create index PRIMA_JOURNAL_PROC_IDX on PRIMA_JOURNAL (PROC_DEF_KEY_, START_MS_);
