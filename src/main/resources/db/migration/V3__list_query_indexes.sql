-- Coordinators list every country's records at once, without a country condition: these let the
-- database read such a page in order from an index (sorted by name, by due date, or by due date
-- within a status) instead of sorting the whole table. See bench/api-list-benchmark.sh.
create index stakeholder_organisation_name on stakeholder_organisation (name);
create index action_item_due on action_item (due_date);
create index action_item_status_due on action_item (status, due_date);
