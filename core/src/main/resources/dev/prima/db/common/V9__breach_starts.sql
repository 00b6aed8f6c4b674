-- Prima 9: a report of a month shows the breaches of the cases and touchpoints that began in it
-- (ServiceStandards.breachesOfServiceStarted): found by the service and the time the breached
-- limit's clock started, instead of reading every breach due from the month's start on (at
-- 10,000,000 touchpoints, the seven months of breaches after June to keep June's 16,603).
create index PRIMA_BREACH_START_IDX on PRIMA_BREACH (PROC_DEF_KEY_, STARTED_MS_);
