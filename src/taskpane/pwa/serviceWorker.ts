/**
 * The service worker of the demo (the pane in a plain browser), built by webpack as sw.js at the
 * root of the site: once the page has been opened, every file it needs is in a cache, so the
 * page opens, fills and downloads a livret with the network off, and can be installed.
 *
 * Nothing is sent anywhere: the worker only answers GET requests of its own origin, from its
 * cache or from that same origin; the page's Content-Security-Policy (connect-src 'self') still
 * applies to everything the page does. Documents opened from the device never go through here:
 * they are read with the File API in the page and never requested over HTTP.
 *
 * Written by hand rather than with Workbox: a fixed list to precache, cache-first for files,
 * network-first for the page, is all the demo needs, in a few lines without a build dependency.
 */

// The DOM and WebWorker libs cannot both be in the project's tsconfig: the few types used here.
interface ExtendableEvent extends Event {
  waitUntil(promise: Promise<unknown>): void;
}
interface FetchEvent extends ExtendableEvent {
  readonly request: Request;
  respondWith(response: Promise<Response> | Response): void;
}
interface ExtendableMessageEvent extends ExtendableEvent {
  readonly data: unknown;
  readonly ports: readonly MessagePort[];
}
interface WorkerScope {
  readonly location: Location;
  readonly caches: CacheStorage;
  readonly clients: { claim(): Promise<void> };
  skipWaiting(): Promise<void>;
  addEventListener(type: "install" | "activate", listener: (event: ExtendableEvent) => void): void;
  addEventListener(type: "fetch", listener: (event: FetchEvent) => void): void;
  addEventListener(type: "message", listener: (event: ExtendableMessageEvent) => void): void;
}

declare const self: WorkerScope;

// A module, so that `self` above shadows the DOM global instead of redeclaring it.
export {};

/**
 * Replaced at build time (webpack.config.js, PrecacheListPlugin) by the JSON of
 * { version, files }: the build's hash and the emitted files the page needs.
 */
const BUILD: { readonly version: string; readonly files: readonly string[] } = JSON.parse(
  "__LIVRET_PRECACHE__",
) as { version: string; files: string[] };

const PREFIX = "livret-pfmp-";
const CACHE = `${PREFIX}${BUILD.version}`;
const PAGE = "taskpane.html";

function sameOrigin(url: string): boolean {
  return new URL(url, self.location.href).origin === self.location.origin;
}

self.addEventListener("install", (event) => {
  event.waitUntil(
    self.caches
      .open(CACHE)
      .then((cache) => cache.addAll(BUILD.files.map((f) => new URL(f, self.location.href).href)))
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    self.caches
      .keys()
      .then((keys) =>
        Promise.all(
          keys.filter((k) => k.startsWith(PREFIX) && k !== CACHE).map((k) => self.caches.delete(k)),
        ),
      )
      // Control the page that registered us: what it loads from now on is cached too.
      .then(() => self.clients.claim()),
  );
});

async function fromNetworkThenCache(request: Request): Promise<Response> {
  const cache = await self.caches.open(CACHE);
  try {
    const response = await fetch(request);
    if (response.ok) await cache.put(request, response.clone());
    return response;
  } catch (error) {
    const cached =
      (await cache.match(request, { ignoreSearch: true })) ??
      (await cache.match(new URL(PAGE, self.location.href).href));
    if (cached !== undefined) return cached;
    throw error;
  }
}

async function fromCacheThenNetwork(request: Request): Promise<Response> {
  const cache = await self.caches.open(CACHE);
  const cached = await cache.match(request, { ignoreSearch: true });
  if (cached !== undefined) return cached;
  const response = await fetch(request);
  if (response.ok) await cache.put(request, response.clone());
  return response;
}

self.addEventListener("fetch", (event) => {
  const { request } = event;
  if (request.method !== "GET" || !sameOrigin(request.url)) return;
  // The page: fresh when online (a new build shows at once), the cached copy when offline.
  event.respondWith(
    request.mode === "navigate" ? fromNetworkThenCache(request) : fromCacheThenNetwork(request),
  );
});

/**
 * The page sends the files it loaded before the worker controlled it (office.js loads its own
 * scripts at run time, so no build-time list can name them all); they are cached, then the
 * worker answers on the message's port.
 */
self.addEventListener("message", (event) => {
  const data = event.data as { type?: string; urls?: unknown };
  if (data?.type !== "cache-urls" || !Array.isArray(data.urls)) return;
  const urls = data.urls.filter((u): u is string => typeof u === "string" && sameOrigin(u));
  event.waitUntil(
    self.caches
      .open(CACHE)
      .then((cache) =>
        Promise.all(
          urls.map((url) =>
            cache
              .match(url, { ignoreSearch: true })
              .then((hit) =>
                hit !== undefined ? undefined : cache.add(url).catch(() => undefined),
              ),
          ),
        ),
      )
      .then(() => event.ports[0]?.postMessage({ type: "cached", count: urls.length })),
  );
});
