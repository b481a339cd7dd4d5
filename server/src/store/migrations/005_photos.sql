-- Flip-chart photos: the bytes of each photo a table host uploaded, checked and compressed (http/photos.ts). The
-- photo.added event in the log says which table and round; this row holds what the event cannot (the 64 KB socket cap
-- and the jsonb log are no place for images). Deleted with the workshop.
create table photos (
  workshop_id text not null references workshops(id) on delete cascade,
  photo_id text not null,
  mime text not null,
  width integer not null,
  height integer not null,
  data bytea not null,
  created_at timestamptz not null default now(),
  primary key (workshop_id, photo_id),
  -- PHOTO_LIMITS.maxBytes in shared/src/photosLimits.ts: the database refuses what the route would.
  constraint photos_size check (octet_length(data) between 1 and 2000000),
  constraint photos_mime check (mime in ('image/jpeg', 'image/png', 'image/webp'))
)
