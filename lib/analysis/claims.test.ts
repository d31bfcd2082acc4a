import { describe, expect, it } from 'vitest';
import { analyze } from './index';
import { loadModel } from './checkworthy';
import { findClaims, scoreSentence } from './claims';
import { buildContext } from './context';
import { toArticleInput } from './input';
import { CLAIM } from './thresholds';

const claims = (text: string) => analyze(text).filter((f) => f.kind === 'claim').map((f) => f.text);

describe('check-worthy claims', () => {
  it('picks sentences with figures, dates, records and concrete events, with a reason', () => {
    const text = [
      'Port strike ends after nine days',
      'Dock workers at Felport voted by 812 to 140 on Tuesday to accept a 6% pay rise.',
      'I think everyone is relieved, frankly.',
      'The strike was the longest at the port since 1989.',
      'Will the deal last?',
      'It was not immediately clear when the first ships would sail.',
      'Union leaders thanked members for their patience.',
    ].join('\n\n');
    const found = analyze(text).filter((f) => f.kind === 'claim');
    expect(found.map((f) => f.text)).toEqual([
      'Dock workers at Felport voted by 812 to 140 on Tuesday to accept a 6% pay rise.',
      'The strike was the longest at the port since 1989.',
    ]);
    expect(found[0].reason).toMatch(/^A figure: /);
    expect(found[1].reason).toMatch(/^A (record|date|figure): /);
  });

  it('skips headlines, questions, procedural lines and sentences that are mostly quotation', () => {
    const text = [
      'Inflation hits 9% in March',
      '“We expected prices to rise by 9% and they rose by 9% in March,” she said.',
      'This story has been updated since it was first published in 2024.',
      'How high can rates go in 2025?',
    ].join('\n\n');
    expect(claims(text)).toEqual([]);
  });

  it('keeps at most 40% of the sentences, best first', () => {
    const text = Array.from({ length: 20 }, (_, i) => `Output at plant ${i + 1} rose by ${i + 2}% to ${100 + i} tonnes in 2023.`).join('\n\n');
    const found = claims(text);
    expect(found.length).toBeGreaterThan(0);
    expect(found.length / 20).toBeLessThanOrEqual(0.4);
  });

  it('skips list entries and titles with no sentence in them, keeps short sentences with one verb', () => {
    const text = [
      // (a past tour: the model, retrained, puts the future-tense announcement of one below the narration bar)
      'The band played 30 dates last year, starting in Florida on June 10.',
      'June 10 – Tampa, FL @ Harbour Credit Union Amphitheatre',
      'June 14 – Atlanta, GA @ State Farm Arena (Formerly Philips Arena)',
      'Tickets From $49 At Box Office',
      'We sold 12,000 tickets in 2019.',
      'Fans have waited a long time for this.', 'The singer thanked the crew.', 'Doors open early at each show.', 'Parking is limited.',
    ].join('\n\n');
    expect(claims(text)).toEqual(['The band played 30 dates last year, starting in Florida on June 10.', 'We sold 12,000 tickets in 2019.']);
  });

  it('counts the article’s sentences for that ceiling, not the page’s headline, dateline, byline and photo lines', () => {
    const body = Array.from({ length: 10 }, (_, i) => `Output at plant ${i + 1} rose by ${i + 2}% to ${100 + i} tonnes in 2023.`);
    const page = ['Plant output hits a record', 'Published 9:00 am, Monday, March 4, 2024', 'By Ana Ruiz, Business Desk',
      ...Array.from({ length: 6 }, (_, i) => `Image ${i + 1} of 6`), ...body, 'Additional reporting by Tom Berg'];
    const found = claims(page.join('\n\n'));
    expect(found.length).toBeGreaterThan(0);
    expect(found.length / body.length).toBeLessThanOrEqual(0.4);
  });

  it('does not count ages, years as counts, "said Tuesday", schedules or background clauses', () => {
    const text = [
      'Fire ravages warehouse',
      'Dana Holt, 45, said she was relieved.',
      'Arizona Gov. Kate Moss said Tuesday she welcomed the deal.',
      'A hearing on the case is scheduled for Aug. 14.',
      'The 52-year-old said she ran down to help.',
      'The utility paid billions of dollars in claims last year.',
    ].join('\n\n');
    expect(claims(text)).toEqual(['The utility paid billions of dollars in claims last year.']);
  });

  it('reads "due to" before a noun as a cause, not a schedule', () => {
    const filler = ['Doctors urged people to be careful.', 'Schools stayed open all week.', 'Traffic was light on most roads.', 'Parks were empty in the mornings.', 'Many people stayed at home.'];
    const text = ['Smog returns', 'The drop in deaths since 2019 was due to the 2018 ban on diesel buses, which cut soot by 40%.', 'The review is due to report in May 2025.', ...filler].join('\n\n');
    expect(claims(text)).toEqual(['The drop in deaths since 2019 was due to the 2018 ban on diesel buses, which cut soot by 40%.']);
  });

  it('skips the page’s notes about itself: corrections, editor’s notes, "follow … on Twitter", photo credits', () => {
    const filler = ['Traffic on the ring road fell by 14% in 2023.', 'The council spent 3 million euros on new buses last year.', 'Riders welcomed the change.', 'The mayor thanked the drivers.', 'Buses run every ten minutes.', 'Some routes were renamed.'];
    const notes = [
      'Correction, March 4, 2024: An earlier version of this article misstated the cost of the 2019 tram extension as 40 million euros.',
      'Editor’s note: This story was updated at 6:15 p.m. on Tuesday with figures from the 2023 annual report.',
      'An earlier version of this story gave the wrong date for the 2021 strike.',
      'Follow our transport reporter Ana Ruiz on Twitter for the 2024 timetable.',
      '© Tom Berg / Reuters Workers repaired 3 buses at the depot on 4 March 2024.',
      'Workers repaired 3 buses at the depot on 4 March 2024 Photograph: Tom Berg/Reuters',
    ];
    const found = claims(['Ring road traffic falls', ...filler, ...notes].join('\n\n'));
    expect(found).toContain('Traffic on the ring road fell by 14% in 2023.');
    for (const n of notes) expect(found).not.toContain(n);
  });

  it('skips embedded social posts (the lines up to the post’s link) and sentences that only introduce what follows', () => {
    const text = [
      'Masks handed out as smog returns',
      'The city handed out 200,000 masks to pupils in 2023, officials said in a report.',
      'Smog killed 300 people in this city in 2022',
      'Through our schools we have handed out 300,000 masks since 2022 https://t.co/Ab12CdEf34',
      '— A. Mayor (@citymayor) November 3, 2023',
      'Air pollution killed 1,200 residents in 2022, the health agency estimated.',
      'The agency counted 41 deaths from fires in 2022 in three districts:',
      'Doctors urged people to be careful.', 'Schools stayed open all week.', 'Traffic was light on most roads.', 'Parks were empty in the mornings.',
      'Many people stayed at home.', 'Shops kept their doors shut.', 'The wind is expected to turn.', 'Residents hope for rain soon.',
    ].join('\n\n');
    const found = claims(text);
    expect(found).toContain('Air pollution killed 1,200 residents in 2022, the health agency estimated.');
    expect(found).toContain('The city handed out 200,000 masks to pupils in 2023, officials said in a report.');
    expect(found.filter((c) => /Smog killed|t\.co|three districts/u.test(c))).toEqual([]);
  });
});

