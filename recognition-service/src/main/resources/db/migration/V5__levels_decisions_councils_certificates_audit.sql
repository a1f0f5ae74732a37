-- Issue 8: how committees actually decide.

-- The campaigns as the registry publishes them (registry.campaign-events): the levels a campaign uses and the
-- review window of each, which the queues measure waiting against. A case of a campaign not yet heard of climbs
-- all three levels and has no window.
create table campaign (
    id              varchar(64)  primary key,
    province_id     varchar(64)  not null,
    organisation_id varchar(64)  not null,
    name            varchar(300) not null,
    status          varchar(16)  not null,
    updated_at      timestamptz  not null
);
create table review_window (
    campaign_id varchar(64) not null references campaign (id) on delete cascade,
    level       varchar(16) not null check (level in ('BASE', 'BLOC', 'PROVINCE')),
    opens_on    date        not null,
    closes_on   date        not null,
    primary key (campaign_id, level)
);

-- A case's record per level it has reached: status, who acted, when, why, on which version, by which decision.
alter table review_case drop constraint review_case_stage_check;
alter table review_case add constraint review_case_stage_check
    check (stage in ('UNDER_REVIEW', 'RECOGNIZED', 'RETURNED', 'DECLINED', 'WITHDRAWN', 'NOMINATED', 'REVOKED'));
-- when the case reached its current level: what a queue's waiting time counts from
alter table review_case add column arrived_at timestamptz;
update review_case set arrived_at = updated_at;
alter table review_case alter column arrived_at set not null;
create index review_case_waiting on review_case (arrived_at, model_id);
create index review_case_unit on review_case (unit_id);

create table case_level (
    model_id         uuid        not null references review_case (model_id),
    level            varchar(16) not null check (level in ('BASE', 'BLOC', 'PROVINCE')),
    status           varchar(16) not null check (status in ('UNDER_REVIEW', 'RECOGNIZED', 'RETURNED', 'DECLINED',
                                                            'NOMINATED', 'WITHDRAWN', 'REVOKED')),
    reviewing_org_id varchar(64) not null,
    arrived_at       timestamptz not null,
    acted_by         varchar(200),
    acted_at         timestamptz,
    reason           text,
    model_version    int         not null,
    decision_id      uuid,
    primary key (model_id, level)
);
insert into case_level (model_id, level, status, reviewing_org_id, arrived_at, model_version)
select model_id, level, stage,
       case level when 'BASE' then base_id when 'BLOC' then bloc_id else province_id end, updated_at, model_version
from review_case;
alter table case_action add column decision_id uuid;

-- Numbered decisions ("quyết định"): recognitions and commendations issued together, all or none.
create table decision (
    id               uuid         primary key,
    number           varchar(64)  not null,
    number_key       varchar(64)  not null,
    issuer_org_id    varchar(64)  not null,
    issuer_name      varchar(300) not null,
    province_id      varchar(64)  not null,
    -- the issuer's bloc, for a decision of a base committee or of the bloc itself
    bloc_id          varchar(64),
    level            varchar(16)  not null check (level in ('BASE', 'BLOC', 'PROVINCE')),
    issued_on        date         not null,
    signer_name      varchar(200) not null,
    signer_title     varchar(200) not null,
    legal_basis      text         not null,
    status           varchar(16)  not null check (status in ('ISSUED', 'REVOKED')),
    revocation_reason text,
    revoking_number  varchar(64),
    revoked_by       varchar(200),
    revoked_at       timestamptz,
    created_by       varchar(200) not null,
    created_at       timestamptz  not null,
    event_sequence   bigint       not null default 0,
    version          bigint       not null default 0,
    -- one number per issuer: "125-QĐ/ĐUK" and "125-qđ/đuk " are the same number
    constraint decision_number_per_issuer unique (issuer_org_id, number_key)
);
create index decision_issuer on decision (issuer_org_id, issued_on desc, id);
create index decision_province on decision (province_id, issued_on desc, id);

create table decision_case (
    decision_id uuid        not null references decision (id),
    model_id    uuid        not null references review_case (model_id),
    level       varchar(16) not null,
    primary key (decision_id, model_id)
);
-- a case is recognised at a level by one decision at most
create unique index decision_case_once on decision_case (model_id, level);

