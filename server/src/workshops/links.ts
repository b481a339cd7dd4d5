import type { WorkshopSecrets } from './repository.js';

import type { WorkshopLinks } from '@kafe/shared/protocol';

export type { WorkshopLinks };

/**
 * Role links carry their token in the URL fragment: browsers never send a fragment to a server, so tokens stay
 * out of access logs and Referer headers.
 */
export function linksFor(publicUrl: string, s: Omit<WorkshopSecrets, 'id'>): WorkshopLinks {
  return {
    facilitator: `${publicUrl}/facilitator#${s.facilitatorToken}`,
    screen: `${publicUrl}/screen#${s.screenToken}`,
    join: `${publicUrl}/join/${s.joinCode}`,
    hosts: s.hostTokens.map((h) => ({ table: h.table, url: `${publicUrl}/host#${h.token}` })),
  };
}
