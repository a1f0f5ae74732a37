-- The organisation tree: PROVINCE → BLOC → BASE → UNIT.
create table organisation (
    id        varchar(64) primary key,
    kind      varchar(16)  not null check (kind in ('PROVINCE', 'BLOC', 'BASE', 'UNIT')),
    name      varchar(300) not null,
    parent_id varchar(64) references organisation (id)
);
create index organisation_parent on organisation (parent_id);

create table campaign (
    id              varchar(64) primary key,
    movement        varchar(32)  not null,
    name            varchar(300) not null,
    organisation_id varchar(64)  not null references organisation (id),
    starts_on       date         not null,
    ends_on         date         not null,
    check (ends_on >= starts_on)
);

create table mobilization_model (
    id                   uuid primary key,
    campaign_id          varchar(64)  not null references campaign (id),
    unit_id              varchar(64)  not null references organisation (id),
    kind                 varchar(16)  not null check (kind in ('MODEL', 'EXEMPLAR')),
    owner_kind           varchar(16)  not null check (owner_kind in ('COLLECTIVE', 'INDIVIDUAL')),
    field                varchar(32)  not null check (field in ('ECONOMY', 'CULTURE_SOCIETY', 'DEFENSE_SECURITY', 'POLITICAL_SYSTEM')),
    title                varchar(300) not null,
    summary              text,
    status               varchar(16)  not null,
    review_level         varchar(16),
    recognized_level     varchar(16),
    -- the last sequence number this service gave an event of the model
    event_sequence       bigint       not null default 0,
    -- the last recognition event applied: older or repeated ones change nothing
    recognition_sequence bigint       not null default 0,
    created_by           varchar(200) not null,
    created_at           timestamptz  not null,
    submitted_at         timestamptz,
    updated_at           timestamptz  not null,
    version              bigint       not null default 0
);
create index mobilization_model_unit on mobilization_model (unit_id);
create index mobilization_model_campaign on mobilization_model (campaign_id);
