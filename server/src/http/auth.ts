import { timingSafeEqual } from 'node:crypto';
import type { Request } from 'express';
import type { FailureLimiter } from '../limits/failureLimiter.js';
import { hashToken } from '../workshops/secrets.js';

export type BearerCheck = { ok: true; token: string } | { ok: false; status: 401 | 403 | 429; message: string };

export function bearerOf(req: Request): string | null {
  const header = req.get('authorization') ?? '';
  const m = /^Bearer\s+(\S+)$/i.exec(header);
  return m?.[1] ?? null;
}

export function clientIp(req: Request): string {
  return req.ip ?? req.socket.remoteAddress ?? 'unknown';
}

/** Checks the organiser key, counting wrong guesses per IP. */
export function checkOrganiser(req: Request, keyHash: string, guesses: FailureLimiter): BearerCheck {
  const ip = clientIp(req);
  const token = bearerOf(req);
  if (!token) return { ok: false, status: 401, message: 'send the organiser key as "Authorization: Bearer <key>"' };
  const ok = timingSafeEqual(Buffer.from(hashToken(token)), Buffer.from(keyHash));
  if (!ok) {
    // Only wrong keys count, and only they are refused once an address has guessed too often: the organiser shares
    // the venue's public IP with everyone else, and a right key must always work.
    const blocked = guesses.blocked(ip);
    guesses.fail(ip);
    if (blocked) return { ok: false, status: 429, message: 'too many wrong keys from this address; wait a few minutes' };
    return { ok: false, status: 403, message: 'the organiser key is wrong' };
  }
  return { ok: true, token };
}
