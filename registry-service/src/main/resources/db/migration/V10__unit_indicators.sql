-- The figures of mass-mobilisation work an organisation reports for a calendar month: directive documents issued,
-- dialogues between heads of agencies and the people, complaints received and resolved. One row per organisation
-- and month (the period is the month's first day), corrected in place: the version counts its corrections, and
-- each one is reported on registry.organisation-events.
create table unit_indicator (
    organisation_id     varchar(64)  not null references organisation (id),
    period              date         not null check (period = date_trunc('month', period)::date),
    directive_documents integer      not null check (directive_documents between 0 and 1000000),
    dialogues           integer      not null check (dialogues between 0 and 1000000),
    complaints_received integer      not null check (complaints_received between 0 and 1000000),
    complaints_resolved integer      not null check (complaints_resolved between 0 and 1000000),
    version             integer      not null check (version >= 1),
    reported_by         varchar(200) not null,
    reported_at         timestamptz  not null,
    primary key (organisation_id, period),
    constraint unit_indicator_resolved_within_received check (complaints_resolved <= complaints_received)
);
