import { describe, expect, it } from 'vitest';
import { readingLength, solidLength } from './solid-length';

describe('solidLength / readingLength', () => {
  it('counts non-space characters', () => {
    expect(solidLength(' a b\u00a0c\n')).toBe(3);
    expect(readingLength(' a b\u00a0c\n')).toBe(3);
  });

  it('weighs Chinese, Japanese and Korean characters as three for reading text', () => {
    expect(solidLength('公交时刻表')).toBe(5);
    expect(readingLength('公交时刻表')).toBe(15);
    expect(readingLength('バス 버스')).toBe(12);
    expect(readingLength('bus，公交。')).toBe(3 + 1 + 6 + 1); // punctuation counts one
  });
});
