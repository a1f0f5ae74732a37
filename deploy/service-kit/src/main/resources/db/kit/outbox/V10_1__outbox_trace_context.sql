-- The trace an event belongs to (see vn.dvk.kit.outbox.OutboxTracing): the W3C traceparent and tracestate of the
-- span that appended it, which the relay puts in the record's headers so that each consumer continues the trace.
-- Null while tracing is off (the default) and for rows written before. Text: the relay copies what was captured,
-- it never has to fit it.
alter table outbox_message
    add column traceparent text,
    add column tracestate  text;
