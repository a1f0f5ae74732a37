-- Pre-aggregated projections: figures are counters kept per organisation node as events arrive, so that a read is
-- a lookup of a few rows whatever the number of models. The one-row-per-model table of V1 is replaced by
-- model_fact, which also carries what the public gallery shows. A database migrated from V2 starts these tables
-- empty: POST /api/v1/admin/projections/rebuild fills them from the topics.
drop table model_progress;

create extension if not exists unaccent schema public;
create extension if not exists pg_trgm schema public;

-- Lower case, no diacritics ("đ" → "d"): what gallery searches compare. Declared IMMUTABLE with its dictionary
-- named, the usual way to index unaccent().
create function dvk_fold(value text) returns text
    language sql immutable parallel safe strict
    return lower(public.unaccent('public.unaccent'::regdictionary, value));

-- One row per model: its changes as both producers' events told them (changes, in the order they happened) and
-- where that leaves it now (the other columns). What the model counted for on each day is folded from its changes;
-- each event moves the counters below by the difference it makes to that day-by-day story.
create table model_fact (
    model_id            uuid primary key,
    campaign_id         varchar(64),
    province_id         varchar(64),
    bloc_id             varchar(64),
    base_id             varchar(64),
    unit_id             varchar(64),
    unit_name           varchar(300),
    field               varchar(32),
    kind                varchar(32),
    owner_kind          varchar(32),
    title               varchar(300),
    summary             text,
    replicates_model_id uuid,
    submitted           boolean not null default false,
    withdrawn           boolean not null default false,
    returned            boolean not null default false,
    declined            boolean not null default false,
    revoked             boolean not null default false,
    registered_on       date,
    review_level        varchar(16),
    review_since        date,
    recognized_level    varchar(16),
    recognized_on       date,
    decision_number     varchar(100),
    decision_issued_on  date,
    changes             jsonb   not null default '[]'
);
-- the gallery: recognised models, newest first, and searched by folded text
create index model_fact_gallery on model_fact (recognized_on desc, model_id desc) where recognized_level is not null;
create index model_fact_gallery_text on model_fact
    using gin (dvk_fold(coalesce(title, '') || ' ' || coalesce(summary, '') || ' ' || coalesce(unit_name, ''))
               public.gin_trgm_ops)
    where recognized_level is not null;

-- Counters come in pairs: <name>_now holds each counter's current value, <name>_day its value at the end of each
-- day it changed (province time). A figure as of a date is the latest day row on or before it, one index probe per
-- counter; a figure now is a row of _now.

-- Models by campaign and organisation node (each node of the model's path counts it, so a subtree is one node),
-- per stage (measure) and field, kind and owner kind.
create table model_figure_now (
    campaign_id varchar(64) not null,
    node_id     varchar(64) not null,
    measure     varchar(32) not null,
    field       varchar(32) not null,
    kind        varchar(32) not null,
    owner_kind  varchar(32) not null,
    n           bigint      not null,
    primary key (campaign_id, node_id, measure, field, kind, owner_kind)
);
create table model_figure_day (
    campaign_id varchar(64) not null,
    node_id     varchar(64) not null,
    measure     varchar(32) not null,
    field       varchar(32) not null,
    kind        varchar(32) not null,
    owner_kind  varchar(32) not null,
    day         date        not null,
    n           bigint      not null,
    primary key (campaign_id, node_id, measure, field, kind, owner_kind, day)
);

-- Commendations standing, by the recipient's organisation node, form, level and recipient kind.
create table commendation_figure_now (
    node_id        varchar(64) not null,
    form           varchar(64) not null,
    level          varchar(16) not null,
    recipient_kind varchar(32) not null,
    n              bigint      not null,
    primary key (node_id, form, level, recipient_kind)
);
create table commendation_figure_day (
    node_id        varchar(64) not null,
    form           varchar(64) not null,
    level          varchar(16) not null,
    recipient_kind varchar(32) not null,
    day            date        not null,
    n              bigint      not null,
    primary key (node_id, form, level, recipient_kind, day)
);

-- Decisions standing, by the issuer's organisation node (and the nodes above it) and level.
create table decision_figure_now (
    node_id varchar(64) not null,
    level   varchar(16) not null,
    n       bigint      not null,
    primary key (node_id, level)
);
create table decision_figure_day (
    node_id varchar(64) not null,
    level   varchar(16) not null,
    day     date        not null,
    n       bigint      not null,
    primary key (node_id, level, day)
);

-- How many registered models replicate (nhân rộng) each model.
create table replication_figure_now (
    model_id varchar(64) not null primary key,
    n        bigint      not null
);
create table replication_figure_day (
    model_id varchar(64) not null,
    day      date        not null,
    n        bigint      not null,
    primary key (model_id, day)
);

-- Commendations and decisions, so that a revocation takes out exactly what it awarded.
create table commendation_fact (
    commendation_id uuid primary key,
    node_ids        text[]      not null,
    form            varchar(64) not null,
    level           varchar(16) not null,
    recipient_kind  varchar(32) not null,
    awarded_on      date        not null,
    withdrawn       boolean     not null default false
);
create table decision_fact (
    decision_id uuid primary key,
    node_ids    text[]       not null,
    level       varchar(16)  not null,
    number      varchar(100) not null,
    issued_on   date         not null,
    revoked     boolean      not null default false
);

-- The review backlog per campaign, level and organisation node: how many cases entered review on a day and, once
-- they leave, on which day (9999-12-31 while they wait). Waiting as of a date D: entered on or before D, left after.
create table backlog_figure (
    campaign_id varchar(64) not null,
    node_id     varchar(64) not null,
    level       varchar(16) not null,
    entered_on  date        not null,
    left_on     date        not null,
    n           bigint      not null,
    primary key (campaign_id, node_id, level, entered_on, left_on)
);

-- The organisations met in events, with their lineage (province first, the node itself last): readers' subtrees,
-- names and children of a node.
create table organisation (
    id        varchar(64)  primary key,
    name      varchar(300) not null,
    kind      varchar(16)  not null,
    parent_id varchar(64),
    lineage   text[]       not null
);
create index organisation_parent on organisation (parent_id);

-- Campaigns: their names and each level's review window (overdue counts).
create table campaign (
    campaign_id varchar(64)  primary key,
    name        varchar(300) not null,
    province_id varchar(64)  not null
);
create table campaign_window (
    campaign_id varchar(64) not null,
    level       varchar(16) not null,
    opens_on    date        not null,
    closes_on   date        not null,
    primary key (campaign_id, level)
);
