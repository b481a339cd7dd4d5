import { useState } from 'react';
import type { WorkshopLinks } from '@kafe/shared/protocol';
import { tokenFromLocation } from '../sync/identity';
import { useWorkshop } from '../sync/workshopStore';
import { useT } from '../ui/i18n';

type Target = { role: 'screen' } | { role: 'host'; table: number };

function isLinks(v: unknown): v is { links: WorkshopLinks } {
  return typeof v === 'object' && v !== null && 'links' in v && typeof v.links === 'object' && v.links !== null && 'hosts' in v.links;
}

/** "New link" for the projector or one tablet: the old link stops working at once (a lost tablet, a leaked link). */
export function ReplaceLink({ target, who }: { target: Target; who: string }) {
  const t = useT();
  const workshopId = useWorkshop((s) => s.workshopId);
  const [state, setState] = useState<'idle' | 'busy' | 'done' | 'failed'>('idle');
  const replace = async (): Promise<void> => {
    if (!workshopId || !window.confirm(t('fac.links.replaceConfirm', { who }))) return;
    setState('busy');
    try {
      const res = await fetch(`/api/workshops/${encodeURIComponent(workshopId)}/links/regenerate`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${tokenFromLocation() ?? ''}` },
        body: JSON.stringify(target),
      });
      const body: unknown = await res.json().catch(() => null);
      if (!res.ok || !isLinks(body)) throw new Error(String(res.status));
      useWorkshop.setState({ links: body.links });
      setState('done');
    } catch {
      setState('failed');
    }
  };
  return (
    <>
      <button type="button" className="btn btn-small btn-quiet" aria-disabled={state === 'busy'} onClick={() => state !== 'busy' && void replace()}>
        {t('fac.links.replace')}
        <span className="visually-hidden">: {who}</span>
      </button>
      <span role="status" className="help">
        {state === 'done' ? t('fac.links.replaced') : state === 'failed' ? t('error.code.internal') : ''}
      </span>
    </>
  );
}
