-- How each deciding organisation heads and signs its documents, as the registry last published it in the
-- organisation's events (Hướng dẫn 36-HD/VPTW): printed on decisions, certificates and minutes in place of the
-- names derived from the tree. An organisation that records none has no row.
create table organisation_issuer (
    org_id        varchar(64) primary key,
    province_id   varchar(64)  not null,
    committee     varchar(300) not null,
    deciding_body varchar(300) not null,
    on_behalf_of  varchar(100) not null,
    signer_title  varchar(100) not null,
    place         varchar(100)
);

-- The person an individual's model or exemplar is of, as the submission names them: a recognition certificate names
-- the person, with their unit. Null for a collective, and for the cases opened before submissions carried it.
alter table review_case add column owner_name varchar(200);
