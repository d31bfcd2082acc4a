import { DEFAULT_SETTINGS } from '@/lib/model';
import { pageSettings } from './handlers';

describe('pageSettings', () => {
  it('leaves the reader’s aliases and reading-memory choices out of what a page gets', () => {
    const s = { ...DEFAULT_SETTINGS, aliases: [{ from: 'Mr X', to: 'Xavier Y' }], rememberReading: true, readingRetentionDays: 90 };
    const page = pageSettings(s);
    expect(page).not.toHaveProperty('aliases');
    expect(page).not.toHaveProperty('rememberReading');
    expect(page).not.toHaveProperty('readingRetentionDays');
    expect(page).toEqual({ autoAnalyze: true, disabledSites: [], enabledSites: [], showKinds: s.showKinds, colors: s.colors });
  });
});
