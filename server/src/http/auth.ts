import type { Request, Response } from 'express';
import { isGuess, type Refusal } from '../auth/authorize.js';
import type { AppContext } from '../context.js';
import { sendError } from './errors.js';

export function bearerOf(req: Request): string | null {
  const header = req.get('authorization') ?? '';
  const m = /^Bearer\s+(\S+)$/i.exec(header);
  return m?.[1] ?? null;
}

export function clientIp(req: Request): string {
  return req.ip ?? req.socket.remoteAddress ?? 'unknown';
}

/**
 * Answers a refused key or token over HTTP. A wrong one (a guess) waits `pauseMs` first, so a key cannot be guessed
 * at full speed, and is a 403 like a replaced one: 401 means that none was sent at all.
 */
export async function answerRefusal(
  ctx: Pick<AppContext, 'pause'>,
  res: Response,
  refusal: Refusal,
  pauseMs: number,
): Promise<void> {
  if (isGuess(refusal)) await ctx.pause(pauseMs);
  sendError(res, refusal.code === 'unauthorized' ? 'forbidden' : refusal.code, refusal.message);
}
