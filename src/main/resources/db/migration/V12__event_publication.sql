-- Work that must follow a committed change (following a new action, replanning consultations after a
-- calendar change): Spring Modulith's event publication registry writes one row per transactional
-- listener in the changing transaction, and sets completion_date once the listener succeeded. Rows
-- without a completion date are done again on start and on a schedule (see aftercommit/UnfinishedWork).
-- The columns are Modulith's own (its schema-h2.sql / schema-postgresql.sql), in types both databases take.
create table event_publication (
    id               uuid          not null primary key,
    listener_id      varchar(512)  not null,
    event_type       varchar(512)  not null,
    serialized_event varchar(4000) not null,
    publication_date timestamp with time zone not null,
    completion_date  timestamp with time zone
);
-- Completion of a publication it did not register itself looks it up by listener and event.
create index event_publication_by_listener_and_event on event_publication (listener_id, serialized_event);
create index event_publication_by_completion_date on event_publication (completion_date);
