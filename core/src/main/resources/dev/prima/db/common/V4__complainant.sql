-- Prima 4: a complainant's identity apart from the complaint. Name and contact live only in
-- PRIMA_COMPLAINANT, written and read with plain JDBC (no statement log prints them) and shown only
-- to complaint-officer roles; erasing a complainant deletes their row. Complaint and suggestion
-- touchpoints carry no user: an earlier version recorded the lodging user there.
create table PRIMA_COMPLAINANT (
  COMPLAINT_ID_ varchar(64) not null,
  NAME_ varchar(255) not null,
  CONTACT_ varchar(255),
  primary key (COMPLAINT_ID_)
);
insert into PRIMA_COMPLAINANT (COMPLAINT_ID_, NAME_, CONTACT_)
  select ID_, COMPLAINANT_NAME_, COMPLAINANT_CONTACT_ from PRIMA_VOICE
  where COMPLAINANT_NAME_ is not null;
alter table PRIMA_VOICE drop column COMPLAINANT_NAME_;
alter table PRIMA_VOICE drop column COMPLAINANT_CONTACT_;
update PRIMA_JOURNAL set USER_ID_ = null where KIND_ = 'VOICE';
