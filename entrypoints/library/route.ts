// The library's sections, addressed by the URL hash (#who, #disputed, #factchecks, #dismissed, #settings, #export).
export type Route = 'annotations' | 'who' | 'disputed' | 'factchecks' | 'dismissed' | 'settings' | 'export';

export const ROUTES: readonly { route: Route; label: string }[] = [
  { route: 'annotations', label: 'All annotations' },
  { route: 'who', label: 'Who said what' },
  { route: 'disputed', label: 'Disputed' },
  { route: 'factchecks', label: 'Fact-checks' },
  { route: 'dismissed', label: 'Dismissed' },
  { route: 'settings', label: 'Settings' },
  { route: 'export', label: 'Export & import' },
];

export function routeFromHash(hash: string): Route {
  const h = hash.replace(/^#/, '');
  return ROUTES.some((r) => r.route === h) ? (h as Route) : 'annotations';
}
