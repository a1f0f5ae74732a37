-- A service may publish to more than one topic (the registry: models, organisations, campaigns). A row names
-- its topic; null is the service's main topic (dvk.outbox.topic), so rows written before stay as they were.
alter table outbox_message add column topic varchar(249);
