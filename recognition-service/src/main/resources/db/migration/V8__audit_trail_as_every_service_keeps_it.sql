-- The audit trail takes the shape every service's has (the kit's db/audit and vn.dvk.kit.audit): actor is the
-- token's subject, which never changes hands; actor_name the username it gave, to read. Renaming columns changes
-- no entry (the append-only triggers fire on rows, not on DDL). Entries from before V7 kept no subject: their actor
-- stays null, and actor_name names them.
-- Not expand-only: a pod of the previous release writes actor_sub, which is gone. Upgrade with
-- scripts/upgrade.sh <overlay> --not-expand-only recognition-service.
alter table audit_entry rename column actor to actor_name;
alter table audit_entry alter column actor_name drop not null;
alter table audit_entry rename column actor_sub to actor;
alter index audit_entry_actor_sub rename to audit_entry_actor;
