-- The instances on this database and the versions each has compiled, so an activation can wait until every live
-- instance holds the version compiled before it is recorded (issue 14: an activation reaches every instance within
-- 2 s, which a compile on each follower after the activation cannot meet). Written on PostgreSQL only: the embedded
-- H2 serves one instance. An instance whose seen_at is older than a few check intervals is taken as gone.
create table ruleset_instance (
    instance_id varchar(200) primary key,
    serving varchar(12),
    seen_at timestamp with time zone not null
);

create table ruleset_prepared (
    instance_id varchar(200) not null,
    version varchar(12) not null,
    prepared_at timestamp with time zone not null,
    primary key (instance_id, version)
);
