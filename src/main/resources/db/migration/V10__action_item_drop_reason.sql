-- Why an action of the plan was dropped (status CANCELLED), as its owners said in the follow-up.
alter table action_item add column drop_reason varchar(4000);
