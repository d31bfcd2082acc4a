import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, type Settings } from '@/lib/model';
import { settingsChanges } from './settings-diff';

describe('settingsChanges', () => {
  it('is empty when the file would change nothing', () => {
    expect(settingsChanges(DEFAULT_SETTINGS, structuredClone(DEFAULT_SETTINGS))).toEqual([]);
  });

  it('names each change as the Settings view does, with both values', () => {
    const theirs: Settings = {
      ...DEFAULT_SETTINGS,
      autoAnalyze: false,
      disabledSites: ['news.example', 'blog.example'],
      showKinds: { ...DEFAULT_SETTINGS.showKinds, claim: false },
      colors: { ...DEFAULT_SETTINGS.colors, quote: '#123456' },
    };
    expect(settingsChanges(DEFAULT_SETTINGS, theirs)).toEqual([
      { label: 'Analyse articles automatically', mine: 'on', theirs: 'off' },
      { label: 'Sites where analysis is off', mine: 'none', theirs: 'news.example, blog.example' },
      { label: 'Show claims on pages', mine: 'on', theirs: 'off' },
      { label: 'Quote colour', mine: DEFAULT_SETTINGS.colors.quote, theirs: '#123456' },
    ]);
  });

  it('names the reader\'s aliases and reading memory as Settings does', () => {
    const theirs: Settings = {
      ...DEFAULT_SETTINGS,
      aliases: [{ from: 'Mr Trump', to: 'Donald Trump' }, { from: 'the ministry', to: 'Ministry of Health' }],
      rememberReading: true,
      readingRetentionDays: 365,
    };
    expect(settingsChanges(DEFAULT_SETTINGS, theirs)).toEqual([
      { label: 'Names: always read … as …', mine: 'none', theirs: 'Mr Trump → Donald Trump; the ministry → Ministry of Health' },
      { label: 'Remember what Claimlight finds on the pages I read', mine: 'off', theirs: 'on' },
      { label: 'Forget findings after', mine: '30 days', theirs: 'a year' },
    ]);
    // The same aliases in another order change nothing.
    expect(settingsChanges(theirs, { ...theirs, aliases: [...theirs.aliases].reverse() })).toEqual([]);
  });

  it('compares settings it does not know by name as they are stored', () => {
    const mine = { ...DEFAULT_SETTINGS, laterSetting: { a: 'b' } } as Settings;
    const theirs = { ...DEFAULT_SETTINGS, laterSetting: { a: 'c' } } as Settings;
    expect(settingsChanges(mine, theirs)).toEqual([{ label: 'laterSetting', mine: '{"a":"b"}', theirs: '{"a":"c"}' }]);
  });
});
