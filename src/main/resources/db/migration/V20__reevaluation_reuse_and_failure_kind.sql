-- Households whose compare_to answer was read from a stored decision instead of being evaluated again.
alter table reevaluation add column baseline_reused bigint default 0 not null;
-- Why a failed job failed: 'database' (the database did not answer; resumed automatically once it answers again)
-- or 'error' (anything else; resumed only by hand). Null while the job has not failed.
alter table reevaluation add column failure_kind varchar(16);
