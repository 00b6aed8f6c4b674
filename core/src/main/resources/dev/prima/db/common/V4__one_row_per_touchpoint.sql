-- Prima 4: one row per touchpoint. A touchpoint that ends in a later transaction than it opened no
-- longer gets an END row (ID_ = touchpoint id || '~end'): its START row is closed in place and
-- becomes FULL. Existing END rows are folded into their START rows; an END row whose START row is
-- missing becomes a FULL row of its own.
update PRIMA_JOURNAL set PHASE_ = 'FULL',
  END_MS_ = (select e.END_MS_ from PRIMA_JOURNAL e where e.ID_ = PRIMA_JOURNAL.ID_ || '~end'),
  OUTCOME_ = (select e.OUTCOME_ from PRIMA_JOURNAL e where e.ID_ = PRIMA_JOURNAL.ID_ || '~end'),
  USER_ID_ = coalesce(
    (select e.USER_ID_ from PRIMA_JOURNAL e where e.ID_ = PRIMA_JOURNAL.ID_ || '~end'), USER_ID_)
  where PHASE_ = 'START'
    and exists (select 1 from PRIMA_JOURNAL e where e.ID_ = PRIMA_JOURNAL.ID_ || '~end');
delete from PRIMA_JOURNAL where PHASE_ = 'END'
  and exists (select 1 from PRIMA_JOURNAL s where s.ID_ = PRIMA_JOURNAL.TOUCHPOINT_ID_);
update PRIMA_JOURNAL set ID_ = TOUCHPOINT_ID_, PHASE_ = 'FULL' where PHASE_ = 'END';
