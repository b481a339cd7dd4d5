-- Idempotency keyed on (workshop, actor, opId) instead of (workshop, opId): another actor reusing an opId no longer
-- turns a command into a silent "duplicate". actor_key is computed as server/src/store/actorKey.ts does.
alter table events add column actor_key text;
-- A row whose actor is unreadable (a hand edit) gets a key of its own: the loader sets such rows aside, the start goes on.
update events set actor_key = coalesce(case actor->>'role'
  when 'host' then 'host:' || (actor->>'table')
  when 'participant' then 'participant:' || (actor->>'participantId')
  else actor->>'role' end, 'unreadable:' || seq);
alter table events alter column actor_key set not null;
alter table events drop constraint events_workshop_id_op_id_key;
create unique index events_actor_op on events (workshop_id, actor_key, op_id);
-- A fingerprint of the command that made the event (its name and payload): the same opId arriving with another
-- command is answered "conflict", not taken for a retry. Null for events not made by a client command.
alter table events add column op_hash text
