import { lazy, Suspense, useEffect, type ComponentType } from 'react';
import { safeDecode } from '../sync/identity';
import { needTexts, useT, type TextArea } from '../ui/i18n';
import { launchTarget } from './launch';
import { usePathname } from './navigation';

/**
 * Each role's page is its own chunk, loaded together with the texts it uses: a phone downloads the participant page
 * and its texts in one language, nothing of the facilitator's.
 */
function page<P extends object>(load: () => Promise<{ default: ComponentType<P> }>, ...texts: TextArea[]) {
  return lazy(() => Promise.all([load(), needTexts(...texts)]).then(([m]) => m));
}

const FacilitatorPage = page(
  () => import('../facilitator/FacilitatorPage'),
  'host',
  'participant',
  'plenary',
  'harvest',
  'photos',
  'groups',
);
const HostCardsPage = page(() => import('../facilitator/tables/HostCardsPage'));
const TableCardsPage = page(() => import('../facilitator/tables/TableCardsPage'), 'participant');
const ScreenPage = page(() => import('../screen/ScreenPage'), 'plenary', 'participant', 'photos');
const HostPage = page(() => import('../host/HostPage'), 'host', 'participant', 'photos');
const ParticipantPage = page(() => import('../participant/ParticipantPage'), 'participant', 'photos');
const OrganiserPage = page(() => import('../organiser/OrganiserPage'), 'groups');

export function Routes() {
  const path = usePathname().replace(/\/+$/, '') || '/';
  const join = /^\/join(?:\/([^/]+))?$/.exec(path);
  const page = (() => {
    if (path === '/facilitator') return <FacilitatorPage />;
    if (path === '/facilitator/cards') return <HostCardsPage />;
    if (path === '/facilitator/tables') return <TableCardsPage />;
    if (path === '/screen') return <ScreenPage />;
    if (path === '/host') return <HostPage />;
    if (join) return <ParticipantPage code={join[1] ? safeDecode(join[1]) : null} />;
    if (path === '/organiser' || path === '/') return <OrganiserPage />;
    if (path === '/launch') return <Launch />;
    return <NotFound />;
  })();
  return <Suspense fallback={<Loading />}>{page}</Suspense>;
}

/** The installed app's start page: on to this device's last table host or participant page. */
function Launch() {
  useEffect(() => location.replace(launchTarget()), []);
  return <Loading />;
}

function Loading() {
  const t = useT();
  return (
    <main className="shell-main">
      <p className="notice" role="status">
        {t('common.loading')}
      </p>
    </main>
  );
}

function NotFound() {
  const t = useT();
  return (
    <main className="shell-main">
      <h1>{t('notfound.title')}</h1>
      <p>
        {t('notfound.body')} <a href="/join">/join</a>.
      </p>
    </main>
  );
}