describe('how the model and the hand rules decide', () => {
  // A model with no weights gives every sentence the same probability: the thresholds alone decide.
  const flat = (p: number) => loadModel({ format: 'claimlight-checkworthy', version: 2, about: 'test', bias: Math.log(p / (1 - p)), scale: 1, weights: {} });
  const plain = 'The council closed the library branch near the harbour.';
  const reported = 'Mr Ortiz said the council closed the library branch near the harbour.';
  const partlyQuoted = 'Mr Ortiz called the closure of the branch “a scandal for every family in town”.';
  // questions are never claims but count towards the share cap, so the cap does not decide here
  const questions = ['Will it open again?', 'Who will pay for it?', 'What happens to the books?', 'Where will readers go?', 'Can it be saved?', 'Is anyone listening?'];
  const decided = (p: number): string[] => {
    const ctx = buildContext(toArticleInput([plain, reported, partlyQuoted, ...questions].join('\n\n')));
    return findClaims(ctx, new Set(), flat(p)).map((c) => ctx.text.slice(c.sentence.start, c.sentence.end)).sort();
  };

  it('tells reported speech and partly quoted sentences apart', () => {
    const ctx = buildContext(toArticleInput([plain, reported, partlyQuoted].join('\n\n')));
    const [a, b, c] = ctx.sentences.map((s) => scoreSentence(ctx, s, flat(0.5)));
    expect([a?.reported, a?.partlyQuoted]).toEqual([false, false]);
    expect([b?.reported, b?.partlyQuoted]).toEqual([true, false]);
    expect(c?.partlyQuoted).toBe(true);
  });

  it('asks a little more of reported speech and much more of partly quoted sentences', () => {
    expect(decided((CLAIM.minProbability + CLAIM.reportedMinProbability) / 2)).toEqual([plain]);
    expect(decided((CLAIM.reportedMinProbability + CLAIM.quotedMinProbability) / 2)).toEqual([plain, reported].sort());
    expect(decided(CLAIM.quotedMinProbability + 0.01)).toEqual([plain, reported, partlyQuoted].sort());
    expect(decided(CLAIM.minProbability - 0.01)).toEqual([]);
  });

  it('does not count an event that is only wanted or possible: a demand, a plan, "to cut", "would fund"', () => {
    const rulesOf = (text: string): number | undefined => {
      const ctx = buildContext(toArticleInput(text));
      return scoreSentence(ctx, ctx.sentences[0], flat(0.5))?.rules;
    };
    const done = rulesOf('The mayor cut the harbour budget and closed the ferry office.');
    expect(done).toBeGreaterThanOrEqual(1);
    expect(rulesOf('The mayor has demanded that the council sharply cut the harbour budget.')).toBeLessThan(1);
    expect(rulesOf('The mayor wants the council to cut the harbour budget.')).toBeLessThan(1);
    expect(rulesOf('The mayor said the council would fund the harbour ferry.')).toBeLessThan(1);
    // done, even after a verb of demanding or "to": a past form, or a cause phrase
    expect(rulesOf('The mayor demanded answers after the council closed the harbour office.')).toBeGreaterThanOrEqual(1);
    expect(rulesOf('Fares went up due to increased harbour costs, and the council cut the ferry budget.')).toBeGreaterThanOrEqual(1);
  });

  it('with the hand rules’ support, asks less of the article’s own narration than of first-person or reported sentences', () => {
    // each has a date and a figure: the hand rules score it at least CLAIM.ruleMinScore
    const narration = 'The council closed 3 library branches near the harbour on 4 March 2021.';
    const personal = 'We closed 3 library branches near the harbour on 4 March 2021.';
    const reportedToo = 'Mr Ortiz said the council closed 3 library branches near the harbour on 4 March 2021.';
    // one date and a named thing: enough for narration, not for reported speech
    const weakNarration = 'Ana Ruiz joined the council in 2019.';
    const weakReported = 'Ana Ruiz said she joined the council in 2019.';
    const ctx = buildContext(toArticleInput([narration, personal, reportedToo, weakNarration, weakReported, ...questions, ...questions].join('\n\n')));
    const at = (p: number) => findClaims(ctx, new Set(), flat(p)).map((c) => ctx.text.slice(c.sentence.start, c.sentence.end)).sort();
    const [a, b, c, d, e] = ctx.sentences.map((s) => scoreSentence(ctx, s, flat(0.5)));
    expect([a?.rules, b?.rules, c?.rules].every((r) => (r ?? 0) >= CLAIM.ruleMinScore)).toBe(true);
    expect([d?.rules, e?.rules].every((r) => (r ?? 0) >= CLAIM.ruleMinScoreNarration && (r ?? 0) < CLAIM.ruleMinScore)).toBe(true);
    expect([a?.personal, b?.personal, c?.personal, c?.reported, d?.reported, e?.reported]).toEqual([false, true, false, true, false, true]);
    expect(at((CLAIM.ruleMinProbabilityNarration + CLAIM.ruleMinProbability) / 2)).toEqual([narration, weakNarration].sort());
    expect(at(CLAIM.ruleMinProbability + 0.01)).toEqual([narration, personal, reportedToo, weakNarration].sort());
    expect(at(CLAIM.ruleMinProbabilityNarration - 0.01)).toEqual([]);
  });

  it('reads "I", "we" and "you" outside quotation marks as the first or second person, not "US" or quoted words', () => {
    const ctx = buildContext(toArticleInput(['US officials closed 3 branches in 2021.', 'The mayor said “we closed 3 branches” in 2021.', 'Our council closed 3 branches in 2021.'].join('\n\n')));
    expect(ctx.sentences.map((s) => scoreSentence(ctx, s, flat(0.5))?.personal)).toEqual([false, false, true]);
  });
});
