import { ERROR_CODES } from '@kafe/shared/constants';
import type { OutboxEntry } from '@kafe/shared/outbox';
import type { CommandResult, ErrorCode } from '@kafe/shared/protocol';
import { noAnswer } from './commandResult';

const UPLOAD_TIMEOUT_MS = 120_000;
const isErrorCode = (v: unknown): v is ErrorCode => ERROR_CODES.some((c) => c === v);

/**
 * Sends an outbox entry that carries a file (a flip-chart photo) over HTTP, as POST /api/workshops/:id/photos with the
 * file as the body and the command's fields in the query. Answers like a socket command: the server's verdict (a 4xx
 * refusal such as "not an image" or 413 "too large" is final: the outbox drops the photo and moves on), or a retryable
 * error when the network or the server failed (5xx); the opId makes the retry safe even when the first try was stored and its answer lost.
 */
export async function uploadPhoto(workshopId: string, token: string, entry: OutboxEntry): Promise<CommandResult> {
  if (entry.name !== 'photo:add' || !(entry.file instanceof Blob)) {
    return { ok: false, error: { code: 'bad_request', message: 'this entry has no photo to send' } };
  }
  const { opId, photoId, round } = entry.payload;
  const query = new URLSearchParams({ opId, photoId, round: String(round) });
  let res: Response;
  try {
    res = await fetch(`/api/workshops/${encodeURIComponent(workshopId)}/photos?${query.toString()}`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': entry.file.type || 'application/octet-stream' },
      body: entry.file,
      signal: AbortSignal.timeout(UPLOAD_TIMEOUT_MS),
    });
  } catch {
    return noAnswer('the photo could not be sent; it will be sent again');
  }
  const body: unknown = await res.json().catch(() => null);
  if (res.ok) return { ok: true, data: body };
  const error: unknown = typeof body === 'object' && body !== null && 'error' in body ? body.error : null;
  const code: unknown = typeof error === 'object' && error !== null && 'code' in error ? error.code : null;
  const message = typeof error === 'object' && error !== null && 'message' in error ? String(error.message) : '';
  // The server or a proxy failed (a 502, 503): retried, like a dropped connection, as are "wait" and "slow down".
  if (res.status >= 500 || RETRYABLE_STATUS.has(res.status) || code === 'rate_limited' || code === 'busy')
    return noAnswer(message || `the server answered ${res.status}`);
  // Any other 4xx refuses this photo for good, ours or a proxy's ("413 Request Entity Too Large" with no code of ours):
  // sending the same bytes again cannot change that, so the outbox drops it and the tablet says so.
  if (!isErrorCode(code))
    return { ok: false, error: { code: 'bad_request', message: `the server answered ${res.status}` } };
  return { ok: false, error: { code, message } };
}

/** 4xx answers that mean "not now" rather than "not this": 408 Request Timeout, 429 Too Many Requests. */
const RETRYABLE_STATUS: ReadonlySet<number> = new Set([408, 429]);

/** The seq an upload's answer names: the page waits for that event before the photo leaves the outbox. */
export function ackSeq(result: CommandResult): number | null {
  if (!result.ok || typeof result.data !== 'object' || result.data === null || !('seq' in result.data)) return null;
  return typeof result.data.seq === 'number' ? result.data.seq : null;
}
