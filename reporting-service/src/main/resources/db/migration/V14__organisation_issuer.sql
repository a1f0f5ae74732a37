-- How each deciding organisation heads and signs its documents (committee, deciding body, the line over the
-- signature, the signer's title, the place), as the registry's organisation events last gave it: the header and
-- the signature block of the conference report. Null where the tree records none.
alter table organisation add column issuer jsonb;
