/**
 * The service worker (built by scripts/build-sw.mjs into dist/client/sw.js, scope /). Serwist
 * precaches the shell's files (scripts and styles under /_astro/ except the editor's, the offline
 * page, the manifest, the icon) with revisions from the build. Pages and files a learner saved
 * (src/components/offline/save-course.ts puts them in LESSON_CACHE) are answered network first and
 * from the cache when the network fails; a saved page is refreshed whenever it is fetched online, and
 * every saved page is fetched again when a new build activates (its HTML names the new build's
 * files). Nothing else is cached: browsing online does not fill the device. A navigation that fails
 * with nothing saved gets the offline page. Background Sync sends the queue when the network returns.
 * See docs/decisions/0017-offline-sync.md.
 */
import { NetworkFirst, Serwist, type PrecacheEntry } from 'serwist';
import { LESSON_CACHE, SYNC_TAG } from '#components/offline/store.ts';
import { flushQueue } from '#components/offline/sync-client.ts';

declare const self: ServiceWorkerGlobalScope & { __SW_MANIFEST: (PrecacheEntry | string)[] | undefined };
/** A digest of the build's pages, replaced at build time, so a new build's worker differs even when no asset changed. */
declare const __BUILD_ID__: string;

/** Network first for saved pages and files; only what is already saved is updated. */
const saved = new NetworkFirst({
  cacheName: LESSON_CACHE,
  networkTimeoutSeconds: 5,
  matchOptions: { ignoreSearch: true, ignoreVary: true },
  plugins: [
    {
      cacheWillUpdate: async ({ request, response }) => {
        // A redirect (a private page, such as the quiz page, answered "sign in first") never replaces a saved copy.
        if (response.status !== 200 || response.redirected) return null;
        const cache = await caches.open(LESSON_CACHE);
        return (await cache.match(request, { ignoreSearch: true, ignoreVary: true })) ? response : null;
      },
    },
  ],
});

const serwist = new Serwist({
  precacheEntries: self.__SW_MANIFEST ?? [],
  precacheOptions: { cleanupOutdatedCaches: true, concurrency: 4 },
  skipWaiting: true,
  clientsClaim: true,
  navigationPreload: false,
  disableDevLogs: true,
  runtimeCaching: [
    {
      matcher: ({ url, request, sameOrigin }) =>
        sameOrigin && request.method === 'GET' && !url.pathname.startsWith('/api/') && !url.pathname.startsWith('/_actions/') && url.pathname !== '/sw.js' && !url.search.includes('_action='),
      handler: saved,
    },
  ],
  fallbacks: {
    entries: [
      { url: '/en/offline', matcher: ({ request }) => request.destination === 'document' && /^\/en(\/|$)/.test(new URL(request.url).pathname) },
      { url: '/offline', matcher: ({ request }) => request.destination === 'document' },
    ],
  },
});

/** After a new build activates: fetch every saved page and file again (a failure keeps the old copy). */
async function refreshSaved(): Promise<void> {
  const cache = await caches.open(LESSON_CACHE);
  for (const request of await cache.keys()) {
    try {
      const fresh = await fetch(request.url, { cache: 'no-cache', credentials: 'same-origin' });
      if (fresh.status === 200 && !fresh.redirected) await cache.put(request.url, fresh);
    } catch {
      return;
    }
  }
}

self.addEventListener('activate', (event) => {
  event.waitUntil(refreshSaved());
});

self.addEventListener('sync', (event) => {
  const e = event as ExtendableEvent & { tag?: string };
  if (e.tag === SYNC_TAG) e.waitUntil(flushQueue());
});

self.addEventListener('message', (event) => {
  if ((event.data as { type?: string } | null)?.type === 'build-id') event.ports[0]?.postMessage(__BUILD_ID__);
});

serwist.addEventListeners();
