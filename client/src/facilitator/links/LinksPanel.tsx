import { useState } from 'react';
import { useWorkshop } from '../../sync/hooks';
import { copyText } from '../../ui/clipboard';
import { useT } from '../../ui/i18n';
import { QrCode } from '../../ui/QrCode';
import { ReplaceLink } from './ReplaceLink';

function CopyLink({ url, label }: { url: string; label: string }) {
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
    <div className="copy-link">
      <a href={url} target="_blank" rel="noreferrer">
        {label}
      </a>
      <button type="button" className="btn btn-small" onClick={copy} aria-label={`${t('common.copy')}: ${label}`}>
        {copied ? t('common.copied') : t('common.copy')}
      </button>
    </div>
  );
}

/** The workshop's links with QR codes (the facilitator's own one too, replaceable), and the printable host cards. */
export function LinksPanel() {
  const t = useT();
  const links = useWorkshop((s) => s.links);
  const joinCode = useWorkshop((s) => s.joinCode);
  const joinUrl = useWorkshop((s) => s.joinUrl);
  if (!links) return <p className="help">{t('fac.links.missing')}</p>;
  return (
    <div className="links">
      <div className="links-qr">
        <figure>
          <QrCode value={joinUrl ?? links.join} label={`${t('fac.links.join')}: ${links.join}`} size={180} />
          <figcaption>
            {t('fac.links.join')}: <strong className="code">{joinCode}</strong>
          </figcaption>
        </figure>
        <figure>
          <QrCode value={links.screen} label={t('fac.links.screen')} size={180} />
          <figcaption>{t('fac.links.screen')}</figcaption>
        </figure>
      </div>
      <CopyLink url={links.join} label={`${t('fac.links.join')} (${joinCode})`} />
      <div className="link-row">
        <CopyLink url={links.screen} label={t('fac.links.screen')} />
        <ReplaceLink target={{ role: 'screen' }} who={t('fac.links.screen')} />
      </div>
      <div className="link-row">
        <CopyLink url={links.facilitator} label={t('fac.links.facilitator')} />
        <ReplaceLink target={{ role: 'facilitator' }} who={t('fac.links.facilitator')} />
      </div>
      <h3>{t('fac.links.hosts')}</h3>
      <ul className="host-links">
        {links.hosts.map((h) => (
          <li key={h.table}>
            <CopyLink url={h.url} label={t('table.n', { n: h.table })} />
            <ReplaceLink target={{ role: 'host', table: h.table }} who={t('table.n', { n: h.table })} />
          </li>
        ))}
      </ul>
      <a className="btn" href={`/facilitator/cards${location.search}${location.hash}`} target="_blank" rel="noreferrer">
        {t('fac.links.printHosts')}
      </a>
      <a
        className="btn"
        href={`/facilitator/tables${location.search}${location.hash}`}
        target="_blank"
        rel="noreferrer"
      >
        {t('participant.fac.links')}
      </a>
    </div>
  );
}
