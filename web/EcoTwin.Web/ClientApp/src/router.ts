// History-API routing: /map (also /), /table, /flow, /profile/enterprise/{code}, /profile/source/{mn}.

export type Route =
  | { view: 'map'; focus?: string }
  | { view: 'table' }
  | { view: 'flow' }
  | { view: 'profile'; kind: 'enterprise' | 'source'; key: string };

export function parseRoute(location: Location): Route {
  const path = location.pathname.replace(/\/+$/, '') || '/';
  const profile = /^\/profile\/(enterprise|source)\/([^/]+)$/.exec(path);
  if (profile) return { view: 'profile', kind: profile[1] as 'enterprise' | 'source', key: decodeURIComponent(profile[2]) };
  if (path === '/table') return { view: 'table' };
  if (path === '/flow') return { view: 'flow' };
  const focus = new URLSearchParams(location.search).get('focus') ?? undefined;
  return { view: 'map', focus };
}

const listeners = new Set<() => void>();

export function navigate(url: string): void {
  if (url === location.pathname + location.search) return;
  history.pushState(null, '', url);
  for (const listener of listeners) listener();
}

export function onNavigate(listener: () => void): void {
  listeners.add(listener);
  window.addEventListener('popstate', listener);
}

/** Makes in-app links (<a data-nav>) navigate without reloading. */
export function interceptLinks(root: HTMLElement): void {
  root.addEventListener('click', event => {
    const anchor = (event.target as HTMLElement).closest('a[data-nav]') as HTMLAnchorElement | null;
    if (!anchor || event.ctrlKey || event.metaKey || event.shiftKey || event.button !== 0) return;
    event.preventDefault();
    navigate(anchor.getAttribute('href')!);
  });
}

export function profileUrl(kind: string, key: string): string | null {
  if (kind === 'enterprise' || kind === 'source') return `/profile/${kind}/${encodeURIComponent(key)}`;
  return null;
}
