// The connection pill on every page: honest at once when the browser loses its network, and never a green "Connected"
// beside changes that have waited on the device for a while.
import { describe, expect, it } from 'vitest';
import { pillState, SENDING_AFTER_MS } from '../../../client/src/ui/connection/connectionPill';

describe('the connection pill', () => {
  it('says offline as soon as the browser has no network, though the socket still calls itself connected', () => {
    expect(pillState({ connection: 'online', networkUp: false, oldestWaitingMs: null })).toBe('offline');
    expect(pillState({ connection: 'connecting', networkUp: false, oldestWaitingMs: null })).toBe('offline');
  });

  it('is green only while nothing has waited to be sent for a couple of seconds', () => {
    expect(pillState({ connection: 'online', networkUp: true, oldestWaitingMs: null })).toBe('online');
    expect(pillState({ connection: 'online', networkUp: true, oldestWaitingMs: 300 })).toBe('online');
    expect(pillState({ connection: 'online', networkUp: true, oldestWaitingMs: SENDING_AFTER_MS })).toBe('sending');
    expect(pillState({ connection: 'online', networkUp: true, oldestWaitingMs: 60_000 })).toBe('sending');
  });

  it('keeps a refusal (a revoked link) above everything, and connecting as connecting', () => {
    expect(pillState({ connection: 'error', networkUp: false, oldestWaitingMs: 5000 })).toBe('error');
    expect(pillState({ connection: 'connecting', networkUp: true, oldestWaitingMs: 5000 })).toBe('connecting');
    expect(pillState({ connection: 'offline', networkUp: true, oldestWaitingMs: null })).toBe('offline');
  });
});
