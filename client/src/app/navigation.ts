import { useSyncExternalStore } from 'react';

// Client-side navigation without a router library. Its own module so that pages can navigate without importing
// Routes.tsx, which imports every page.

const subscribe = (cb: () => void): (() => void) => {
  window.addEventListener('popstate', cb);
  return () => window.removeEventListener('popstate', cb);
};

/** Push a path and tell the app. */
export function navigate(path: string): void {
  history.pushState(null, '', path);
  window.dispatchEvent(new PopStateEvent('popstate'));
}

/** The current path, re-rendering on navigation and on the browser's back and forward buttons. */
export function usePathname(): string {
  return useSyncExternalStore(subscribe, () => location.pathname);
}
