import { describe, expect, it } from 'vitest';
import { genderOfFirstName } from './first-names';

describe('genderOfFirstName', () => {
  it('knows common given names that news names often ("Marco", "Marc", "Nate", "Megyn", "Dianne")', () => {
    expect(['marco', 'Marc', 'nate', 'trey', 'laurence', 'felipe'].map(genderOfFirstName)).toEqual(['m', 'm', 'm', 'm', 'm', 'm']);
    expect(['megyn', 'Dianne', 'jenna', 'laurie'].map(genderOfFirstName)).toEqual(['f', 'f', 'f', 'f']);
  });

  it('falls back on the -a ending, except for men’s names in -a', () => {
    expect(genderOfFirstName('Ghazala')).toBe('f');
    expect(genderOfFirstName('Luca')).toBe('m');
    expect(genderOfFirstName('Xyz')).toBeNull();
  });
});
