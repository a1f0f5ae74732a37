-- Where the last projection rebuild stands, for every replica to answer: the rebuild runs in one of them, and a
-- status kept in that one's memory was lost to a port-forward or a load balancer landing on another. One row,
-- written by the replica running the rebuild every few seconds and when it ends; not one of the tables a rebuild
-- swaps. Expand-only: the previous release ignores it.
create table projection_rebuild (
    id                 smallint primary key check (id = 1),
    state              text not null,
    replica            text not null,
    started_at         timestamptz,
    finished_at        timestamptz,
    events_applied     bigint not null,
    events_skipped     bigint not null,
    events_total       bigint not null,
    events_per_second  double precision not null,
    seconds_left       bigint,
    error              text,
    updated_at         timestamptz not null
);
