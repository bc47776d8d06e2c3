import { AQI_TEXT, levelColor } from '../aqi';
import { logout, me } from '../auth';
import { h } from '../dom';
import { clock } from '../format';
import { lang, onLangChange, setLang, t, tx, type TextKey } from '../i18n';
import { live, type ConnectionState } from '../live/connection';
import { cityStats } from '../live/stats';
import { store } from '../live/store';
import { parseRoute } from '../router';

/** The header: city AQI, counts, clock (city time), connection state, nav and the language switch. */
export function mountHeader(root: HTMLElement): void {
  const aqiValue = h('span.aqi-value', { 'data-testid': 'city-aqi' }, '–');
  const aqiLabel = h('span.aqi-label');
  const aqiBox = h('div.city-aqi', null, h('span.caption', null), aqiValue, aqiLabel);
  const counters: Record<'online' | 'offline' | 'exceeding' | 'openAlarms', HTMLElement> = {
    online: h('b', { 'data-testid': 'count-online' }, '–'),
    offline: h('b', { 'data-testid': 'count-offline' }, '–'),
    exceeding: h('b', { 'data-testid': 'count-exceeding' }, '–'),
    openAlarms: h('b', { 'data-testid': 'count-alarms' }, '–'),
  };
  const counterBox = h('div.counters', null,
    ...(['online', 'offline', 'exceeding', 'openAlarms'] as const).map(k => h(`div.counter.counter-${k}`, null, counters[k], h('span', { 'data-text': k }))));
  const clockBox = h('div.clock', { 'data-testid': 'clock' });
  const connection = h('div.connection', { 'data-testid': 'connection' }, h('i'), h('span'));
  const navLinks = (['map', 'table', 'flow'] as const).map(view =>
    h('a', { href: view === 'map' ? '/map' : `/${view}`, 'data-nav': true, 'data-view': view, 'data-text': `nav_${view}` }));
  const langButton = h('button.lang', { type: 'button', 'data-testid': 'lang-switch', onclick: () => setLang(lang() === 'zh' ? 'en' : 'zh') });
  const user = h('div.user', { 'data-testid': 'user', title: `${me().name} (${me().role})` }, h('span', null, me().displayName ?? me().name),
    h('button', { type: 'button', 'data-text': 'logout', 'data-testid': 'logout', onclick: () => void logout() }));
  const brand = h('div.brand', null, h('span.logo', null, 'EcoTwin'), h('span.title', { 'data-text': 'title' }));
  root.append(brand, aqiBox, counterBox, h('nav', null, ...navLinks), h('div.spacer'), connection, clockBox, user, langButton);

  function texts(): void {
    for (const element of root.querySelectorAll<HTMLElement>('[data-text]')) {
      element.textContent = t(element.dataset.text as TextKey);
    }
    aqiBox.querySelector('.caption')!.textContent = t('cityAqi');
    langButton.textContent = t('lang');
    showState(live.state);
    stats();
  }

  function stats(): void {
    const s = cityStats(store.twins.values());
    aqiValue.textContent = s.aqi === null ? '–' : String(s.aqi);
    aqiBox.style.background = levelColor(s.aqiLevel);
    aqiBox.style.color = s.aqiLevel ? AQI_TEXT[s.aqiLevel] : '#fff';
    aqiBox.dataset.aqiLevel = String(s.aqiLevel ?? 0);
    aqiLabel.textContent = tx('level', s.aqiLevel ? String(s.aqiLevel) : 'none');
    aqiBox.title = s.fromCityTwin ? '' : lang() === 'zh' ? '各空气站AQI均值（城市孪生体未就绪）' : 'Mean of the air stations\' AQI (no city twin yet)';
    counters.online.textContent = String(s.online);
    counters.offline.textContent = String(s.offline);
    counters.exceeding.textContent = String(s.exceeding);
    counters.openAlarms.textContent = String(s.openAlarms);
  }

  function showState(state: ConnectionState): void {
    connection.dataset.state = state;
    connection.querySelector('span')!.textContent = tx('conn', state);
  }

  function markNav(): void {
    const view = parseRoute(location).view;
    for (const link of navLinks) link.classList.toggle('active', link.dataset.view === view);
  }

  let statsDue = 0;
  store.subscribe(() => {
    // The figures walk every twin: at most twice a second.
    if (statsDue) return;
    statsDue = window.setTimeout(() => {
      statsDue = 0;
      stats();
    }, 500);
  });
  live.onState(showState);
  onLangChange(texts);
  window.addEventListener('popstate', markNav);
  document.addEventListener('ecotwin:navigated', markNav);
  const tick = () => (clockBox.textContent = clock(new Date()));
  tick();
  setInterval(tick, 1000);
  texts();
  markNav();
  live.ready.then(stats);
}
