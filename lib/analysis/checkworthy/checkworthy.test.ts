import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze } from '../index';
import { buildContext } from '../context';
import { claimFeatures, featuresOfText, scoreSentence } from '../claims';
import { toArticleInput } from '../input';
import { findCues } from './cues';
import { sentenceFeatures, tokens, wordClass } from './features';
import { loadModel, scoreFeatures } from './model';
import { shippedModel } from './index';
import modelFile from './model.json';
import { bestCue, cueReason, namedThing, wholeWords } from './reasons';
import { train, type Row } from './train';
import { toRows } from '../../../scripts/train-checkworthy';

const p = (text: string): number => scoreFeatures(shippedModel(), featuresOfText(text)).p;
const claimReasons = (text: string): string[] => analyze(text).filter((f) => f.kind === 'claim').map((f) => f.reason);

describe('the shipped check-worthiness model', () => {
  it('loads, with a bias and thousands of weights', () => {
    const m = shippedModel();
    expect(Number.isFinite(m.bias)).toBe(true);
    expect(m.weights.size).toBeGreaterThan(1000);
    expect(m.weights.get('h:figure')).toBeGreaterThan(0);
  });

  it('refuses anything that is not a model, with a clear error', () => {
    expect(() => loadModel({ weights: {} })).toThrow(/Not a Claimlight check-worthiness model/);
    expect(() => loadModel({ format: 'claimlight-checkworthy', version: 1, about: '', bias: 0, weights: { 'w:x': 'high' } })).toThrow(/"w:x"/);
    expect(() => loadModel({ format: 'claimlight-checkworthy', version: 2, about: '', bias: 0, scale: 1000, weights: { w: { x: 'high' } } })).toThrow(/"w:x"/);
    expect(() => loadModel({ format: 'claimlight-checkworthy', version: 2, about: '', bias: 0, weights: { w: { x: 1 } } })).toThrow(/scale/);
    expect(() => loadModel({ format: 'claimlight-checkworthy', version: 3, about: '', bias: 0, weights: {} })).toThrow(/version 3/);
  });

  it('reads weights grouped by kind and stored as whole numbers (version 2), and flat decimal ones (version 1)', () => {
    const v2 = loadModel({ format: 'claimlight-checkworthy', version: 2, about: '', bias: -1, scale: 1000, weights: { w: { tax: 250 }, b: { 'cut taxes': -125 }, h: { figure: 900 } } });
    expect([...v2.weights]).toEqual([['w:tax', 0.25], ['b:cut taxes', -0.125], ['h:figure', 0.9]]);
    const v1 = loadModel({ format: 'claimlight-checkworthy', version: 1, about: '', bias: -1, weights: { 'w:tax': 0.25 } });
    expect(v1.weights.get('w:tax')).toBe(0.25);
  });

  it('stays under 1 MB as shipped (about 400 kB of regression weights, 580 kB of hidden layer and its words)', () => {
    expect(JSON.stringify(modelFile).length).toBeLessThan(1_000_000);
  });

  it('has a hidden layer over the commonest words, mixed with the regression', () => {
    const h = shippedModel().hidden;
    expect(h?.index.size).toBe(20_000);
    expect(h?.mix).toBeGreaterThan(0);
    expect(h?.mix).toBeLessThan(1);
    expect(h?.index.has('inflation')).toBe(true);
  });

  it('rates statements of checkable fact above opinions, promises and questions', () => {
    const pairs: Array<[string, string]> = [
      ['Unemployment fell to 4.1 percent last year, the lowest rate since 1969.', 'I think we all want a better future for our children.'],
      ['The state spent $2.3 billion on prisons in 2019, twice as much as on universities.', 'We are going to fix this and we will do it together.'],
      ['The senator voted against the farm bill three times.', 'What would you do about the farm bill?'],
      ['Crime in the city rose by 12 percent between 2015 and 2020.', 'Crime is something I care about deeply.'],
    ];
    for (const [fact, other] of pairs) expect(p(fact), `${fact} vs ${other}`).toBeGreaterThan(p(other));
    expect(p('Unemployment fell to 4.1 percent last year, the lowest rate since 1969.')).toBeGreaterThan(0.8);
    expect(p('I think we all want a better future for our children.')).toBeLessThan(0.2);
  });

  it('flags a sentence alone when the model is sure, and not an opinion', () => {
    expect(claimReasons('The state spent $2.3 billion on prisons in 2019, twice as much as on universities.')).toEqual(['A figure: $2.3 billion']);
    expect(claimReasons('I think we all want a better future for our children.')).toEqual([]);
  });
});

