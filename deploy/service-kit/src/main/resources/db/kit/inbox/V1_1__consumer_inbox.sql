-- The consumer's side of event delivery (see vn.dvk.kit.events.EventInbox). Services that consume events name
-- inbox in dvk.migrations.kit-modules.

-- How far each aggregate's events have been applied, per topic: the event with the next sequence is applied,
-- an older or repeated one changes nothing, a later one waits in parked_event.
create table consumed_sequence (
    topic         varchar(249) not null,
    aggregate_key varchar(128) not null,
    last_sequence bigint       not null,
    updated_at    timestamptz  not null,
    primary key (topic, aggregate_key)
);

-- Events that arrived ahead of a gap (an earlier event still to come, or dead-lettered and not yet replayed).
create table parked_event (
    topic         varchar(249) not null,
    aggregate_key varchar(128) not null,
    sequence      bigint       not null,
    event_id      varchar(128),
    event_type    varchar(200),
    payload       text         not null,
    parked_at     timestamptz  not null,
    -- why it could not be applied when its turn came, if it failed then
    last_error    text,
    primary key (topic, aggregate_key, sequence)
);
create index parked_event_age on parked_event (parked_at);
