-- Units' monthly indicators (directive documents, dialogues, complaints received and resolved), as the registry
-- publishes them: every version is kept, so that figures as of a past day read the version that stood then.
create table indicator_report (
    organisation_id     text    not null,
    period              date    not null check (extract(day from period) = 1),
    version             integer not null,
    -- the organisation and every organisation above it: a subtree's reports are those holding its node
    node_ids            text[]  not null,
    directive_documents integer not null,
    dialogues           integer not null,
    complaints_received integer not null,
    complaints_resolved integer not null,
    -- the province's day it was reported on
    reported_on         date    not null,
    primary key (organisation_id, period, version)
);

create index indicator_report_nodes on indicator_report using gin (node_ids);
