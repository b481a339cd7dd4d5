// The app shell's service worker, built into dist/sw.js by vite.config.ts (serviceWorkerPlugin), which fills in the
// version. It lets a tablet reload the app with no network: the page comes from this cache, its notes from the
// IndexedDB outbox, the workshop from its last known state (client/src/sync/lastKnownState.ts).
//
// - Pages (navigations): network first, so a new version shows at once when online; after NAVIGATION_TIMEOUT_MS or
//   an error, the cached shell. Every page route is the same index.html (the client routes itself; tokens live in
//   the fragment, which never reaches a server or this cache).
// - Built assets (/assets/, content-hashed): cache first; whatever the page loads is kept.
// - The API, socket.io and /healthz: never touched, never cached.

const VERSION = '__KAFE_VERSION__';
const CACHE = `kafe-shell-${VERSION}`;
const SHELL = '/index.html';
const ENTRY = /** @type {string[]} */ ('__KAFE_ENTRY__');
const STATIC = [
  '/manifest.webmanifest',
  '/favicon.svg',
  '/icons/icon-192.png',
  '/icons/icon-512.png',
  '/icons/icon-maskable-512.png',
  '/icons/apple-touch-icon.png',
];
const NAVIGATION_TIMEOUT_MS = 4000;

const isAsset = (url) => url.origin === self.location.origin && url.pathname.startsWith('/assets/');
const isLive = (url) => /^\/(api|socket\.io)\/|^\/healthz$/.test(url.pathname);

self.addEventListener('install', (event) => {
  // The shell and the entry files: the page that registered us has just loaded them, so they come from the HTTP cache.
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) => cache.addAll([SHELL, ...ENTRY, ...STATIC]))
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((names) =>
        Promise.all(names.filter((n) => n.startsWith('kafe-shell-') && n !== CACHE).map((n) => caches.delete(n))),
      )
      .then(() => self.clients.claim()),
  );
});

// The page tells us which built files it loaded before we controlled it (its lazy chunks, its language's texts).
self.addEventListener('message', (event) => {
  const data = event.data;
  if (!data || data.type !== 'kafe:keep' || !Array.isArray(data.urls)) return;
  const urls = data.urls
    .filter((u) => typeof u === 'string')
    .map((u) => new URL(u, self.location.origin))
    .filter(isAsset)
    .map((u) => u.pathname);
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll([...new Set(urls)])));
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin || isLive(url)) return;
  if (request.mode === 'navigate') {
    event.respondWith(page(request));
    return;
  }
  if (isAsset(url)) {
    event.respondWith(asset(request));
    return;
  }
  if (STATIC.includes(url.pathname)) event.respondWith(fresh(request));
});

/** Network first with a time limit (a venue Wi-Fi can hang rather than fail), then the cached shell. */
async function page(request) {
  const cache = await caches.open(CACHE);
  try {
    const response = await withTimeout(fetch(request), NAVIGATION_TIMEOUT_MS);
    if (response.ok && (response.headers.get('content-type') ?? '').includes('text/html')) {
      await cache.put(SHELL, response.clone());
    }
    return response;
  } catch {
    const shell = await cache.match(SHELL);
    return shell ?? Response.error();
  }
}

/** Content-hashed: a cached copy is always right. */
async function asset(request) {
  const cache = await caches.open(CACHE);
  const cached = await cache.match(request);
  if (cached) return cached;
  const response = await fetch(request);
  if (response.ok) await cache.put(request, response.clone());
  return response;
}

/** Small files with fixed names (manifest, icons): the network when it answers, the cache when it does not. */
async function fresh(request) {
  const cache = await caches.open(CACHE);
  try {
    const response = await fetch(request);
    if (response.ok) await cache.put(request, response.clone());
    return response;
  } catch {
    return (await cache.match(request)) ?? Response.error();
  }
}

function withTimeout(promise, ms) {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('timeout')), ms);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error) => {
        clearTimeout(timer);
        reject(error);
      },
    );
  });
}
