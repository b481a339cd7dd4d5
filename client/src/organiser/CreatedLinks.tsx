import { useEffect, useRef, useState } from 'react';
import type { WorkshopLinks } from '@kafe/shared/protocol';
import { copyText } from '../ui/clipboard';
import { useT } from '../ui/i18n';

/**
 * A new workshop's links, shown once: they are not stored on this device (see storedWorkshops.ts), so the organiser is
 * told to save them now, and can copy them all in one go. Focus moves to its heading when it appears, so the organiser
 * (and a screen reader) meets the result, not a still-filled form.
 */
export function CreatedLinks({
  title,
  joinCode,
  links,
  onAnother,
}: {
  title: string;
  joinCode: string;
  links: WorkshopLinks;
  onAnother: () => void;
}) {
  const t = useT();
  const [copied, setCopied] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  const section = useRef<HTMLElement>(null);
  useEffect(() => {
    heading.current?.focus({ preventScroll: true });
    section.current?.scrollIntoView({ block: 'start' });
  }, []);
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
    <section className="panel" aria-labelledby="created-h" data-testid="created-links" ref={section}>
      <h2 id="created-h" ref={heading} tabIndex={-1}>
        {t('org.created')}
      </h2>
      <p className="notice" role="note" data-testid="save-links-note">
        <strong>{t('org.saveLinks')}</strong>
      </p>
      <p>
        <a className="btn btn-primary" href={links.facilitator}>
          {t('org.openFacilitator')}
        </a>{' '}
        <button type="button" className="btn" onClick={copyAll}>
          {copied ? t('common.copied') : t('org.copyLinks')}
        </button>{' '}
        <button type="button" className="btn" data-testid="create-another" onClick={onAnother}>
          {t('org.another')}
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
