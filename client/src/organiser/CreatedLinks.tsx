import { useState } from 'react';
import type { WorkshopLinks } from '@kafe/shared/protocol';
import { copyText } from '../ui/clipboard';
import { useT } from '../ui/i18n';

/**
 * A new workshop's links, shown once: they are not stored on this device (see storedWorkshops.ts), so the organiser is
 * told to save them now, and can copy them all in one go.
 */
export function CreatedLinks({ title, joinCode, links }: { title: string; joinCode: string; links: WorkshopLinks }) {
  const t = useT();
  const [copied, setCopied] = useState(false);
  const rows: [string, string][] = [
    [t('fac.links.facilitator'), links.facilitator],
    [t('fac.links.screen'), links.screen],
    [`${t('fac.links.join')} (${joinCode})`, links.join],
    ...links.hosts.map((h): [string, string] => [t('table.n', { n: h.table }), h.url]),
  ];
  const copyAll = (): void => {
    const text = [title, ...rows.map(([label, url]) => `${label}: ${url}`)].join('\n');
    void copyText(text).then(setCopied);
  };
  return (
    <section className="panel" aria-labelledby="created-h" data-testid="created-links">
      <h2 id="created-h">{t('org.created')}</h2>
      <p className="notice" role="note" data-testid="save-links-note">
        <strong>{t('org.saveLinks')}</strong>
      </p>
      <p>
        <a className="btn btn-primary" href={links.facilitator}>
          {t('org.openFacilitator')}
        </a>{' '}
        <button type="button" className="btn" onClick={copyAll}>
          {copied ? t('common.copied') : t('org.copyLinks')}
        </button>
      </p>
      <dl>
        {rows.map(([label, url]) => (
          <div key={url}>
            <dt>{label}</dt>
            <dd>
              <a href={url}>{url}</a>
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
