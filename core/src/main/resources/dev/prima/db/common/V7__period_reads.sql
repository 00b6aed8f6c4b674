-- Prima 6: a dashboard's questions read one period of one service. The breaches of a service due
-- in a month (ServiceStandards.breachesOfService with a period) find them by due time instead of
-- reading the service's every breach.
create index PRIMA_BREACH_DUE_IDX on PRIMA_BREACH (PROC_DEF_KEY_, DUE_MS_);
