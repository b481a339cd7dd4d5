// Proving that something did not arrive. A sleep cannot: a test that sleeps and then finds nothing passes whether the
// server withheld the event or was merely slow to send it.
import { randomUUID } from 'node:crypto';
import type { Client } from './harness.js';

/**
 * The facilitator shows a screen message, which every role receives whole, and each observer waits for it. A socket
 * delivers a client's events in seq order, so once the marker is there everything the server sent that client before
 * it is there too: what is missing then was never sent.
 */
export async function readPastMarker(facilitator: Client, ...observers: Client[]): Promise<void> {
  const messageId = randomUUID();
  const ack = await facilitator.send('message:show', { messageId, text: 'Markør' });
  if (!ack.ok) throw new Error(`the marker was refused: ${ack.error.code}`);
  await Promise.all(
    observers.map((c) =>
      c.waitFor((e) => e.event.type === 'message.shown' && e.event.messageId === messageId, 'the marker'),
    ),
  );
}
