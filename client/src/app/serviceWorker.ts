/**
 * The app shell's service worker (client/sw/serviceWorker.js): a tablet can then reload the app with no network.
 * Browsers allow one only in a secure context (HTTPS, or localhost); elsewhere the app runs without it, and the
 * facilitator console says what that costs (ui/SecureContextNotice.tsx). Built code only: the dev server has no sw.js.
 */
export function registerServiceWorker(): void {
  if (!import.meta.env.PROD || !window.isSecureContext || !('serviceWorker' in navigator)) return;
  const register = (): void => {
    navigator.serviceWorker
      .register('/sw.js', { scope: '/' })
      .then(() => navigator.serviceWorker.ready)
      .then((registration) => {
        keepLoadedAssets(registration.active);
        // Chunks loaded before the worker took over went past it: tell it again once it controls the page.
        navigator.serviceWorker.addEventListener('controllerchange', () =>
          keepLoadedAssets(navigator.serviceWorker.controller),
        );
      })
      .catch(() => undefined); // no worker: the app works as before, only without the offline reload
  };
  if (document.readyState === 'complete') register();
  else window.addEventListener('load', register, { once: true });
}

/** The built files this page has loaded (its page chunk, its language's texts), for the worker to keep. */
function keepLoadedAssets(worker: ServiceWorker | null): void {
  const urls = performance
    .getEntriesByType('resource')
    .map((e) => e.name)
    .filter((u) => new URL(u).origin === location.origin && new URL(u).pathname.startsWith('/assets/'));
  worker?.postMessage({ type: 'kafe:keep', urls });
}
