import { useState } from 'react';
import type { WorkshopLinks } from '@kafe/shared/protocol';
import { tokenFromLocation } from '../../sync/identity';
import { useSync, useWorkshop } from '../../sync/hooks';
import { useT } from '../../ui/i18n';

export type LinkTarget = { role: 'screen' } | { role: 'host'; table: number } | { role: 'facilitator' };

function isLinks(v: unknown): v is { links: WorkshopLinks } {
  return (
    typeof v === 'object' &&
    v !== null &&
    'links' in v &&
    typeof v.links === 'object' &&
    v.links !== null &&
    'hosts' in v.links &&
    'facilitator' in v.links &&
    typeof v.links.facilitator === 'string'
  );
}

/**
 * This console's own link was replaced: the old token no longer opens anything (its socket has just been dropped), so
 * the page moves to the new link. Same path, new fragment: replace() keeps the old link out of the history, and the
 * reload connects afresh with the new token.
 */
function moveTo(facilitatorLink: string): void {
  const next = new URL(facilitatorLink, location.href);
  location.replace(`${location.pathname}${location.search}${next.hash}`);
  location.reload();
}

/**
 * "New link" for the projector, one tablet or the facilitator: the old link stops working at once (a lost tablet, a
 * leaked link). Replacing the facilitator's own link moves this console to the new one.
 */
export function ReplaceLink({ target, who }: { target: LinkTarget; who: string }) {
  const t = useT();
  const workshopId = useWorkshop((s) => s.workshopId);
  const sync = useSync();
  const [state, setState] = useState<'idle' | 'busy' | 'done' | 'failed'>('idle');
  const own = target.role === 'facilitator';
  const replace = async (): Promise<void> => {
    if (!workshopId || !window.confirm(own ? t('fac.links.replaceOwnConfirm') : t('fac.links.replaceConfirm', { who })))
      return;
    setState('busy');
    try {
      const res = await fetch(`/api/workshops/${encodeURIComponent(workshopId)}/links/regenerate`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${tokenFromLocation() ?? ''}` },
        body: JSON.stringify(target),
      });
      const body: unknown = await res.json().catch(() => null);
      if (!res.ok || !isLinks(body)) throw new Error(String(res.status));
      sync?.workshop.setState({ links: body.links });
      setState('done');
      if (own) moveTo(body.links.facilitator);
    } catch {
      setState('failed');
    }
  };
  return (
    <>
      <button
        type="button"
        className="btn btn-small btn-quiet"
        data-testid={own ? 'replace-facilitator-link' : undefined}
        aria-disabled={state === 'busy'}
        onClick={() => state !== 'busy' && void replace()}
      >
        {t('fac.links.replace')}
        <span className="visually-hidden">: {who}</span>
      </button>
      <span role="status" className="help">
        {state === 'done' ? t('fac.links.replaced') : state === 'failed' ? t('error.code.internal') : ''}
      </span>
    </>
  );
}
