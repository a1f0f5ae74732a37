-- The service kit's event inbox (V1_1) now records how far each model's events have been applied, per topic;
-- carry the projection's own record over, then drop it.
insert into consumed_sequence (topic, aggregate_key, last_sequence, updated_at)
select 'registry.model-events', model_id::text, registry_sequence, now()
from model_progress where registry_sequence > 0;
insert into consumed_sequence (topic, aggregate_key, last_sequence, updated_at)
select 'recognition.case-events', model_id::text, recognition_sequence, now()
from model_progress where recognition_sequence > 0;

alter table model_progress drop column registry_sequence, drop column recognition_sequence;
