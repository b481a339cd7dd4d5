import type { Language } from '@kafe/shared/agenda';
import type { ParticipantGroup } from '@kafe/shared/participation/groups';
import type { WorkshopLinks } from '@kafe/shared/protocol';

/** The creation answer: shown once, never stored (its links carry the tokens). */
export interface Created {
  id: string;
  title: string;
  joinCode: string;
  links: WorkshopLinks;
}

function isCreated(v: unknown): v is Omit<Created, 'title'> {
  if (typeof v !== 'object' || v === null || !('id' in v) || !('joinCode' in v) || !('links' in v)) return false;
  const links = v.links;
  return (
    typeof v.id === 'string' &&
    typeof v.joinCode === 'string' &&
    typeof links === 'object' &&
    links !== null &&
    'facilitator' in links &&
    typeof links.facilitator === 'string' &&
    'screen' in links &&
    typeof links.screen === 'string' &&
    'join' in links &&
    typeof links.join === 'string' &&
    'hosts' in links &&
    Array.isArray(links.hosts)
  );
}

function errorMessage(body: unknown, fallback: string): string {
  if (typeof body !== 'object' || body === null || !('error' in body)) return fallback;
  const error = body.error;
  return typeof error === 'object' && error !== null && 'message' in error && typeof error.message === 'string'
    ? error.message
    : fallback;
}

export interface WorkshopRequest {
  title: string;
  date: string;
  place: string;
  tables: number;
  language: Language;
  questions: string[];
  /** Left out for the default groups; [] turns the question off. */
  participantGroups?: ParticipantGroup[];
}

/** POST /api/workshops with the organiser key: the new workshop and its links, or the server's reason. */
export async function createWorkshop(
  key: string,
  request: WorkshopRequest,
): Promise<{ ok: true; created: Created } | { ok: false; message: string }> {
  const res = await fetch('/api/workshops', {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${key.trim()}` },
    body: JSON.stringify(request),
  });
  const body: unknown = await res.json().catch(() => ({}));
  if (res.status !== 201 || !isCreated(body)) return { ok: false, message: errorMessage(body, res.statusText) };
  return { ok: true, created: { ...body, title: request.title } };
}
