-- Replication followed through (nhân rộng): a unit records that one of its models takes up a recognised model of
-- another unit, on a day, and later what came of it. The link is the fact; the content field replicates_model_id
-- (V3) stays what the unit wrote in its record.
create table model_replication (
    id              uuid primary key,
    -- the taking unit's model, and the recognised model of another unit it takes up
    model_id        uuid         not null references mobilization_model (id),
    source_model_id uuid         not null references mobilization_model (id),
    taken_up_on     date         not null,
    result          text,
    result_on       date,
    registered_by   varchar(200) not null,
    registered_at   timestamptz  not null,
    updated_at      timestamptz  not null,
    version         bigint       not null default 0,
    check (model_id <> source_model_id),
    check ((result is null) = (result_on is null)),
    check (result_on is null or result_on >= taken_up_on),
    -- a model takes up another once: a second link of the same pair is a duplicate (409)
    unique (model_id, source_model_id)
);
create index model_replication_of_source on model_replication (source_model_id, taken_up_on);
