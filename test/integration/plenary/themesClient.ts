// A role socket that also collects the 'themes' messages (the shared harness collects only events).
import type { ThemesMessage } from '@kafe/shared/protocol';
import { connect, WAIT_MS, type Auth, type Client } from '../harness.js';

export interface ThemesClient extends Client {
  themes: ThemesMessage[];
  /** The latest themes of a question received so far (undefined before any). */
  latest(questionId: string): ThemesMessage | undefined;
  /** Resolves with the first themes message (received from now on or before) that matches; rejects after `timeoutMs`. */
  waitForThemes(match: (m: ThemesMessage) => boolean, timeoutMs?: number, what?: string): Promise<ThemesMessage>;
}

export async function joinWithThemes(url: string, auth: Auth): Promise<ThemesClient> {
  const client = connect(url, auth);
  const themes: ThemesMessage[] = [];
  const waiters = new Set<() => void>();
  // Listening before the welcome arrives: the cached themes come right after it.
  client.socket.on('themes', (m: ThemesMessage) => {
    themes.push(m);
    waiters.forEach((w) => w());
  });
  await client.welcome;
  return Object.assign(client, {
    themes,
    latest: (questionId: string) => themes.filter((m) => m.questionId === questionId).at(-1),
    waitForThemes: (match: (m: ThemesMessage) => boolean, timeoutMs = WAIT_MS, what = 'themes') =>
      new Promise<ThemesMessage>((resolve, reject) => {
        const check = (): void => {
          const found = themes.find(match);
          if (!found) return;
          waiters.delete(check);
          clearTimeout(timer);
          resolve(found);
        };
        const timer = setTimeout(() => {
          waiters.delete(check);
          reject(new Error(`gave up waiting ${timeoutMs} ms for ${what}`));
        }, timeoutMs);
        waiters.add(check);
        check();
      }),
  });
}