-- Commendations ("khen thưởng"), each by a decision; one achievement, one form of commendation at a level.
create table commendation (
    id              uuid         primary key,
    decision_id     uuid         not null references decision (id),
    form            varchar(32)  not null,
    level           varchar(16)  not null,
    recipient_kind  varchar(16)  not null check (recipient_kind in ('COLLECTIVE', 'INDIVIDUAL')),
    recipient_name  varchar(300) not null,
    unit_id         varchar(64)  not null,
    model_id        uuid references review_case (model_id),
    achievement     text         not null,
    achievement_key varchar(600) not null,
    status          varchar(16)  not null check (status in ('AWARDED', 'REVOKED')),
    awarded_at      timestamptz  not null
);
create unique index commendation_once_per_level on commendation (level, achievement_key) where status = 'AWARDED';
create index commendation_decision on commendation (decision_id);

-- Criteria per campaign and level (weights total 100) with the pass threshold, and whether a council decides.
create table level_rules (
    campaign_id      varchar(64) not null,
    level            varchar(16) not null check (level in ('BASE', 'BLOC', 'PROVINCE')),
    -- [{code, name, description, maxPoints, weight}], in order; the weights total 100
    criteria         jsonb       not null,
    pass_threshold   int         not null check (pass_threshold between 1 and 100),
    council_required boolean     not null,
    updated_by       varchar(200) not null,
    updated_at       timestamptz not null,
    version          bigint      not null default 0,
    primary key (campaign_id, level)
);

-- A reviewer's or council member's points for a case at a level; the total is weighted to 100.
create table scorecard (
    model_id  uuid          not null references review_case (model_id),
    level     varchar(16)   not null,
    scorer    varchar(200)  not null,
    points    jsonb         not null,
    total     numeric(6, 2) not null,
    scored_at timestamptz   not null,
    primary key (model_id, level, scorer)
);

-- Councils ("hội đồng") of an organisation for a campaign's level: named members, a quorum.
create table council (
    id              uuid         primary key,
    campaign_id     varchar(64)  not null,
    level           varchar(16)  not null,
    organisation_id varchar(64)  not null,
    name            varchar(300) not null,
    quorum          int          not null check (quorum > 0),
    created_by      varchar(200) not null,
    created_at      timestamptz  not null,
    unique (campaign_id, level, organisation_id)
);
create table council_member (
    council_id uuid         not null references council (id),
    username   varchar(200) not null,
    full_name  varchar(200) not null,
    title      varchar(200),
    -- the member's own unit: a member never judges a model of it
    unit_id    varchar(64)  not null,
    primary key (council_id, username)
);
create table council_vote (
    council_id uuid         not null references council (id),
    model_id   uuid         not null references review_case (model_id),
    username   varchar(200) not null,
    vote       varchar(8)   not null check (vote in ('FOR', 'AGAINST', 'ABSTAIN')),
    voted_at   timestamptz  not null,
    primary key (council_id, model_id, username),
    foreign key (council_id, username) references council_member (council_id, username)
);

-- Certificates of recognition and commendation: the signed canonical content is what verification checks.
create table certificate (
    id              uuid        primary key,
    kind            varchar(16) not null check (kind in ('RECOGNITION', 'COMMENDATION')),
    decision_id     uuid        not null references decision (id),
    model_id        uuid,
    level           varchar(16) not null,
    commendation_id uuid references commendation (id),
    content         text        not null,
    key_id          varchar(64) not null,
    signature       varchar(200) not null,
    issued_at       timestamptz not null
);
create index certificate_decision on certificate (decision_id);
create index certificate_model on certificate (model_id);

-- The audit trail: appended, never changed. No API updates or deletes it, and the triggers below refuse it to
-- every role, the service's own included (an UPDATE, DELETE or TRUNCATE fails).
create table audit_entry (
    id           bigint generated always as identity primary key,
    at           timestamptz  not null,
    actor        varchar(200) not null,
    actor_org_id varchar(64),
    client       varchar(200),
    address      varchar(64),
    action       varchar(64)  not null,
    subject_type varchar(32)  not null,
    subject_id   varchar(100) not null,
    province_id  varchar(64),
    before       jsonb,
    after        jsonb
);
create index audit_entry_province on audit_entry (province_id, id desc);
create index audit_entry_subject on audit_entry (subject_id, id desc);

create function audit_entry_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'the audit trail is append-only: % refused', tg_op using errcode = 'insufficient_privilege';
end
$$;
create trigger audit_entry_no_update before update or delete on audit_entry
    for each row execute function audit_entry_is_append_only();
create trigger audit_entry_no_truncate before truncate on audit_entry
    for each statement execute function audit_entry_is_append_only();
revoke update, delete, truncate on audit_entry from public;
