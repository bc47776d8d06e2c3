import './styles.css';
import './print.css';
import { loadMe } from './auth';
import { h } from './dom';
import { onLangChange } from './i18n';
import { live } from './live/connection';
import { store } from './live/store';
import { interceptLinks, onNavigate, parseRoute } from './router';
import { mark } from './perf';
import { installTestHook } from './testHook';
import { mountHeader } from './ui/header';
import { FlowView } from './views/flowView';
import { MapView } from './views/mapView';
import { ProfileView } from './views/profileView';
import { mountLogin } from './views/loginView';
import { TableView } from './views/tableView';

mark('script');
const app = document.getElementById('app')!;
if (await loadMe()) start();
else mountLogin(app);

/** The command UI for the signed-in user. */
function start(): void {
  const header = h('header.top', { 'data-testid': 'header' });
  const main = h('main.views');
  app.append(header, main);
  mountHeader(header);
  interceptLinks(app);

  let mapView: MapView | null = null;
  let tableView: TableView | null = null;
  let flowView: FlowView | null = null;
  let profile: ProfileView | null = null;

  function mapViewOnce(): MapView {
    if (!mapView) {
      mapView = new MapView();
      main.append(mapView.el);
      void mapView.start();
    }
    return mapView;
  }

  function show(): void {
    const route = parseRoute(location);
    profile?.destroy();
    profile?.el.remove();
    profile = null;
    tableView?.hidden();
    flowView?.hidden();
    for (const view of main.querySelectorAll<HTMLElement>(':scope > .view')) view.hidden = true;
    switch (route.view) {
      case 'map': {
        const view = mapViewOnce();
        view.el.hidden = false;
        view.shown(route.focus);
        break;
      }
      case 'table':
        if (!tableView) main.append((tableView = new TableView()).el);
        tableView.el.hidden = false;
        tableView.shown();
        break;
      case 'flow':
        if (!flowView) main.append((flowView = new FlowView()).el);
        flowView.el.hidden = false;
        flowView.shown();
        break;
      case 'profile':
        profile = new ProfileView(route.kind, route.key);
        main.append(profile.el);
        break;
    }
    document.body.dataset.view = route.view;
    document.dispatchEvent(new Event('ecotwin:navigated'));
  }

  // The live feed first: its negotiation and the snapshot download overlap the map's start-up.
  void live.start();
  onNavigate(show);
  onLangChange(() => profile?.render());
  show();
  installTestHook({ store, live, map: () => mapViewOnce(), mapIfCreated: () => mapView, flow: () => flowView });
}
