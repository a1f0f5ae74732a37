-- The service kit's event inbox (V1_1) now records how far each model's registry events have been applied;
-- carry the case's own record over, then drop it.
insert into consumed_sequence (topic, aggregate_key, last_sequence, updated_at)
select 'registry.model-events', model_id::text, registry_sequence, updated_at
from review_case;

alter table review_case drop column registry_sequence;
