import { describe, expect, it } from 'vitest';
import { analyze } from './index';

const quotes = (text: string) => analyze(text).filter((f) => f.kind === 'quote').map((f) => f.text);

describe('terms in quotation marks', () => {
  it('drops terms and rating scales but keeps short quotes with a speaker', () => {
    const text = [
      'It began cutting power during winds, a practice known as “public safety power shutoff”.',
      'Prosecutors say he changed the rating from “poor” to “fair”.',
      'Ms Ada Lowe called the plan “a disgrace”.',
    ].join('\n\n');
    expect(quotes(text)).toEqual(['a disgrace']);
  });
});
