-- Pruning finds published rows by age (see vn.dvk.kit.outbox.OutboxPruning).
create index outbox_message_published on outbox_message (published_at) where published_at is not null;
