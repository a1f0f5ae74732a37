-- The reviewers recognition has seen: no API of the suite lists people (the identity provider keeps them), yet an
-- admin forming a council must name its members by their token's subject. Each reviewer who calls recognition is
-- recorded from their verified token (subject, login, name, organisation), so that an admin can pick council
-- members among the reviewers of the committee's part of the tree. A person moved to another organisation, or
-- renamed, is recorded anew under the same subject when they next call.
create table reviewer (
    sub       varchar(255) primary key,
    username  varchar(200),
    full_name varchar(200) not null,
    org_id    varchar(64)  not null,
    seen_at   timestamptz  not null
);
-- the directory lists one organisation's reviewers (and those below it) by name
create index reviewer_org_name on reviewer (org_id, full_name, sub);
