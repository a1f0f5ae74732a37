-- Every replica keeps the committees' queues it has read (QueueCache) until a case or a review window changes:
-- each statement that writes either table, whoever runs it (a service replica, an operator's SQL, a migration),
-- notifies the channel when its transaction commits. PostgreSQL sends one notification per transaction for
-- identical payloads, and none for a transaction that rolls back.
create function announce_queue_change() returns trigger
    language plpgsql
    as $$
begin
    perform pg_notify('dvk_recognition_queue', '');
    return null;
end
$$;

create trigger review_case_queue after insert or update or delete or truncate on review_case
    for each statement execute function announce_queue_change();
create trigger review_window_queue after insert or update or delete or truncate on review_window
    for each statement execute function announce_queue_change();
