import { useWorkshop } from '../../sync/hooks';
import { useT } from '../../ui/i18n';
import { useJoinLink } from '../../ui/joinLink';
import { QrCode } from '../../ui/QrCode';
import { LinksTable, type LinkRow } from './LinksTable';

/**
 * The workshop's links with QR codes (the facilitator's own one too, replaceable), and the printable host cards. The
 * panel spans the console's width: the QR codes beside a table with a row per link.
 */
export function LinksPanel() {
  const t = useT();
  const links = useWorkshop((s) => s.links);
  const joinCode = useWorkshop((s) => s.joinCode);
  // The join link as phones should get it: with ?lang= for a nynorsk or English workshop (joinLink.ts).
  const joinLink = useJoinLink();
  if (!links) return <p className="help">{t('fac.links.missing')}</p>;
  const rows: LinkRow[] = [
    { who: `${t('fac.links.join')} (${joinCode ?? ''})`, url: joinLink ?? links.join, target: null },
    { who: t('fac.links.screen'), url: links.screen, target: { role: 'screen' } },
    { who: t('fac.links.facilitator'), url: links.facilitator, target: { role: 'facilitator' } },
    ...links.hosts.map((h): LinkRow => ({
      who: t('table.n', { n: h.table }),
      url: h.url,
      target: { role: 'host', table: h.table },
    })),
  ];
  return (
    <div className="links">
      <div className="links-qr">
        <figure>
          <QrCode value={joinLink ?? links.join} label={`${t('fac.links.join')}: ${links.join}`} size={180} />
          <figcaption>
            {t('fac.links.join')}: <strong className="code">{joinCode}</strong>
          </figcaption>
        </figure>
        <figure>
          <QrCode value={links.screen} label={t('fac.links.screen')} size={180} />
          <figcaption>{t('fac.links.screen')}</figcaption>
        </figure>
      </div>
      <div className="links-list">
        <LinksTable rows={rows} caption={t('fac.links')} />
        <div className="btn-row">
          <a
            className="btn"
            href={`/facilitator/cards${location.search}${location.hash}`}
            target="_blank"
            rel="noreferrer"
          >
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
      </div>
    </div>
  );
}
