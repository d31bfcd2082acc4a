import { describe, expect, it } from 'vitest';
import { analyze } from './index';

/** The quotes of a text as [words, speaker, sieve]. */
const quotes = (text: string): Array<[string, string | null | undefined, string | undefined]> =>
  analyze(text).filter((f) => f.kind === 'quote').map((f) => [f.text, f.speaker, f.rule]);

describe('attribution sieves', () => {
  it('possessive-speech: "his"/"her" before a speech noun is the person coreference reads it as', () => {
    const text = 'Councillor Rita Olsen left the hall early. A later audit undercut her claim in the same meeting that the fund was “fully repaid”.';
    expect(quotes(text)).toEqual([['fully repaid', 'Rita Olsen', 'possessive-speech']]);
    expect(quotes('Peter Grell spoke next. His warning that the bridge was “close to failing” went unheeded.')).toEqual([
      ['close to failing', 'Peter Grell', 'possessive-speech'],
    ]);
    // the latest subject, of no known gender, before an earlier man ("his" is read as "he" would be)
    const later = 'Dr Omar Haddad said the ward was full.\n\nXolani Dube, the agency’s chief, condemned the strike.\n\nHis message was stark: “Schools are not a target.”';
    expect(quotes(later).find((q) => q[0].startsWith('Schools'))?.[1]).toBe('Xolani Dube');
    // no one read before "her": no speaker from it
    expect(quotes('An audit undercut her claim that the fund was “fully repaid”.')).toEqual([['fully repaid', null, undefined]]);
  });

  it('possessive-speech: the owner may follow the noun ("the contention of X", "directives from X to “…”")', () => {
    const text = 'Dana Wu spoke on Monday. The detention of many Uighurs grew out of directives from Xi Jinping to “show no mercy” in the campaign.';
    expect(quotes(text)).toEqual([['show no mercy', 'Xi Jinping', 'possessive-speech']]);
    expect(quotes('His remarks buttress the claim of Hillary Clinton that it was “over-classified” then.')).toEqual([['over-classified', 'Hillary Clinton', 'possessive-speech']]);
    // a noun that is no speech ("the detention of Uighurs") names no owner
    expect(quotes('The detention of many Uighurs was called “a crime” by others.').map((q) => q[2])).not.toContain('possessive-speech');
  });

  it('after-quote and next-sentence: "pressed", "reacted", "started" report the words only with nothing after them', () => {
    expect(quotes('“Would the fee stay?” Lind pressed. “Maybe for a year?”')).toEqual([
      ['Would the fee stay?', 'Lind', 'next-sentence'],
      ['Maybe for a year?', 'Lind', 'paragraph-speaker'],
    ]);
    expect(quotes('“The paper says you met them in May,” Hana Ross started. “We did.”')[0]).toEqual(['The paper says you met them in May,', 'Hana Ross', 'after-quote']);
    expect(quotes('“Which sport does he mean?” reacted Peter Lind.')).toEqual([['Which sport does he mean?', 'Peter Lind', 'after-quote']]);
    // with an object of its own the verb reports nothing
    expect(quotes('“Not now,” Peter Lind started the car and drove off.').map((q) => q[1])).not.toContain('Peter Lind');
  });

  it('after-quote: words quoted mid-clause, a determiner after them, are no "“…,” the company said"', () => {
    const text = 'The teams isolated the problem, Kevin Mayer said, and “patched” the software as the company continued to sign up users.';
    expect(quotes(text)).toEqual([['patched', 'Kevin Mayer', 'before-quote']]);
    // closed by a comma, the determiner opens the speaker's phrase
    expect(quotes('“We patched it,” the company said.')).toEqual([['We patched it,', 'the company', 'after-quote']]);
  });

  it('sentence-subject: a headline in capitals is no one ("UNDERSTANDING THE MOVEMENT “…”")', () => {
    expect(quotes('The morning email.\n\nUNDERSTANDING THE ASSISTED SUICIDE MOVEMENT TODAY “But I won’t have to die alone.” [Mother Jones.]')).toEqual([
      ['But I won’t have to die alone.', null, undefined],
    ]);
    // an abbreviation is a name
    expect(quotes('The UN sees the deal as “a breakthrough” for peace.')).toEqual([['a breakthrough', 'the UN', 'sentence-subject']]);
  });

  it('trailing-credit: "…, said X" at the end of the sentence credits the words before it', () => {
    const text = 'Gordon Sondland testified on Wednesday.\n\nSondland was known for telling others “he was in charge of Ukraine” despite his post, said another witness in the probe, former adviser Fiona Hill.';
    expect(quotes(text)[0]).toEqual(['he was in charge of Ukraine', 'Fiona Hill', 'trailing-credit']);
    expect(quotes('Planned Parenthood’s Cecile Richards noted that abortion is “central” to the platform, reported the Washington Examiner.')[0]).toEqual(['central', 'the Washington Examiner', 'trailing-credit']);
    // what follows the verb is what was said, not who said it
    expect(quotes('Jo Reed called the plan “a disaster” on Monday, said the mayor would resign and left.').map((q) => q[2])).not.toContain('trailing-credit');
  });

  it('previous-paragraph: a reporter’s credit line is no one who speaks', () => {
    expect(quotes('The city was calm.\n\nSui-Lee Wee contributed reporting from Beijing.\n\n“Stay home and stay safe.”')).toEqual([['Stay home and stay safe.', null, undefined]]);
    expect(quotes('The city was calm.\n\nMayor Jo Reed spoke to the crowd.\n\n“Stay home and stay safe.”')[0][1]).toBe('Jo Reed');
  });

  it('a time phrase opening the sentence is no name ("Late last month, …")', () => {
    expect(quotes('The outbreak grew.\n\nLate last month, the region reported a “routine” case.')).toEqual([['routine', null, undefined]]);
  });

  it('after-quote: "said a report from X" credits the report’s author', () => {
    expect(quotes('Markets rose.\n\n“Growth is slowing,” said a new report from Kotak Institutional Equities.')).toEqual([
      ['Growth is slowing,', 'Kotak Institutional Equities', 'after-quote'],
    ]);
    expect(quotes('Markets rose.\n\n“Growth is slowing,” says a study by the Brookings Institution.')[0][1]).toBe('the Brookings Institution');
  });

  it('as-clause: a modal may stand before the verb ("As Sherlock would say, “…”", "as she might put it")', () => {
    // a modal verb right before the quotation's comma is a cue of its own now: before-quote names him first
    expect(quotes('The couple had replaced their bedding. As Sherlock would say, “Elementary, my dear Watson.” Allergies are common.')).toEqual([
      ['Elementary, my dear Watson.', 'Sherlock', 'before-quote'],
    ]);
    expect(quotes('The couple had replaced their bedding. As Sherlock might put it, “Elementary, my dear Watson.” Allergies are common.')).toEqual([
      ['Elementary, my dear Watson.', 'Sherlock', 'as-clause'],
    ]);
  });

  it('previous-sentence: the quote’s sentence may name people in general, with no reporting verb', () => {
    const text = 'It isn’t clear which function evolved first, Howitt says. Just because scientists became aware of receptors first, “that doesn’t mean that’s the order in which it evolved.” In fact, it is so.';
    expect(quotes(text)).toEqual([['that doesn’t mean that’s the order in which it evolved.', 'Howitt', 'previous-sentence']]);
  });

  it('after-quote: a command given aloud is reported speech (“…!” an officer ordered)', () => {
    const text = 'Police used a ram to force open the door.\n\n"Hands! Let me see your hands!" an officer ordered. "Step out." Webb emerged.';
    expect(quotes(text)).toEqual([
      ['Hands! Let me see your hands!', 'an officer', 'after-quote'],
      ['Step out.', 'an officer', 'paragraph-speaker'],
    ]);
  });

  it('after-quote: a name, then an aside too long for the verb search, closed by a comma before the verb', () => {
    const text = 'Boeing said it submitted a proposal.\n\n“We have developed an approach that minimizes mission complexity,” Jim Chilton, senior vice president for space and launch at Boeing Defense, Space, and Security, said in that statement.';
    expect(quotes(text)).toEqual([['We have developed an approach that minimizes mission complexity,', 'Jim Chilton', 'after-quote']]);
  });

  it('previous-sentence: a sentence that is all quotation, after one whose subject is a person and that quotes no one', () => {
    const text = 'Rep. Robert Aderholt spoke first. Aderholt returned to the issue later in the hearing. “What vehicles exist today that can launch the lander?” Others disagreed.';
    expect(quotes(text)).toEqual([['What vehicles exist today that can launch the lander?', 'Robert Aderholt', 'previous-sentence']]);
  });

  it('repeated-quote: a short quotation standing alone as a paragraph (a cross-head) takes the speaker of the longer one', () => {
    const text = 'The agency declined the offer.\n\n“We write with urgency”\n\n“Flu season has already begun, so we write with urgency,” the doctors stated.';
    expect(quotes(text)).toEqual([
      ['We write with urgency', 'the doctors', 'repeated-quote'],
      ['Flu season has already begun, so we write with urgency,', 'the doctors', 'after-quote'],
    ]);
  });
});
