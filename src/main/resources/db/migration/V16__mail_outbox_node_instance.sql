-- Which process start last renewed a node's lease: two live platforms sharing a node id (same host
-- name and port) would otherwise take back each other's claims at every pass.
alter table mail_outbox_node add column instance_token varchar(36);