describe('one feature module for training and runtime', () => {
  const sentences = [
    'The 9 percent rise, “the biggest since 1982”, hit pensioners hardest.',
    'Mr Ortiz said on Tuesday that 40 jobs would go.',
    'We have cut taxes for working families every single year.',
  ];
  it('the training rows hold exactly the features the runtime scores', () => {
    for (const text of sentences) {
      const [row] = toRows([{ text, label: 1 }]);
      const ctx = buildContext(toArticleInput(text));
      const runtime = claimFeatures(ctx, ctx.sentences[0]);
      expect([...row.values]).toEqual([...runtime.values]);
      const c = scoreSentence(ctx, ctx.sentences[0]);
      if (c) expect(c.score).toBeCloseTo(scoreFeatures(shippedModel(), runtime).p, 12);
    }
  });

  it('sees words next to a class of words: pronouns, past forms, names, numbers, superlatives', () => {
    expect(wordClass('voted', 'voted', 3)).toBe('<past>');
    expect(wordClass('took', 'took', 3)).toBe('<past>');
    expect(wordClass('She', 'she', 0)).toBe('<he>');
    expect(wordClass('Romney', 'romney', 2)).toBe('<cap>');
    expect(wordClass('Romney', 'romney', 0)).toBeNull(); // the first word of a sentence is capitalised anyway
    expect(wordClass('twenty', 'twenty', 1)).toBe('<n>');
    expect(wordClass('$5', '<money>', 1)).toBe('<n>');
    expect(wordClass('largest', 'largest', 1)).toBe('<sup>');
    expect(wordClass('will', 'will', 1)).toBe('<md>');
    expect(wordClass('table', 'table', 1)).toBeNull();
    const keys = [...sentenceFeatures('Governor Romney voted against it.').values.keys()];
    expect(keys).toEqual(expect.arrayContaining(['w:voted', 'b:romney voted', 'm:<cap> voted', 'm:romney <past>', 'h:len<6']));
  });

  it('reads an age as an age, not as a figure', () => {
    expect(tokens('The 52-year-old said 40 jobs would go.')).toEqual(['the', '<age>', 'said', '<num>', 'jobs', 'would', 'go']);
  });

  it('counts the mentions the analysis found in the sentence', () => {
    const ctx = buildContext(toArticleInput('Senator Ruth Alvarez told the ministry that officials had lied.'));
    const keys = [...claimFeatures(ctx, ctx.sentences[0]).values.keys()];
    expect(keys).toContain('h:names');
    expect(keys).not.toContain('h:no-mention');
  });

  it('counts quoted characters from the article’s quotations exactly as span by span', () => {
    const text = 'Ms Diaz called the plan “a 50% fraud” and “reckless” on Monday, adding that it “cannot work.”';
    const ctx = buildContext(toArticleInput(text));
    const fromQuotes = claimFeatures(ctx, ctx.sentences[0]).quotedShare;
    const bySpan = sentenceFeatures(text, (a, b) => ctx.inQuote(a, b)).quotedShare;
    expect(fromQuotes).toBeGreaterThan(0.2);
    expect(fromQuotes).toBeCloseTo(bySpan, 12);
  });

  it('scores from hashed features exactly what the named features score', () => {
    const vocab = ['The', 'senator', 'voted', 'against', 'it', '12', 'percent', '$4 billion', 'in', '2019', 'we', 'will', 'cut', 'taxes', 'Mr. Ortiz', 'said', '“a fraud”', 'never', 'largest', 'since', 'twenty-six', 'million', 'Americans', 'didn’t', 'the 52-year-old', 'of', 'I', 'think', 'workers'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...vocab), { minLength: 4, maxLength: 40 }), (ws) => {
        const text = `${ws.join(' ')}.`;
        const ctx = buildContext(toArticleInput(text));
        const c = scoreSentence(ctx, ctx.sentences[0]);
        if (!c) return;
        expect(c.score).toBeCloseTo(scoreFeatures(shippedModel(), claimFeatures(ctx, ctx.sentences[0])).p, 12);
      }),
      { numRuns: 200 },
    );
  });

  it('ignores cues inside quotation marks but keeps their words', () => {
    const f = sentenceFeatures('He called it “a 50% fraud” again.', (a, b) => a >= 13 && b <= 25);
    expect(f.cues.some((c) => c.kind === 'figure')).toBe(false);
    expect([...f.values.keys()]).toContain('w:fraud');
  });
});

