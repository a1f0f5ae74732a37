-- Replication followed through (nhân rộng): each take-up the registry reports, a unit's model taking up a recognised
-- model of another unit, with the day it began and the day of the last result recorded. Counted by the source model
-- (under the source's organisations), by taking unit and by month (under the taker's organisations).
-- A rebuild applies a model's events in the topics' order, not the sequence's: a result may come before its
-- registration, so either event makes the row and each fills in its own columns.
create table replication_take_up (
    model_id         uuid    not null,
    source_model_id  uuid    not null,
    -- from the registration; null while only a result has been read
    campaign_id      text,
    taker_unit_id    text,
    taker_unit_name  text,
    -- the taking unit and every organisation above it
    taker_node_ids   text[],
    source_title     text,
    source_unit_name text,
    -- the source model's unit and every organisation above it
    source_node_ids  text[],
    taken_up_on      date,
    -- the day of the result last recorded (the event of the highest sequence), null until there is one
    result_on        date,
    result_sequence  bigint,
    primary key (model_id, source_model_id)
);

create index replication_take_up_takers on replication_take_up using gin (taker_node_ids);
create index replication_take_up_sources on replication_take_up using gin (source_node_ids);
