-- The transactional outbox (see vn.dvk.kit.outbox). Services that publish name outbox in
-- dvk.migrations.kit-modules.
create table outbox_message (
    id            bigint generated always as identity primary key,
    event_id      uuid         not null unique,
    event_type    varchar(120) not null,
    partition_key varchar(64)  not null,
    payload       text         not null,
    occurred_at   timestamptz  not null,
    published_at  timestamptz
);
-- the relay's scan: only the rows still to publish, in order
create index outbox_message_unpublished on outbox_message (id) where published_at is null;
