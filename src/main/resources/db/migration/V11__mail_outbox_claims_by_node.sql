-- A mail being sent is claimed by one node (one running platform), which holds a lease on its
-- claims and renews it while it runs: a node that restarts takes its own claims back at once, and
-- the claims of a node whose lease ran out (it died) go back to the queue (see notification/OutboxSender).
alter table mail_outbox add column claimed_by varchar(200);

create table mail_outbox_node (
    node_id     varchar(200) primary key,
    lease_until timestamp with time zone not null
);

-- Claims made before nodes owned them belong to nobody: they go back to the queue.
update mail_outbox set status = 'PENDING', claim_token = null where status = 'SENDING';
