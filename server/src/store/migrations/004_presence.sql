-- Who is connected, per server process and workshop, when several processes share one PostgreSQL: each process
-- writes its own rows and refreshes seen_at while it lives; rows not refreshed for a while belong to a process that
-- died and are no longer counted (cluster/presence.ts). Unused with PGlite (one process).
create table presence (
  process_id text not null,
  workshop_id text not null,
  hosts integer[] not null,
  screens integer not null,
  participants integer not null,
  seen_at timestamptz not null default now(),
  primary key (process_id, workshop_id)
);
create index presence_workshop on presence (workshop_id)
