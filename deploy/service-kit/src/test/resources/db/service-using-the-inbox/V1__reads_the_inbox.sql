-- A service's own first migration that uses a kit table, as the registry's V2 fills the inbox: it runs only if the
-- kit's modules were migrated first (KitMigrationsTest).
create table service_thing (id int primary key);
insert into consumed_sequence (topic, aggregate_key, last_sequence, updated_at)
values ('service.events', 'thing-1', 3, now());
