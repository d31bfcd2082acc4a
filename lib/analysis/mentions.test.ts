import { describe, expect, it } from 'vitest';
import { findMentions } from './mentions';
import { tokenize } from './words';

/** The name mentions of one sentence, as [text, org]. */
const names = (s: string): Array<[string, boolean]> =>
  findMentions(s, tokenize(s, 0, s.length)).filter((m) => m.kind === 'name').map((m) => [m.text, m.org]);

describe('name mentions', () => {
  it('ends a person’s name in a title-case headline before a verb the article writes in lower case', () => {
    const common = new Set(['says', 'asked', 'the', 'voters']);
    const line = 'Maria Quill Says Budget Is Fine. Peter Lind Asked Voters To Wait.';
    const found = findMentions(line, tokenize(line, 0, line.length), { common }).filter((m) => m.kind === 'name').map((m) => m.name);
    expect(found).toEqual(expect.arrayContaining(['Maria Quill', 'Peter Lind']));
    // without the article writing the word in lower case, the run stays whole
    expect(names('Peter Lind Asked')).toEqual([['Peter Lind Asked', false]]);
  });

  it('takes no ordinal or time adverb before a comma at a sentence’s start for a name ("First, …")', () => {
    expect(names('First, Peter Lind attacked the plan.')).toEqual([['Peter Lind', false]]);
    expect(names('Second, the vote failed.')).toEqual([]);
    // a name that opens with one is still a name
    expect(names('First Minister Ana Ruiz spoke.').map(([t]) => t)).toEqual(['First Minister Ana Ruiz']);
  });

  it('takes no participle and adverb opening a sentence for a name ("Fueled apparently by …")', () => {
    expect(names('Fueled apparently by anger, Peter Lind resigned.')).toEqual([['Peter Lind', false]]);
  });

  it('reads a plural title before a list as a title ("Govs. Jeb Bush and Chris Christie")', () => {
    expect(names('It hit Govs. Jeb Bush and Chris Christie.').map(([t]) => t)).toEqual(['Govs. Jeb Bush', 'Chris Christie']);
    const m = findMentions('Sens. Ted Cruz spoke.', tokenize('Sens. Ted Cruz spoke.', 0, 21)).find((x) => x.kind === 'name');
    expect(m?.name).toBe('Ted Cruz');
  });

  it('takes no nationality or party adjective before its noun for a name ("the Democratic caucus", "the Syrian refugees")', () => {
    expect(names('But polls did predict the Democratic caucus.')).toEqual([]);
    expect(names('The Syrian refugees so far are few.')).toEqual([]);
    // before a verb it may still stand for someone: "The German said no."
    expect(names('The German said no.')).toEqual([['the German', true]]);
  });

  it('reads a party member with a given name after a body’s words as a person ("House Republican Jim Jordan")', () => {
    const m = (s: string) => findMentions(s, tokenize(s, 0, s.length)).filter((x) => x.kind === 'name').map((x) => [x.name, x.org]);
    expect(m('House Republican Jim Jordan said it.')).toEqual([['Jim Jordan', false]]);
    expect(m('Senate Intelligence Ranking Democrat Dianne Feinstein said it.')).toEqual([['Dianne Feinstein', false]]);
    // no given name after the party word: still a body
    expect(m('The Senate Republican Conference said it.')[0][1]).toBe(true);
  });

  it('keeps a body’s name joined by "and" whole at a sentence’s start, even when its first word looks like a plural noun', () => {
    const s = 'Customs and Border Protection, part of Homeland Security, did not accept the offer.';
    // "customs" also written in lower case, and never capitalised inside a sentence
    const found = findMentions(s, tokenize(s, 0, s.length), { common: new Set(['customs']), midCaps: new Set() }).filter((m) => m.kind === 'name');
    expect(found.map((m) => [m.text, m.org])).toEqual([['Customs and Border Protection', true], ['Homeland Security', false]]);
  });

  it('types a news outlet named with an outlet word as an organisation ("Western Journalism", "Washington Examiner")', () => {
    expect(names('Western Journalism reported it.')).toEqual([['Western Journalism', true]]);
    expect(names('The report ran in the Washington Examiner.')).toEqual([['the Washington Examiner', true]]);
  });

  it('takes no day and no spelled-out number for a name', () => {
    expect(names('Trump tweeted before Election Day.')).toEqual([['Trump', false]]);
    expect(names('Fifty-one percent say that it was wrong.')).toEqual([]);
    expect(names('Doris Day said so.')).toEqual([['Doris Day', false]]);
  });

  it('keeps a body named after its owner whole: "the People’s Daily", "the Governor’s Office of Emergency Services"', () => {
    expect(names('On Monday, the People’s Daily warned that there is no room.')).toEqual([['the People’s Daily', true]]);
    expect(names('The California Governor’s Office of Emergency Services said it.')).toEqual([['the California Governor’s Office of Emergency Services', true]]);
    expect(names('The Attorney General’s Office said it.')).toEqual([['the Attorney General’s Office', true]]);
    expect(names('Trump’s lawyer said it.')).toEqual([['Trump', false]]);
  });

  it('joins two halves of a body’s name with "and", after "the" or after a word for a field of work', () => {
    expect(names('Customs and Border Protection, part of Homeland Security, said no.')[0]).toEqual(['Customs and Border Protection', true]);
    expect(names('The U.S. Customs and Border Protection said no.')).toEqual([['the U.S. Customs and Border Protection', true]]);
    expect(names('Immigration and Customs Enforcement said no.')).toEqual([['Immigration and Customs Enforcement', true]]);
    expect(names('Trump and Senate Republicans said no.')[0]).toEqual(['Trump', false]);
    // after an organisation's word and "for"/"of", one capitalised abstract noun ends the name
    expect(names('The Chinese Center for Disease Control and Prevention said no.')).toEqual([['the Chinese Center for Disease Control and Prevention', true]]);
    expect(names('The Center for Disease Control and Jo Reed said no.')[0]).toEqual(['the Center for Disease Control', true]);
  });

  it('reads a capitalised group noun opening a name with "for", "against" or "without" as an organisation', () => {
    expect(names('The doctors, members of the group Doctors for Camp Closure, offered it.')[0]).toEqual(['Doctors for Camp Closure', true]);
    expect(names('Mothers Against Drunk Driving said no.')).toEqual([['Mothers Against Drunk Driving', true]]);
    expect(names('Doctors Without Borders said no.')).toEqual([['Doctors Without Borders', true]]);
  });

  it('ends a two-word portfolio before a given name: "Director of Public Prosecution Eva-Marie Persson"', () => {
    const s = 'Deputy Director of Public Prosecution Eva-Marie Persson took the decision.';
    expect(findMentions(s, tokenize(s, 0, s.length))[0].name).toBe('Eva-Marie Persson');
    const t = 'Minister of Finance Jo Reed said so.';
    expect(findMentions(t, tokenize(t, 0, t.length))[0].name).toBe('Jo Reed');
  });

  it('reads a retailer’s name ending in "Depot" or "Stores" as an organisation', () => {
    expect(names('Home Depot said sales rose.')).toEqual([['Home Depot', true]]);
  });
});

describe('role mentions', () => {
  const roles = (s: string): string[] => findMentions(s, tokenize(s, 0, s.length)).filter((m) => m.kind === 'role').map((m) => m.text);
  it('reads "the Inner Mongolia health commission" as one body: a two-word name and a modifier before the noun', () => {
    expect(roles('The Inner Mongolia health commission said the risk was low.')).toEqual(['the Inner Mongolia health commission']);
    // four words after "the" with no two-word name first are no role phrase
    expect(roles('His remarks buttress the contention of former secretary Jo Reed.')).not.toContain('the contention of former secretary');
  });
});
