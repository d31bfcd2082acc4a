import type { Finding } from '../model';
import { aliasKey, applyAliases } from './aliases';
import { analyze } from './index';

const f = (over: Partial<Finding>): Finding => ({ kind: 'quote', start: 0, end: 4, text: 'text', reason: 'Said by Mr Trump', confidence: 0.9, ...over });

describe('aliasKey', () => {
  it.each([
    ['Mr Trump', 'mr trump'],
    ['  The   Kremlin ', 'kremlin'],
    ['the kremlin.', 'kremlin'],
    ['Élysée', 'elysee'],
    ['O’Brien', "o'brien"],
    ['Theresa May', 'theresa may'],
  ])('%j → %j', (name, key) => expect(aliasKey(name)).toBe(key));
});

describe('applyAliases', () => {
  const aliases = [
    { from: 'Mr Trump', to: 'Donald Trump' },
    { from: 'the Kremlin', to: 'Dmitry Peskov' },
  ];

  it('renames speakers, disputers and claimants the analysis gave, ignoring case and a leading "the"', () => {
    const out = applyAliases(
      [
        f({ speaker: 'mr trump' }),
        f({ kind: 'disputed', speaker: undefined, disputedBy: 'Kremlin', claimant: 'MR TRUMP', reason: 'Disputed by Kremlin' }),
        f({ speaker: 'Volodymyr Zelensky', reason: 'Said by Volodymyr Zelensky' }),
      ],
      aliases,
    );
    expect(out[0]).toMatchObject({ speaker: 'Donald Trump', reason: 'Said by Mr Trump (your alias: “mr trump” read as Donald Trump)' });
    expect(out[1]).toMatchObject({ disputedBy: 'Dmitry Peskov', claimant: 'Donald Trump' });
    expect(out[1]!.reason).toBe('Disputed by Kremlin (your alias: “Kremlin” read as Dmitry Peskov; “MR TRUMP” read as Donald Trump)');
    expect(out[2]).toEqual(f({ speaker: 'Volodymyr Zelensky', reason: 'Said by Volodymyr Zelensky' }));
  });

  it('leaves findings alone without aliases, with empty ones, and never changes its input', () => {
    const input = [f({ speaker: 'Mr Trump' })];
    expect(applyAliases(input, undefined)).toEqual(input);
    expect(applyAliases(input, [])).toEqual(input);
    expect(applyAliases(input, [{ from: ' ', to: 'X' }, { from: 'Mr Trump', to: '  ' }])).toEqual(input);
    applyAliases(input, aliases);
    expect(input[0]!.speaker).toBe('Mr Trump');
  });

  it('matches whole names only, and the first alias for a name wins', () => {
    const out = applyAliases([f({ speaker: 'Mr Trumpington' }), f({ speaker: 'Mr Trump' })], [...aliases, { from: 'mr trump', to: 'Someone else' }]);
    expect(out.map((x) => x.speaker)).toEqual(['Mr Trumpington', 'Donald Trump']);
  });

  it('keeps an alias saved for "Mr X" when the analysis names the same speaker "X"', () => {
    const out = applyAliases([f({ speaker: 'Rubel' }), f({ speaker: 'Ms Rubel' }), f({ speaker: 'Rubelson' })], [{ from: 'Mr. Rubel', to: 'Aaron Rubel' }]);
    expect(out.map((x) => x.speaker)).toEqual(['Aaron Rubel', 'Ms Rubel', 'Rubelson']);
    // an alias for the bare name comes first
    expect(applyAliases([f({ speaker: 'Rubel' })], [{ from: 'Mr Rubel', to: 'A' }, { from: 'Rubel', to: 'B' }])[0]!.speaker).toBe('B');
  });

  it('is applied by analyze() when the input carries aliases', () => {
    const text = '“We will not stop,” said Jo Banks. Banks spoke on Monday.';
    const plain = analyze({ text, blocks: [{ type: 'paragraph', start: 0, end: text.length }] });
    const speaker = plain.find((x) => x.kind === 'quote')?.speaker;
    expect(speaker).toBeTruthy();
    const aliased = analyze({ text, blocks: [{ type: 'paragraph', start: 0, end: text.length }], aliases: [{ from: speaker!, to: 'Joanna Banks' }] });
    expect(aliased.find((x) => x.kind === 'quote')?.speaker).toBe('Joanna Banks');
  });
});
