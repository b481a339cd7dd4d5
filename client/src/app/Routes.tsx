import { lazy, Suspense, useSyncExternalStore } from 'react';
import { useT } from '../ui/i18n';

// Each role's page is its own chunk: a phone downloads the participant page and nothing of the facilitator's.
const FacilitatorPage = lazy(() => import('../facilitator/FacilitatorPage'));
const HostCardsPage = lazy(() => import('../facilitator/HostCardsPage'));
const TableCardsPage = lazy(() => import('../facilitator/TableCardsPage'));
const ScreenPage = lazy(() => import('../screen/ScreenPage'));
const HostPage = lazy(() => import('../host/HostPage'));
const ParticipantPage = lazy(() => import('../participant/ParticipantPage'));
const OrganiserPage = lazy(() => import('../organiser/OrganiserPage'));

const subscribe = (cb: () => void): (() => void) => {
  window.addEventListener('popstate', cb);
  return () => window.removeEventListener('popstate', cb);
};

/** Client-side navigation without a router library: push a path and tell the app. */
export function navigate(path: string): void {
  history.pushState(null, '', path);
  window.dispatchEvent(new PopStateEvent('popstate'));
}

function usePathname(): string {
  return useSyncExternalStore(subscribe, () => location.pathname);
}

export function Routes() {
  const path = usePathname().replace(/\/+$/, '') || '/';
  const join = /^\/join(?:\/([^/]+))?$/.exec(path);
  const page = (() => {
    if (path === '/facilitator') return <FacilitatorPage />;
    if (path === '/facilitator/cards') return <HostCardsPage />;
    if (path === '/facilitator/tables') return <TableCardsPage />;
    if (path === '/screen') return <ScreenPage />;
    if (path === '/host') return <HostPage />;
    if (join) return <ParticipantPage code={join[1] ? decodeURIComponent(join[1]) : null} />;
    if (path === '/organiser' || path === '/') return <OrganiserPage />;
    return <NotFound />;
  })();
  return <Suspense fallback={<Loading />}>{page}</Suspense>;
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
