-- One row per model: how far it has come, projected from the registry's and recognition's events.
-- Funnel counts are aggregates over it; the path columns scope every figure to the reader's organisation.
create table model_progress (
    model_id               uuid primary key,
    campaign_id            varchar(64) not null,
    province_id            varchar(64) not null,
    bloc_id                varchar(64) not null,
    base_id                varchar(64) not null,
    unit_id                varchar(64) not null,
    submitted_at           timestamptz,
    recognized_base_at     timestamptz,
    recognized_bloc_at     timestamptz,
    recognized_province_at timestamptz,
    -- the last event applied from each producer: repeated or older ones change nothing
    registry_sequence      bigint      not null default 0,
    recognition_sequence   bigint      not null default 0
);
create index model_progress_campaign on model_progress (campaign_id);
