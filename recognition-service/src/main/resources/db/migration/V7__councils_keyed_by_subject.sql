-- Council members, their votes and scores were keyed on the token's preferred_username, which the identity
-- provider lets a user change and lets a new user take once it is free. They are now keyed on the token's subject
-- (sub), which never changes and is never reused; the username stays only as a name to show.
--
-- Recognition never stored a sub, so a row written before this migration cannot be bound to one (guessing it from
-- the username is the very mistake being fixed). Such a row keeps its username as its display name and is keyed
-- 'unbound:' || username, a key no caller can present (recognition refuses a token whose sub begins so). It stays
-- readable, and the tallies and minutes of the cases it voted on read as before, but it grants nothing: the
-- committee's admin seats the member again by their sub.

alter table council_vote drop constraint council_vote_council_id_username_fkey;

alter table council_member rename column username to sub;
alter table council_member alter column sub type varchar(255);
alter table council_member add column username varchar(200);
update council_member set username = sub, sub = 'unbound:' || sub;
-- the member's organisation: validated against the tree when the council is formed, and the organisation of the
-- member's token must be it when they act; a member never judges a model of it (or of an organisation below the
-- council's level that has judged the model already). Rows from before keep the unit they declared.
alter table council_member rename column unit_id to org_id;
-- the member the committee's admin named to chair the council: the chair may change the council's membership
alter table council_member add column chair boolean not null default false;

alter table council_vote rename column username to sub;
alter table council_vote alter column sub type varchar(255);
update council_vote set sub = 'unbound:' || sub;
alter table council_vote add constraint council_vote_member
    foreign key (council_id, sub) references council_member (council_id, sub);

-- a scorecard's scorer is the scorer's sub
alter table scorecard alter column scorer type varchar(255);
update scorecard set scorer = 'unbound:' || scorer;

-- the audit trail names its actor by sub; actor keeps the username, to read. The trail is append-only (its
-- triggers refuse UPDATE), so entries from before keep a null actor_sub: they name the actor by username only.
alter table audit_entry add column actor_sub varchar(255);
create index audit_entry_actor_sub on audit_entry (province_id, actor_sub, id desc);

-- a council's admin or chair changes its membership with If-Match on this version
alter table council add column version bigint not null default 0;
