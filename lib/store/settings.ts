// Reader settings: one record, always complete (stored values merged over the defaults).
import { DEFAULT_SETTINGS, type Settings } from '../model';
import { getDb } from './db';
import { StoreError, guard } from './errors';

const KEY = 'settings';

/** Stored (possibly older, partial) settings over the defaults, so new fields get their default. */
export function mergeSettings(stored: Partial<Settings> | undefined): Settings {
  const s = stored ?? {};
  return {
    ...DEFAULT_SETTINGS,
    ...s,
    showKinds: { ...DEFAULT_SETTINGS.showKinds, ...s.showKinds },
    colors: { ...DEFAULT_SETTINGS.colors, ...s.colors },
  };
}

export function getSettings(): Promise<Settings> {
  return guard('read the settings', async () => mergeSettings(await getDb().settings.get(KEY)));
}

/** Change some settings; returns the complete result. */
export function saveSettings(changes: Partial<Settings>): Promise<Settings> {
  return guard('save the settings', async () => {
    const db = getDb();
    return db.transaction('rw', db.settings, async () => {
      const current = mergeSettings(await db.settings.get(KEY));
      const next = mergeSettings({
        ...current,
        ...changes,
        showKinds: { ...current.showKinds, ...changes.showKinds },
        colors: { ...current.colors, ...changes.colors },
      });
      await db.settings.put(next, KEY);
      return next;
    });
  });
}

/** The stored settings record as it is (undefined when never saved), for backups and dumps. */
export function getStoredSettings(): Promise<Settings | undefined> {
  return guard('read the settings', () => getDb().settings.get(KEY));
}

/** Replace the stored settings record. */
export function replaceSettings(settings: Settings): Promise<void> {
  return guard('save the settings', async () => {
    await getDb().settings.put(settings, KEY);
  });
}

/** Add the reader's alias "always read <from> as <to>" (replacing one for the same name); returns the settings. */
export function addAlias(from: string, to: string): Promise<Settings> {
  return guard('save the alias', async () => {
    const db = getDb();
    const f = from.replace(/\s+/g, ' ').trim();
    const t = to.replace(/\s+/g, ' ').trim();
    if (!f || !t) throw new StoreError('invalid', 'An alias needs both names.');
    return db.transaction('rw', db.settings, async () => {
      const current = mergeSettings(await db.settings.get(KEY));
      const same = (x: string) => x.toLowerCase().replace(/^the /, '') === f.toLowerCase().replace(/^the /, '');
      const next = { ...current, aliases: [...current.aliases.filter((a) => !same(a.from)), { from: f, to: t }] };
      await db.settings.put(next, KEY);
      return next;
    });
  });
}
