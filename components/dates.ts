// Dates as readers see them in lists: "27 Nov 2026".
const FORMAT = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', year: 'numeric' });

export function shortDate(ms: number): string {
  return Number.isFinite(ms) ? FORMAT.format(new Date(ms)) : '';
}
