-- Which ruleset version serves, for every instance on this database: one row per activation, rollback, reload or
-- deploy, never changed. The row with the highest sequence names the active version; a restart serves it, and every
-- instance follows it (LISTEN/NOTIFY on PostgreSQL, and a periodic check of the highest sequence). Two instances
-- activating at once cannot both take the same sequence: the primary key refuses the second.
create table ruleset_activation (
    sequence bigint primary key,
    version varchar(12) not null references ruleset_version (version),
    action varchar(32) not null,
    actor varchar(100) not null,
    at timestamp with time zone not null,
    reason varchar(2000)
);
