-- One case per submitted model: where its recognition stands, and the path of organisations that review it.
create table review_case (
    model_id          uuid primary key,
    campaign_id       varchar(64)  not null,
    title             varchar(300) not null,
    field             varchar(32)  not null,
    kind              varchar(16)  not null,
    province_id       varchar(64)  not null,
    province_name     varchar(300) not null,
    bloc_id           varchar(64)  not null,
    bloc_name         varchar(300) not null,
    base_id           varchar(64)  not null,
    base_name         varchar(300) not null,
    unit_id           varchar(64)  not null,
    unit_name         varchar(300) not null,
    level             varchar(16)  not null check (level in ('BASE', 'BLOC', 'PROVINCE')),
    stage             varchar(16)  not null check (stage in ('UNDER_REVIEW', 'RECOGNIZED')),
    recognized_level  varchar(16) check (recognized_level in ('BASE', 'BLOC', 'PROVINCE')),
    -- the last registry event applied: repeated or older ones change nothing
    registry_sequence bigint       not null,
    -- the last sequence number this service gave an event of the model
    event_sequence    bigint       not null default 0,
    opened_at         timestamptz  not null,
    updated_at        timestamptz  not null,
    version           bigint       not null default 0
);
-- review queues: the open cases at one organisation's level
create index review_case_base on review_case (base_id, level);
create index review_case_bloc on review_case (bloc_id, level);
create index review_case_province on review_case (province_id, level);

-- Who did what to a case, in order: the record a revocation or an audit reads.
create table case_action (
    id           bigint generated always as identity primary key,
    model_id     uuid         not null references review_case (model_id),
    level        varchar(16)  not null,
    action       varchar(16)  not null,
    actor        varchar(200) not null,
    actor_org_id varchar(64)  not null,
    comment      text,
    acted_at     timestamptz  not null
);
create index case_action_model on case_action (model_id, id);
