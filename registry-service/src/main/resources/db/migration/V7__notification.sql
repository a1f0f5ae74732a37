-- What happened to a unit's models, for its submitters' feed: written with the recognition event that caused it
-- (the inbox applies each event once, so each notification exists once). The feed reads newest first.
create table notification (
    id              bigint generated always as identity primary key,
    unit_id         varchar(64)  not null references organisation (id),
    model_id        uuid         not null references mobilization_model (id),
    model_title     varchar(300) not null,
    kind            varchar(16)  not null check (kind in ('RECOGNIZED', 'NOMINATED', 'DECLINED', 'RETURNED')),
    level           varchar(16)  not null check (level in ('BASE', 'BLOC', 'PROVINCE')),
    reason          text,
    decision_number varchar(64),
    occurred_at     timestamptz  not null,
    created_at      timestamptz  not null default now()
);
create index notification_feed on notification (unit_id, id desc);
