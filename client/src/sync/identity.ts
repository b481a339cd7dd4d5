/** How this page proves who it is: a role token from its link's fragment, or a join code plus this phone's key. */
export type Credentials =
  | { kind: 'token'; token: string }
  /** `table`: the phone came by a table card (/join/<code>?table=N) and sits there. */
  | { kind: 'participant'; joinCode: string; participantKey: string; table?: number };

const KEY_STORAGE = 'kafe.participantKey';

/** A random secret kept on the phone, so a reload or rejoin lands as the same (anonymous) participant. */
export function participantKey(): string {
  const existing = safeGet(KEY_STORAGE);
  if (existing && existing.length >= 16) return existing;
  const bytes = crypto.getRandomValues(new Uint8Array(18));
  const key = btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');
  safeSet(KEY_STORAGE, key);
  return key;
}

/** The token in this page's fragment (#token), if any. */
export function tokenFromLocation(): string | null {
  const raw = location.hash.replace(/^#/, '');
  return raw.length >= 10 ? safeDecode(raw) : null;
}

export function safeGet(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}

export function safeSet(key: string, value: string): void {
  try {
    localStorage.setItem(key, value);
  } catch {
    // Private mode or full storage: the app still works, it just forgets on reload.
  }
}

/** decodeURIComponent that never throws: a mangled link (a stray %) yields the raw text, not a blank page. */
export function safeDecode(raw: string): string {
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}
