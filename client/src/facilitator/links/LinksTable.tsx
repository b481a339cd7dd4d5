import { useState } from 'react';
import { copyText } from '../../ui/clipboard';
import { useT } from '../../ui/i18n';
import { ReplaceLink, type LinkTarget } from './ReplaceLink';

export interface LinkRow {
  /** Who opens the link: «Bord 3», «Storskjerm». */
  who: string;
  url: string;
  /** What «Ny lenke» replaces; none for the join link (the join code stays for the whole workshop). */
  target: LinkTarget | null;
}

/**
 * The links as one table, a row per device: who | the link | Kopier | Ny lenke. Twelve tables read as twelve lines,
 * and the buttons line up instead of wrapping under each other.
 */
export function LinksTable({ rows, caption }: { rows: LinkRow[]; caption: string }) {
  const t = useT();
  return (
    <table className="links-table" data-testid="links-table">
      <caption className="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t('fac.links.who')}</th>
          <th scope="col">{t('fac.links.link')}</th>
          <th scope="col">
            <span className="visually-hidden">{t('common.copy')}</span>
          </th>
          <th scope="col">
            <span className="visually-hidden">{t('fac.links.replace')}</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.url} data-testid="link-row">
            <th scope="row">{row.who}</th>
            <td className="links-url">
              <a href={row.url} target="_blank" rel="noreferrer">
                {shownUrl(row.url)}
              </a>
            </td>
            <td>
              <CopyButton url={row.url} who={row.who} />
            </td>
            <td>{row.target && <ReplaceLink target={row.target} who={row.who} />}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/**
 * The link without its token: enough to see which address and page it is, while the laptop's screen may be on the
 * projector. The token travels with Kopier and the link itself.
 */
function shownUrl(url: string): string {
  const u = new URL(url);
  return `${u.host}${u.pathname}${u.hash ? '#…' : ''}`;
}

function CopyButton({ url, who }: { url: string; who: string }) {
  const t = useT();
  const [copied, setCopied] = useState(false);
  const copy = (): void => {
    void copyText(url).then((ok) => {
      if (!ok) return;
      setCopied(true);
      setTimeout(() => setCopied(false), 1500);
    });
  };
  return (
    <button type="button" className="btn btn-small" onClick={copy} aria-label={`${t('common.copy')}: ${who}`}>
      {copied ? t('common.copied') : t('common.copy')}
    </button>
  );
}
