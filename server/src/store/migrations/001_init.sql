-- Workshops: one row each; last_seq is the head of its event log and the row lock that serialises appends.
create table workshops (
  id text primary key,
  join_code text not null unique,
  join_open boolean not null default true,
  last_seq integer not null default 0,
  created_at timestamptz not null default now()
);

-- The append-only event log: everything that happens in a workshop, in order.
create table events (
  workshop_id text not null references workshops(id),
  seq integer not null,
  at bigint not null,
  actor jsonb not null,
  type text not null,
  payload jsonb not null,
  op_id text not null,
  primary key (workshop_id, seq),
  unique (workshop_id, op_id)
);

-- Role tokens (facilitator, host per table, screen), stored as SHA-256 hashes; revoked ones stay for a clear 403.
create table tokens (
  hash text primary key,
  workshop_id text not null references workshops(id),
  role text not null,
  table_no integer,
  created_at timestamptz not null default now(),
  revoked_at timestamptz
);
create index tokens_workshop on tokens (workshop_id);

-- Server-wide settings, such as the organiser key's hash.
create table settings (
  key text primary key,
  value text not null
);

-- Screen and host tokens sealed with the facilitator's token (see workshops/sealedLinks.ts).
alter table workshops add column sealed_links text
