-- Workshop templates: a workshop's agenda, questions, guidance and settings saved under a name, to start new
-- workshops from. The content is a workshop definition without its date (see export/templateStore.ts).
create table templates (
  id text primary key,
  name text not null,
  content jsonb not null,
  source_workshop_id text,
  created_at timestamptz not null default now()
);
create index templates_created on templates (created_at)
