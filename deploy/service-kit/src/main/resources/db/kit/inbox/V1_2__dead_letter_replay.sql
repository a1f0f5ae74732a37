-- What became of each dead letter replayed (see vn.dvk.kit.events.DeadLetterReplay): a letter replayed with
-- success is not replayed again; one that failed again keeps its latest reason.
create table dead_letter_replay (
    dead_letter_topic varchar(249) not null,
    partition_no      int          not null,
    offset_no         bigint       not null,
    status            varchar(16)  not null check (status in ('REPLAYED', 'FAILED')),
    outcome           varchar(16),
    last_error        text,
    replayed_at       timestamptz  not null,
    primary key (dead_letter_topic, partition_no, offset_no)
);
