// A socket whose handshake found its token valid just before the link was replaced is dropped too: it must not slip
// into the rooms after the replaced link's pages were disconnected.
import { describe, expect, it } from 'vitest';
import type { CommandError, Welcome } from '@kafe/shared/protocol';
import { regenerateLink } from '../../../server/src/workshops/regenerate.js';
import { asRole, connect, createWorkshop, roleTokens, useApp } from '../harness.js';

const h = useApp();

describe('a link replaced between handshake and welcome', () => {
  it('the socket that authenticated with the old token gets no welcome, only "replaced"', async () => {
    const w = await createWorkshop(h.url);
    const t = roleTokens(w);
    let raced = false;
    // Runs after the app's own handshake check: the token was valid then. Now the facilitator replaces the link.
    h.app.io.use((socket, next) => {
      if (raced || socket.data.roleToken !== t.host(1)) {
        next();
        return;
      }
      raced = true;
      void regenerateLink(h.app.ctx.tokens, w.id, t.facilitator, { role: 'host', table: 1 }).then(() => {
        h.app.ctx.linkRevoked(w.id, { role: 'host', table: 1 });
        next();
      });
    });
    const host = connect(h.url, asRole(t.host(1)));
    const outcome = await Promise.race([
      host.welcome.then((welcome: Welcome) => `welcomed as ${welcome.role}`),
      new Promise<string>((resolve) => host.socket.once('fatal', (e: CommandError) => resolve(`fatal ${e.code}`))),
    ]);
    host.close();
    expect(raced).toBe(true);
    expect(outcome).toBe('fatal forbidden');
  });
});
