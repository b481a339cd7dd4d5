import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';

/**
 * The screen and host tokens, sealed with a key only the facilitator's token gives (AES-256-GCM). The server keeps no
 * usable token, yet the facilitator sees every link on any device: it presents its token, the server opens the seal.
 */
export interface RoleTokens {
  screenToken: string;
  hostTokens: { table: number; token: string }[];
}

const keyFrom = (facilitatorToken: string): Buffer =>
  createHash('sha256').update(`kafedialog/links/${facilitatorToken}`).digest();

export function sealRoleTokens(facilitatorToken: string, tokens: RoleTokens): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', keyFrom(facilitatorToken), iv);
  const body = Buffer.concat([cipher.update(JSON.stringify(tokens), 'utf8'), cipher.final()]);
  return [iv, cipher.getAuthTag(), body].map((b) => b.toString('base64url')).join('.');
}

export function openRoleTokens(facilitatorToken: string, sealed: string): RoleTokens | null {
  const [iv, tag, body] = sealed.split('.').map((p) => Buffer.from(p, 'base64url'));
  if (!iv || !tag || !body) return null;
  try {
    const decipher = createDecipheriv('aes-256-gcm', keyFrom(facilitatorToken), iv);
    decipher.setAuthTag(tag);
    const json = Buffer.concat([decipher.update(body), decipher.final()]).toString('utf8');
    const parsed: unknown = JSON.parse(json);
    return isRoleTokens(parsed) ? parsed : null;
  } catch {
    return null;
  }
}

function isRoleTokens(v: unknown): v is RoleTokens {
  if (typeof v !== 'object' || v === null) return false;
  const o = v as Record<string, unknown>;
  return typeof o.screenToken === 'string' && Array.isArray(o.hostTokens);
}