describe('training', () => {
  const rows: Row[] = [];
  for (let i = 0; i < 60; i++) {
    rows.push({ values: new Map([['w:percent', 1], [`w:n${i % 7}`, 1], ['h:figure', 1]]), label: 1 });
    rows.push({ values: new Map([['w:hope', 1], [`w:n${i % 5}`, 1]]), label: 0 });
  }
  it('gives the same weights when run twice', () => {
    expect(JSON.stringify(train(rows))).toBe(JSON.stringify(train(rows)));
  });
  it('learns which features mark the positive class', () => {
    const m = loadModel(train(rows, { minDf: 1, minDfPairs: 1, prune: 0 }));
    expect(m.weights.get('w:percent')).toBeGreaterThan(0.1);
    expect(m.weights.get('w:hope')).toBeLessThan(-0.1);
  });

  it('drops rare words and rarer pairs, never hand features', () => {
    const few: Row[] = [
      { values: new Map([['w:once', 1], ['b:only once', 1], ['h:figure', 1]]), label: 1 },
      { values: new Map([['w:once', 1], ['b:only once', 1]]), label: 0 },
      { values: new Map([['w:twice', 1]]), label: 1 },
    ];
    const m = loadModel(train(few, { minDf: 2, minDfPairs: 3, prune: 0 }));
    expect(m.weights.has('w:once')).toBe(true);
    expect(m.weights.has('b:only once')).toBe(false);
    expect(m.weights.has('w:twice')).toBe(false);
    expect(m.weights.has('h:figure')).toBe(true);
  });
});

describe('reasons in plain words', () => {
  it('names a date as a date, never as a figure', () => {
    expect(claimReasons('The talks collapsed on 28 February after the union walked out.')).toEqual(['A date: 28 February']);
    const cues = findCues('Prices rose on 28 February.');
    expect(cues.find((c) => c.kind === 'figure' && !c.inDate)).toBeUndefined();
  });

  it('quotes records, figures and comparisons in whole words', () => {
    const text = 'The strike was the longest at the port since 1989.';
    expect(cueReason(text, bestCue(findCues(text))!)).toBe('A record: the longest at the port since 1989');
    const fig = 'Ukraine took about 500 square miles of territory.';
    expect(cueReason(fig, bestCue(findCues(fig))!)).toBe('A figure: 500 square miles');
    const cmp = 'Wages grew faster than prices for the first time in years.';
    expect(cueReason(cmp, findCues(cmp).find((c) => c.kind === 'comparison')!)).toBe('A comparison: faster than prices');
  });

  it('says what a claim without a cue is about', () => {
    expect(namedThing('Our Air Force is older and smaller than it has ever been.')).toBe('Air Force');
    expect(namedThing('Officials said the Bank of England, not ministers, set rates.')).toBe('the Bank of England');
    expect(namedThing('A senior British official poured cold water on the idea.')).toBe('British official');
    expect(namedThing('nobody here is named at all.')).toBeNull();
  });

  it('never cuts a word in the middle', () => {
    const word = fc.stringMatching(/^[A-Za-z0-9$%’'.,-]{1,12}$/);
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 30 }), fc.nat(), fc.nat(), (words, a, b) => {
        const text = words.join(' ');
        const start = a % text.length;
        const end = start + 1 + (b % (text.length - start));
        const out = wholeWords(text, start, end).replace(/…$/u, '');
        if (!out) return;
        // the snippet sits in the text with no letter or digit glued to either end of it
        const wordChar = /[\p{L}\p{N}]/u;
        let clean = false;
        for (let at = text.indexOf(out); at >= 0 && !clean; at = text.indexOf(out, at + 1)) {
          const before = text[at - 1] ?? ' ';
          const after = text[at + out.length] ?? ' ';
          clean = !(wordChar.test(before) && wordChar.test(out[0])) && !(wordChar.test(after) && wordChar.test(out[out.length - 1]));
        }
        expect(clean, `${JSON.stringify(out)} from ${JSON.stringify(text)} [${start}, ${end})`).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
