import { DEFAULT_SETTINGS } from '../model';
import { getSettings, saveSettings } from './index';
import { useFreshDb } from './test-support';

beforeEach(() => {
  useFreshDb();
});

describe('settings', () => {
  it('starts from the defaults and merges changes, nested ones too', async () => {
    expect(await getSettings()).toEqual(DEFAULT_SETTINGS);
    const s = await saveSettings({ autoAnalyze: false, colors: { ...DEFAULT_SETTINGS.colors, quote: 'red' } });
    expect(s.autoAnalyze).toBe(false);
    expect(s.colors.quote).toBe('red');
    expect(s.colors.claim).toBe(DEFAULT_SETTINGS.colors.claim);
    expect(await getSettings()).toEqual(s);
  });

  it('fills fields missing from an older stored record with defaults', async () => {
    const db = useFreshDb();
    await db.settings.put({ autoAnalyze: false } as never, 'settings');
    const s = await getSettings();
    expect(s.autoAnalyze).toBe(false);
    expect(s.showKinds).toEqual(DEFAULT_SETTINGS.showKinds);
    expect(s.disabledSites).toEqual([]);
  });

  it('surfaces an unavailable database as a StoreError', async () => {
    const db = useFreshDb();
    db.close({ disableAutoOpen: true });
    await expect(getSettings()).rejects.toMatchObject({ name: 'StoreError', code: 'unavailable' });
  });
});
