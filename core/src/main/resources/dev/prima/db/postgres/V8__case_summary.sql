-- Prima 8 (PostgreSQL): as common/V8__case_summary.sql, with the touchpoints as text of any
-- length. A per-case summary for a service's profile over a period (#21): one row per case and
-- process key, written in the engine's transaction when a top-level instance of the case ends,
-- encoded by dev.prima.internal.CaseSummaryCodec.
create table PRIMA_CASE_SUMMARY (
  CASE_KEY_ varchar(255) not null,
  PROC_DEF_KEY_ varchar(255) not null,
  START_MS_ bigint not null,
  FIRST_SEQ_ bigint not null,
  TOUCHPOINTS_ text not null,
  primary key (CASE_KEY_, PROC_DEF_KEY_)
);
create index PRIMA_CASE_SUMMARY_PERIOD_IDX on PRIMA_CASE_SUMMARY (PROC_DEF_KEY_, START_MS_);
-- Journals older than this version: every case gets its summary now. A case still running gets
-- one too: profileOf reads the cases with a running top-level instance from the journal, whatever
-- their summary says, and the summary is written again when the instance ends.
insert into PRIMA_CASE_SUMMARY (CASE_KEY_, PROC_DEF_KEY_, START_MS_, FIRST_SEQ_, TOUCHPOINTS_)
select s.CASE_KEY_, s.PROC_DEF_KEY_, min(s.START_MS_),
  (array_agg(s.SEQ_ order by s.START_MS_, s.SEQ_, s.TOUCHPOINT_ID_))[1],
  string_agg(
  replace(replace(replace(s.ELEMENT_ID_, '\', '\\'), ',', '\,'), ';', '\;')
  || ',' || replace(replace(replace(s.MOMENT_, '\', '\\'), ',', '\,'), ';', '\;')
  || ',' || cast(s.PROC_DEF_VERSION_ as varchar)
  || ',' || coalesce(replace(replace(replace(s.TENANT_ID_, '\', '\\'), ',', '\,'), ';', '\;'), '')
  || ',' || cast(s.START_MS_ as varchar)
  || ',' || coalesce(cast(case when coalesce(e.OUTCOME_, s.OUTCOME_) <> 'ACTIVE' then coalesce(e.END_MS_, s.END_MS_) - s.START_MS_ end as varchar), ''),
  ';' order by s.START_MS_, s.SEQ_, s.TOUCHPOINT_ID_)
from PRIMA_JOURNAL s left join PRIMA_JOURNAL e on e.ID_ = s.TOUCHPOINT_ID_ || '~end' and e.PHASE_ = 'END'
where s.PHASE_ in ('START', 'FULL') and s.START_MS_ is not null
group by s.CASE_KEY_, s.PROC_DEF_KEY_;
