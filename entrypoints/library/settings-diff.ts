// What importing a backup's settings would change, in the words of the Settings view, so the reader
// can choose between their own settings and the file's.
import { KINDS, type Settings } from '@/lib/model';
import { KIND_LABEL, KIND_PLURAL } from '@/components/kinds';

export interface SettingChange {
  /** The setting, as the Settings view names it. */
  label: string;
  /** Its value now, and in the file, as words. */
  mine: string;
  theirs: string;
}

const onOff = (v: boolean) => (v ? 'on' : 'off');
const list = (sites: readonly string[]) => (sites.length ? sites.join(', ') : 'none');
const cut = (s: string, max = 300) => (s.length > max ? `${s.slice(0, max)}…` : s);
/** The reader's aliases as the Settings view lists them ("Mr X → Xavier Y"), in a stable order. */
const aliases = (list: Settings['aliases'] | undefined) =>
  list?.length ? cut(list.map((a) => `${a.from} → ${a.to}`).sort((x, y) => x.localeCompare(y)).join('; ')) : 'none';
const days = (d: number) => (d === 365 ? 'a year' : `${d} days`);
const shown = (v: unknown) => {
  const s = JSON.stringify(v) ?? 'nothing';
  return s.length > 80 ? `${s.slice(0, 80)}…` : s;
};

/** The settings that differ between the reader's and the file's (none: the file changes nothing). */
export function settingsChanges(mine: Settings, theirs: Settings): SettingChange[] {
  const changes: SettingChange[] = [];
  const add = (label: string, a: string, b: string) => {
    if (a !== b) changes.push({ label, mine: a, theirs: b });
  };
  add('Analyse articles automatically', onOff(mine.autoAnalyze), onOff(theirs.autoAnalyze));
  add('Sites where analysis is off', list(mine.disabledSites), list(theirs.disabledSites));
  add('Sites where analysis is on', list(mine.enabledSites), list(theirs.enabledSites));
  for (const k of KINDS) add(`Show ${KIND_PLURAL[k].toLowerCase()} on pages`, onOff(mine.showKinds[k]), onOff(theirs.showKinds[k]));
  for (const k of KINDS) add(`${KIND_LABEL[k]} colour`, mine.colors[k], theirs.colors[k]);
  add('Names: always read … as …', aliases(mine.aliases), aliases(theirs.aliases));
  add('Remember what Claimlight finds on the pages I read', onOff(mine.rememberReading), onOff(theirs.rememberReading));
  add('Forget findings after', days(mine.readingRetentionDays), days(theirs.readingRetentionDays));
  // Settings this view does not know by name (added later) are compared as they are stored.
  const known = new Set(['autoAnalyze', 'disabledSites', 'enabledSites', 'showKinds', 'colors', 'aliases', 'rememberReading', 'readingRetentionDays']);
  const a = new Map(Object.entries(mine));
  const b = new Map(Object.entries(theirs));
  for (const key of new Set([...a.keys(), ...b.keys()])) if (!known.has(key)) add(key, shown(a.get(key)), shown(b.get(key)));
  return changes;
}
