-- How a deciding organisation heads and signs its documents (Hướng dẫn 36-HD/VPTW): its committee, the body that
-- decides, the line over the signer's title, the signer's usual title and the place of the date line. All or none
-- of the first four: an organisation records them together, or not at all (units never do).
alter table organisation
    add column issuer_committee     varchar(300),
    add column issuer_deciding_body varchar(300),
    add column issuer_on_behalf_of  varchar(100),
    add column issuer_signer_title  varchar(100),
    add column issuer_place         varchar(100),
    add constraint organisation_issuer_whole check (
        (issuer_committee is null) = (issuer_deciding_body is null)
        and (issuer_committee is null) = (issuer_on_behalf_of is null)
        and (issuer_committee is null) = (issuer_signer_title is null)
        and (issuer_place is null or issuer_committee is not null)),
    add constraint organisation_issuer_not_unit check (kind <> 'UNIT' or issuer_committee is null);
