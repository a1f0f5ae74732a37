-- The service kit's event inbox (V1_1) now records how far each model's recognition events have been applied;
-- carry the model's own record over, then drop it.
insert into consumed_sequence (topic, aggregate_key, last_sequence, updated_at)
select 'recognition.case-events', id::text, recognition_sequence, updated_at
from mobilization_model
where recognition_sequence > 0;

alter table mobilization_model drop column recognition_sequence;
