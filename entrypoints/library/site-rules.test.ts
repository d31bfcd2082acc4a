import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '@/lib/model';
import { hasSiteRule, normalizeSite, setSiteRule, siteAuto, sitesToList } from '@/lib/site-rules';
import { formatTags, parseTags } from './tags-input';
import { routeFromHash } from './route';

describe('site rules', () => {
  it('explicit per-site choices override the global switch', () => {
    const s = { ...DEFAULT_SETTINGS, ...setSiteRule(DEFAULT_SETTINGS, 'a.example', false) };
    expect(siteAuto(s, 'a.example')).toBe(false);
    expect(siteAuto(s, 'b.example')).toBe(true);
    const off = { ...s, autoAnalyze: false, ...setSiteRule(s, 'b.example', true) };
    expect(siteAuto(off, 'b.example')).toBe(true);
    expect(siteAuto(off, 'c.example')).toBe(false);
    expect(hasSiteRule(off, 'a.example')).toBe(true);
    const cleared = { ...off, ...setSiteRule(off, 'a.example', null) };
    expect(hasSiteRule(cleared, 'a.example')).toBe(false);
    expect(cleared.enabledSites).toEqual(['b.example']);
  });

  it('normalises typed sites and lists known sites with rules', () => {
    expect(normalizeSite(' https://www.News.Example/world?x=1 ')).toBe('news.example');
    expect(normalizeSite('bbc.co.uk')).toBe('bbc.co.uk');
    expect(normalizeSite('not a site')).toBe('');
    expect(normalizeSite('')).toBe('');
    expect(sitesToList(['b.example', 'a.example'], { ...DEFAULT_SETTINGS, disabledSites: ['c.example', 'a.example'] })).toEqual([
      'a.example', 'b.example', 'c.example',
    ]);
  });
});

describe('tags input and routes', () => {
  it('parses comma separated and #hash tags', () => {
    expect(parseTags('war, talks #ukraine, war')).toEqual(['war', 'talks', 'ukraine']);
    expect(parseTags('  ')).toEqual([]);
    expect(formatTags(['a', 'b'])).toBe('a, b');
  });

  it('maps hashes to sections', () => {
    expect(routeFromHash('#who')).toBe('who');
    expect(routeFromHash('#nope')).toBe('annotations');
    expect(routeFromHash('')).toBe('annotations');
  });
});
