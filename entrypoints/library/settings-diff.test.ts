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

  it('compares settings it does not know by name as they are stored', () => {
    const mine = { ...DEFAULT_SETTINGS, aliases: { a: 'b' } } as Settings;
    const theirs = { ...DEFAULT_SETTINGS, aliases: { a: 'c' } } as Settings;
    expect(settingsChanges(mine, theirs)).toEqual([{ label: 'aliases', mine: '{"a":"b"}', theirs: '{"a":"c"}' }]);
  });
});
