// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { hintCategory } from './class-hints';

function el(tag: string, attrs: Record<string, string>): Element {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
  return e;
}

describe('class/id hints', () => {
  it.each([
    ['header-ad', 'ad'],
    ['ad-slot ad-slot--inline', 'ad'],
    ['adsbygoogle', 'ad'],
    ['ad_300x250', 'ad'],
    ['ad300x250', 'ad'],
    ['article__share-bar', 'share'],
    ['inline-signup', 'newsletter'],
    ['more-on-this-story', 'related'],
    ['comments-area', 'comments'],
    ['story-meta', 'meta'],
    ['pullquote', 'caption'],
    ['ot-banner cookie-banner', 'consent'],
    ['visually-hidden', 'hidden'],
    ['hidden', 'hidden'],
  ])('class "%s" is %s', (cls, category) => {
    expect(hintCategory(el('div', { class: cls }))).toBe(category);
  });

  it('splits camelCase and reads ids and custom element names', () => {
    expect(hintCategory(el('div', { class: 'headerAd' }))).toBe('ad');
    expect(hintCategory(el('div', { id: 'div-gpt-ad-leaderboard' }))).toBe('ad');
    expect(hintCategory(el('div', { id: 'dfp-mpu-1' }))).toBe('ad');
    expect(hintCategory(document.createElement('amp-ad'))).toBe('ad');
  });

  it.each(['heading', 'shadow-text', 'address', 'story-body', 'article__content', 'loaded', 'hidden-xs', 'headline', 'standfirst', 'ad-free', 'no-ads', 'entry-content'])(
    'class "%s" is not clutter',
    (cls) => {
      expect(hintCategory(el('div', { class: cls }))).toBeNull();
    },
  );

  it('ignores elements without class, id or custom name', () => {
    expect(hintCategory(document.createElement('p'))).toBeNull();
  });
});
