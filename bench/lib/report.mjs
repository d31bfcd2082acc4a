// The result table: rows of figure | ours | baseline | ratio | goal | met?, as text and markdown.

/**
 * A row. `kind` says how the ratio reads: 'speedup' = baseline / ours (higher is better),
 * 'ratio' = ours / baseline (lower is better). `goal` is a predicate on the ratio with its label;
 * null when the figure is reported for information only.
 */
export function row(figure, ours, baseline, { unit = 'ms', kind = 'speedup', goal = null, note = '' } = {}) {
  const ratio = kind === 'speedup' ? baseline / ours : ours / baseline;
  const met = goal ? goal.test(ratio) : null;
  return { figure, ours, baseline, unit, kind, ratio, goal: goal?.label ?? '—', met, note };
}

export const atLeast = (x, what = 'faster') => ({ label: `≥ ${x}× ${what}`, test: (r) => r >= x });
export const atMost = (x) => ({ label: `ratio ≤ ${x}`, test: (r) => r <= x });

const fmtNum = (v, unit) => {
  if (typeof v === 'string') return v;
  if (!Number.isFinite(v)) return 'n/a';
  if (unit === 'bytes') return `${(v / 1000).toFixed(1)} kB`;
  if (unit === 'MB') return `${v.toFixed(2)} MB`;
  if (unit === 'ms') return v >= 1000 ? `${(v / 1000).toFixed(2)} s` : `${v.toFixed(v < 10 ? 2 : 1)} ms`;
  return String(Math.round(v * 100) / 100) + (unit ? ` ${unit}` : '');
};

const fmtRatio = (r) => (!Number.isFinite(r) ? 'n/a' : `${r >= 100 ? r.toFixed(0) : r.toFixed(2)}×`);

function cells(r) {
  const ratio = r.kind === 'speedup' ? `${fmtRatio(r.ratio)} faster` : fmtRatio(r.ratio);
  return [r.figure + (r.note ? ` (${r.note})` : ''), fmtNum(r.ours, r.unit), fmtNum(r.baseline, r.unit), ratio, r.goal, r.met === null ? '—' : r.met ? 'yes' : 'NO'];
}

const HEAD = ['figure', 'ours', 'baseline', 'ratio', 'goal', 'met?'];

export function textTable(rows) {
  const all = [HEAD, ...rows.map(cells)];
  const widths = HEAD.map((_, i) => Math.max(...all.map((c) => c[i].length)));
  return all.map((c) => c.map((x, i) => x.padEnd(widths[i])).join(' | ')).join('\n');
}

export function markdownTable(rows) {
  const esc = (s) => s.replace(/\|/g, '\\|');
  return [`| ${HEAD.join(' | ')} |`, `|${HEAD.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${cells(r).map(esc).join(' | ')} |`)].join('\n');
}
