-- Campaigns managed through the API: a status (DRAFT → OPEN → CLOSED), the last day units may register models,
-- a review window per level the campaign uses, the province it belongs to, an optimistic-lock version and the
-- sequence of its last event on registry.campaign-events. Campaigns loaded before are open, use every level
-- and take registrations until their last day.
alter table campaign
    add column status                varchar(16) not null default 'OPEN' check (status in ('DRAFT', 'OPEN', 'CLOSED')),
    add column registration_deadline date,
    add column review_windows        jsonb,
    add column province_id           varchar(64) references organisation (id),
    add column version               bigint      not null default 0,
    add column event_sequence        bigint      not null default 0,
    add column updated_at            timestamptz not null default now();

update campaign c set registration_deadline = c.ends_on,
    review_windows = jsonb_build_array(
        jsonb_build_object('level', 'BASE', 'opensOn', c.starts_on, 'closesOn', c.ends_on),
        jsonb_build_object('level', 'BLOC', 'opensOn', c.starts_on, 'closesOn', c.ends_on),
        jsonb_build_object('level', 'PROVINCE', 'opensOn', c.starts_on, 'closesOn', c.ends_on)),
    province_id = (select o.province_id from organisation o where o.id = c.organisation_id);

alter table campaign
    alter column registration_deadline set not null,
    alter column review_windows set not null,
    alter column province_id set not null,
    add constraint campaign_registration_in_period check (registration_deadline between starts_on and ends_on);
create index campaign_in_province on campaign (province_id, starts_on desc);
