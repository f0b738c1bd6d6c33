-- Shared jobs (issue 14): every chunk of a job has its row from the job's creation on, and instances claim pending
-- chunks (or running ones whose lease expired) with a lease. A chunk's results are written in the transaction that
-- moves it from running to done, and only while the claim's lease_token is still the row's: a chunk taken over by
-- another instance is never written by the one that lost it.
-- Rows written before this migration are done chunks (checkpoints), hence the default.
alter table reevaluation_chunk add column state varchar(8) default 'done' not null;
-- The instance that holds (running) or finished (done) the chunk: aca.reevaluation.instance-id.
alter table reevaluation_chunk add column owner varchar(128);
-- Changes on every claim; the write of the results checks it.
alter table reevaluation_chunk add column lease_token varchar(36);
-- Database clock: instances need not agree on the time.
alter table reevaluation_chunk add column lease_until timestamp with time zone;
-- How many times the chunk was claimed: a chunk that keeps killing its instance fails the job.
alter table reevaluation_chunk add column attempts integer default 0 not null;
alter table reevaluation_chunk alter column last_applicant_id drop not null;
alter table reevaluation_chunk alter column processed set default 0;
alter table reevaluation_chunk alter column changed set default 0;
alter table reevaluation_chunk alter column errors set default 0;
alter table reevaluation_chunk alter column done_at drop not null;
-- The claim looks for a job's pending (or expired running) chunks in order.
create index reevaluation_chunk_state on reevaluation_chunk (reevaluation_id, state, chunk_no);
