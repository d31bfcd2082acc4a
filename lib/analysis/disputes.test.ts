import { describe, expect, it } from 'vitest';
import { analyze } from './index';
import { isPastParticiple } from './inflect';
import { CLAIM_NOUNS, CONDITION, FIRST_PERSON_OBJECTS, NEVER_DONE, NOT_MODIFIER, OPEN_DENIALS, PAREN_LEAD, PREDICATE_FILLERS, SIDE_NOUNS, TAKE_FORMS, denialVerbHas } from './lexicon';

const disputed = (text: string) => analyze(text).filter((f) => f.kind === 'disputed');

describe('disputed assertions', () => {
  it('finds a passive "has been disputed by X" after a claim noun, with claimant and disputer', () => {
    const text = 'Defence Minister Olga Petrenko spoke on Monday.\n\nHe repeated an assertion made by Russian officials that has been disputed by Ms Petrenko.';
    const [d] = disputed(text);
    expect(d.text).toBe('He repeated an assertion made by Russian officials that has been disputed by Ms Petrenko.');
    expect(d.disputedBy).toBe('Olga Petrenko');
    expect(d.claimant).toBe('Russian officials');
    expect(d.reason).toMatch(/^Disputed by Olga Petrenko: “has been disputed by”/);
  });

  it('finds denials, rejections and disputes with a claim-like object or that-clause', () => {
    const cases: Array<[string, string]> = [
      ['Mayor Tom Hale denied that the budget had been cut.', 'Tom Hale'],
      ['Club owner Sara Vance rejected the claim that the stadium would close.', 'Sara Vance'],
      ['The company disputes reports that it laid off 400 workers.', 'the company'],
      ['Judge Amir Khan questioned the figures presented by the council.', 'Amir Khan'],
      ['Mr Leo Park has acknowledged the delays while disputing Chinese claims that the ships were seized.', 'Leo Park'],
      ['Ana Ruiz, 44, denied the allegations.', 'Ana Ruiz'],
      // objects beyond claims: readings, interpretations, outlooks, counts of a charge
      ['Professor Ian Cole, who was not involved in the research, disputed the authors’ interpretation, arguing the sample was small.', 'Ian Cole'],
      ['Analyst Dana Wu questioned the company’s outlook, saying its forecast assumed a recovery.', 'Dana Wu'],
      ['Councillor Raj Patel, 58, denies two counts of bribery.', 'Raj Patel'],
      // a portfolio word between the party and the title: the person disputes, not the party
      ['Opposition transport spokeswoman Lena Varga disputed the minister’s account, saying a bill had been drafted.', 'Lena Varga'],
    ];
    for (const [sentence, by] of cases) {
      const found = disputed(sentence);
      expect(found, sentence).toHaveLength(1);
      expect(found[0].disputedBy, sentence).toBe(by);
    }
  });

  it('finds claims called false, made without evidence or falsely claimed', () => {
    expect(disputed('A claim on social media that the dam burst is false, the Environment Agency said.')[0]?.disputedBy).toBe('the Environment Agency');
    expect(disputed('Kim Ode falsely claimed that the vote was rigged, Senator Bo Dunn wrote on X.')[0]).toMatchObject({ disputedBy: 'Bo Dunn', claimant: 'Kim Ode' });
    expect(disputed('He said, without evidence, that the ballots were forged.')).toHaveLength(1);
  });

  it('is not fooled by disputes that are not about claims', () => {
    const negatives = [
      'Rovers won after a disputed late penalty in stoppage time.',
      'The dispute over parking fees began in 2019.',
      'She denied herself a holiday for three years.',
      'The villages lie in disputed territory near the border.',
      'Two fans were denied entry to the ground.',
      'He rejected the offer of a job in Madrid.',
      'Officials were asked about reports that the club had rejected an offer.',
    ];
    for (const s of negatives) expect(disputed(s), s).toEqual([]);
  });

  it('reads fact-check verdicts, pleas, disagreement, relative clauses and overstated figures', () => {
    const cases: Array<[string, string]> = [
      ['Mr Dan Roe said crime had doubled, a claim FactCheck.org called false.', 'FactCheck.org'],
      ['PolitiFact rated the claim Mostly False.', 'PolitiFact'],
      ['Ann Bly pleaded not guilty on Monday to two counts of fraud.', 'Ann Bly'],
      ['Northwind said it disagreed with the decision and would appeal.', 'Northwind'],
      ['Officials accuse the charity of bias, an allegation Kay Moss rejects.', 'Kay Moss'],
      ['The state paid $60 billion, a figure Ola Berg says overstates the real cost.', 'Ola Berg'],
      ['Mr Lim disputes the death toll, saying most were fighters.', 'Lim'], // no given name in the article: the name its quotes give too
    ];
    for (const [sentence, by] of cases) {
      const found = disputed(sentence);
      expect(found, sentence).toHaveLength(1);
      expect(found[0].disputedBy, sentence).toBe(by);
    }
    expect(disputed('The council called for calm and rated the plan a success.')).toEqual([]);
  });

  it('finds a denial with a that-less clause, but not a refusal ("was denied bail") or a denied request', () => {
    const [d] = disputed('Ms Zara Whitfield denied the council was exaggerating, saying its figures were official.');
    expect(d?.disputedBy).toBe('Zara Whitfield');
    expect(disputed('Mr Kyle Brandt was denied bail on Monday.')).toEqual([]);
    expect(disputed('The judge denied a request that would have delayed the trial.')).toEqual([]);
  });

  it('finds a rejection "as" a quoted verdict, in a relative clause or with an object', () => {
    const [a] = disputed('Labour said the changes would cost 50,000 homes, a figure the Treasury rejected as “pure invention”.');
    expect(a?.disputedBy).toBe('the Treasury');
    const [b] = disputed('Mr Rahul Gandhi dismissed the commission’s explanation as “an insult to our intelligence”.');
    expect(b?.disputedBy).toBe('Rahul Gandhi');
  });

  it('finds a dismissal with its reason after a comma, but not a rejected bid', () => {
    const [d] = disputed('The Kremlin dismissed the London meeting, saying European leaders wanted to prolong the war.');
    expect(d?.disputedBy).toBe('the Kremlin');
    expect(disputed('Valmont had rejected two earlier bids, the second worth £70m.')).toEqual([]);
  });

  it('resolves "the company" to the organisation introduced as "his company, X", not to the last place named', () => {
    const text = [
      'Prosecutors say his company, Kessler Structural, signed off on the repairs.',
      'A spokesman for Cleveland police said detectives had interviewed 40 witnesses.',
      'The city of Cleveland paid Kessler Structural $1.8 million for the repair work.',
      'The families have sued the city and the company. The company has denied liability in its response to those suits.',
    ].join('\n\n');
    const d = disputed(text).find((f) => f.text.startsWith('The company'));
    expect(d?.disputedBy).toBe('Kessler Structural');
  });

  it('reads a claim called a fiction, a fabrication or an invention inside a quotation', () => {
    const [d] = disputed('Foreign Minister Elena Moravec said the account was ‘a fiction from beginning to end’.');
    expect(d?.disputedBy).toBe('Elena Moravec');
    expect(disputed('The ministry said the report was “a fabrication”.')).toHaveLength(1);
  });

  it('does not read questioning a person, or a question about a plan, as a dispute', () => {
    expect(disputed('Police questioned the driver for two hours on Tuesday.')).toHaveLength(0);
    expect(disputed('She questioned whether to run again.')).toHaveLength(0);
  });

  it('reads "the government of X" as that government, not the last body named in the sentence', () => {
    const [d] = disputed('The government of Velmora has rejected accusations by Dastria that its navy harassed boats off the Kessel Banks.');
    expect(d?.disputedBy).toBe('the government of Velmora');
  });

  it('reads gerunds after a denial, "at no point", "had no knowledge of" and a first-person rejection inside a quotation', () => {
    const cases: Array<[string, string]> = [
      ['Mr Ivo Lang has consistently denied being unfair to the players.', 'Ivo Lang'],
      ['Harbour Freight Ltd have twice denied doing anything wrong.', 'Harbour Freight Ltd'],
      ['“At no point did we block the sale,” Mayor Rita Holm said on Friday.', 'Rita Holm'],
      ['Inspector Tom Vale said he had no knowledge of any plan to close the station.', 'Tom Vale'],
      ['Mr Olek Baran said the minister “raised, and I rejected, the theory that the vote was bought.”', 'Olek Baran'],
      ['“I reject that characterization entirely,” said Councillor Mia Stone.', 'Mia Stone'],
    ];
    for (const [sentence, by] of cases) {
      const found = disputed(sentence);
      expect(found, sentence).toHaveLength(1);
      expect(found[0].disputedBy, sentence).toBe(by);
      expect(found[0].reason, sentence).toMatch(new RegExp(`^Disputed by ${by}: “`));
    }
    expect(disputed('The agency denied funding to the club.')).toEqual([]);
  });

  it('finds what is denied in a relative clause or a reduced relative', () => {
    const [a] = disputed('Aid workers said the guards had taken bribes, a prospect Colonel Ben Ashe denied earlier in the day.');
    expect(a?.disputedBy).toBe('Ben Ashe');
    const [b] = disputed('Mr Carl Meyer faces allegations that he misled investors, which he has denied.');
    expect(b?.disputedBy).toBe('Carl Meyer');
    expect(b?.reason).toMatch(/^Disputed by Carl Meyer: “allegations/);
  });

  it('names both disputers of "A and B", the name in an appositive, "they" as the latest plural subject and "the family"', () => {
    const pair = disputed('Dana Holt and Rui Sousa disputed that the school had closed.\n\nThey also disputed that anyone had complained.');
    expect(pair.map((d) => d.disputedBy)).toEqual(['Dana Holt and Rui Sousa', 'Dana Holt and Rui Sousa']);
    const [app] = disputed('The firm that runs the festival, Larkspur Events, denies that the dates have been agreed.');
    expect(app?.disputedBy).toBe('Larkspur Events');
    const [group] = disputed('Nobody knows who edited the page. (The family denies any involvement.)');
    expect(group?.disputedBy).toBe('the family');
  });

  it('does not read questioning a person, or someone "whom she had never met", as a dispute', () => {
    expect(disputed('Senators also questioned Ms Jo Reyes about her earlier testimony.')).toEqual([]);
    expect(disputed('Ana Kerr found his cousins, whom she had never met, and told them the news.')).toEqual([]);
  });

  it('reads misrepresenting inside a quotation as the speaker’s objection, but not "as distorted by" or "a misunderstanding"', () => {
    const [d] = disputed('“It is outrageous to misrepresent the mayor’s record,” said spokesman Leo Grant.');
    expect(d?.disputedBy).toBe('Leo Grant');
    expect(disputed('“It is reality as distorted by fear,” said Mr Leo Grant.')).toEqual([]);
    expect(disputed('“It shows a total misunderstanding of the law,” said Mr Leo Grant.')).toEqual([]);
  });

  it('reads contradicting, countering, "there is no" after insisting and "not the case" with an adverb', () => {
    const cases: Array<[string, string]> = [
      ['The audit directly contradicts the minister’s statements about the budget.', 'The audit'],
      ['Professor Amy Lund countered that the figures were two years old.', 'Amy Lund'],
      ['Mr Noel Pike insisted that there was no deal with the union.', 'Noel Pike'],
      ['“I think that is unquestionably not the case,” said Ms Kira Bell.', 'Kira Bell'],
      ['“It is wrong to imply that the plan will work,” said Mr Sami Odell.', 'Sami Odell'],
    ];
    for (const [sentence, by] of cases) {
      const found = disputed(sentence);
      expect(found, sentence).toHaveLength(1);
      if (by !== 'The audit') expect(found[0].disputedBy, sentence).toBe(by);
    }
  });

  it('reads a reply that negates, "adamant that … no plans", a correction ("incorrectly indicated") and a possessive disputer', () => {
    const cases: Array<[string, string | null]> = [
      ['Mr Ravi Nair’s campaign responded that he never would have signed the letter.', 'Mr Ravi Nair’s campaign'],
      ['Senator Lee Ward was adamant that he has no plans to resign.', 'Lee Ward'],
      ['An earlier version of this story incorrectly indicated that the mayor had resigned.', null],
      ['Ms Ida Kerr’s lawyers denied the allegations on Friday.', 'Ms Ida Kerr’s lawyers'],
    ];
    for (const [sentence, by] of cases) {
      const found = disputed(sentence);
      expect(found, sentence).toHaveLength(1);
      expect(found[0].disputedBy, sentence).toBe(by);
    }
    expect(disputed('“You never say never in politics,” said Mr Tim Hale.')).toEqual([]);
    expect(disputed('The candidates met before the local contests that decided the nomination.')).toEqual([]);
    expect(disputed('Mr Dan Ives responded that he would visit the plant next week.')).toEqual([]);
  });

  it('reads defending a record with a reason as a rebuttal, but not defending a person or an act', () => {
    expect(disputed('Mayor Jan Otto defended her record, saying crime had fallen.')[0]?.disputedBy).toBe('Jan Otto');
    expect(disputed('Mr Abe Lind once defended Rob Carr against allegations of fraud.')).toEqual([]);
    expect(disputed('Mr Abe Lind defended the incident, calling the man “a troublemaker”.')).toEqual([]);
  });

  it('reads "in fact … not" as a correction by its speaker, and not a contest, a question or an unnamed challenger', () => {
    expect(disputed('Inspector Ada Moss testified that the files in fact had not been returned.')[0]?.disputedBy).toBe('Ada Moss');
    expect(disputed('It was a four-way contest that split the vote.')).toEqual([]);
    expect(disputed('There is no question that voters are worried.')).toEqual([]);
    expect(disputed('Mr Ned Roy was challenged over his statement on Monday.')).toEqual([]);
    expect(disputed('Mr Ned Roy strongly disputes that the money was spent.')[0]?.disputedBy).toBe('Ned Roy');
  });

  it('reads a claim called worthless, in words or in a closing quotation, as disputed by whoever calls it so', () => {
    expect(disputed('Mayor Nina Shaw called the report unfair and absurd.')[0]).toMatchObject({ disputedBy: 'Nina Shaw', rule: 'called-dismissive' });
    expect(disputed('Senator Paul Reyes called a report claiming his staff had met lobbyists “outrageous.”')[0]?.disputedBy).toBe('Paul Reyes');
    // a praise or a neutral label in the closing quotation is no dispute; nor is a verdict on an act
    expect(disputed('Senator Paul Reyes called the report “a useful start.”')).toEqual([]);
    expect(disputed('Mayor Nina Shaw called the decision to close the library unfair.')).toEqual([]);
  });

  it('reads dispute nouns with who disputes: "drew rebukes from", "X’s denial of the claims", "issued a denial"', () => {
    expect(disputed('The senator’s plan drew rebukes from the Pentagon on Monday.')[0]?.disputedBy).toBe('the Pentagon');
    expect(disputed('Mr Cal Ortiz issued a denial on Tuesday.')[0]?.disputedBy).toBe('Cal Ortiz');
    expect(disputed('Ms Rita Lowe’s denial of the allegations came hours later.')[0]?.disputedBy).toBe('Rita Lowe');
    // a refusal is not a dispute; nor is a denial with no one behind it
    expect(disputed('The league upheld the Harbor Club’s denial of access to reporters.')).toEqual([]);
    expect(disputed('Climate denial is spreading online, the study found.')).toEqual([]);
  });

  it('reads "accused X of lying / misrepresenting" as a dispute by the accuser, but not someone being accused', () => {
    expect(disputed('Governor Amy Bell accused her rival of lying about the budget.')[0]).toMatchObject({ disputedBy: 'Amy Bell', rule: 'accused-of-lying' });
    expect(disputed('Mr Joe Kane criticized the paper for misrepresenting his record.')[0]?.disputedBy).toBe('Joe Kane');
    expect(disputed('Mr Joe Kane was accused of lying to investigators.')).toEqual([]);
    expect(disputed('Mr Joe Kane accused the council of wasting money.')).toEqual([]);
  });

  it('reads "an allegation rejected by X" and corrections of a figure "according to" a source', () => {
    expect(disputed('The mayor was said to have ignored warnings, an allegation rejected by a panel of independent auditors.')[0]?.disputedBy).toBe('a panel of independent auditors');
    expect(disputed('He cited a rise of 80 percent (the actual number is closer to 15 percent, according to Factcheck.org).')[0]?.disputedBy).toBe('Factcheck.org');
    // a motion or a bill rejected is no claim disputed
    expect(disputed('It was a motion rejected by the court in May.')).toEqual([]);
    expect(disputed('The tax bill rejected by the Senate would have raised rates.')).toEqual([]);
  });

  it('names the disputer when no one is named: a role noun opening the clause, "a spokesman for X", the source after "according to"', () => {
    expect(disputed('The Greenway campaign was angry. The papers were labelled secret, though the campaign has long maintained they were not marked at the time.')[0]?.disputedBy).toBe('the campaign');
    expect(disputed('But loyalists were adamant that he has no plans to run.')[0]?.disputedBy).toBe('loyalists');
    expect(disputed('A spokesman for Governor Eva Lind called the story false.')[0]?.disputedBy).toBe('A spokesman for Governor Eva Lind');
    expect(disputed('According to the chief of the fire brigade, the account in the film is entirely untrue.')[0]?.disputedBy).toBe('the chief of the fire brigade');
  });

  it('reads the forms the lexicon generates for dispute verbs ("rebutted", "dispelled", "did not intend")', () => {
    expect(disputed('Mr Omar Diaz rebutted the claim that the plant was unsafe.')[0]?.disputedBy).toBe('Omar Diaz');
    expect(disputed('Ms Lia Hart tried to dispel the image of her party as elitist.')[0]?.disputedBy).toBe('Lia Hart');
    expect(disputed('Ms Vera Holt, his attorney, told reporters that her client did not intend to cause harm.')[0]?.disputedBy).toBe('Vera Holt');
    expect(disputed('Mr Omar Diaz said he does not intend to run again.')).toEqual([]);
  });

  it('keeps legal and procedural words out: "allegedly", "charged", a court rejecting a motion, a vote rejecting a bill', () => {
    expect(disputed('The man allegedly stole a car and was charged with theft.')).toEqual([]);
    expect(disputed('Judge Ann Roe rejected the motion to dismiss the case.')).toEqual([]);
    expect(disputed('The Senate rejected the bill by 52 votes to 48.')).toEqual([]);
    expect(disputed('Senator Tom Ash disagreed with the plan to raise fuel taxes.')).toEqual([]);
  });

  it('reads "took issue with", "cast doubt on", "shot down", "maintained his innocence" and scorn "as" a worthless thing', () => {
    expect(disputed('Ms Joan Pike took issue with the characterization of her vote.')[0]?.disputedBy).toBe('Joan Pike');
    expect(disputed('Dr Sam Lowe cast doubt on the report, citing its small sample.')[0]?.disputedBy).toBe('Sam Lowe');
    expect(disputed('Mr Gil Ford quickly shot down the rumours on Friday.')[0]?.disputedBy).toBe('Gil Ford');
    expect(disputed('Mr Hal Berg has maintained his innocence since his arrest.')[0]?.disputedBy).toBe('Hal Berg');
    expect(disputed('Mayor Ivy Stone slammed the report as “fake news.”')[0]?.disputedBy).toBe('Ivy Stone');
    // scorn of a plan, or doubt on an event, is no dispute of a claim
    expect(disputed('Mayor Ivy Stone slammed the plan as a waste of money.')).toEqual([]);
    expect(disputed('The storm cast doubt on the match.')).toEqual([]);
  });

  it('reads a charge denied in the speaker’s own words ("I’m not a racist") but not "it’s not crazy to think"', () => {
    expect(disputed('“I’m not a racist,” Mr Bo Reed said.')[0]).toMatchObject({ disputedBy: 'Bo Reed', rule: 'not-pejorative' });
    expect(disputed('“It’s not sexist. It’s the truth,” said Ms Kay Moss.')[0]?.disputedBy).toBe('Kay Moss');
    expect(disputed('“It’s not crazy to think we can win,” Mr Bo Reed said.')).toEqual([]);
    expect(disputed('“I am not stupid enough to try,” Mr Bo Reed said.')).toEqual([]);
  });

  it('reads a myth named by a speaker and "Nor, he said, did he say …" as denials', () => {
    expect(disputed('“There’s this myth out there, a kind of legend, that taxes will fall,” Mr Lou Grant said.')[0]).toMatchObject({ disputedBy: 'Lou Grant', rule: 'myth-that' });
    expect(disputed('Mr Tom Bale said he never gave an order to stop. Nor, he said, did he say anything that could be read as one.')).toHaveLength(2);
    // the writer's own "myth" with no one saying it is left alone
    expect(disputed('The myth that the river was cursed drew tourists for a century.')).toEqual([]);
  });

  it('reads a plain denial verb with any object, but not a refusal (denied-any)', () => {
    const found: Array<[string, string]> = [
      ['For decades, the Water Board denied any part in the flooding.', 'the Water Board'],
      ['Mayor Tom Hale has disputed both reports, but says he would act differently now.', 'Tom Hale'],
      ['Councillor Ana Ruiz dismissed concerns that the depot would close.', 'Ana Ruiz'],
      ['Minister Leo Park rejects Olga Berg’s remarks about the port.', 'Leo Park'],
    ];
    for (const [sentence, by] of found) {
      const [d] = disputed(sentence);
      expect(d?.text, sentence).toBe(sentence);
      expect(d.disputedBy, sentence).toBe(by);
    }
    for (const sentence of [
      'The board denied him entry to the hall.',
      'Senator Ana Ruiz rejected the bill on Tuesday.',
      'The committee dismissed the employee last year.',
      'Her plan was soundly rejected by voters.',
      'The council denied Tom Hale a hearing.',
    ]) expect(disputed(sentence), sentence).toEqual([]);
  });

  it('leaves a dispute verb after a modal or a road not taken alone ("would take issue", "should correct", "rather than challenging")', () => {
    for (const sentence of [
      'Some voters probably would take issue with the suggestion that the race is close.',
      'This is the mayor’s own figure, and she should correct the record.',
      'For months the ministry stayed quiet rather than publicly challenging the union’s claims.',
      'Officials could push back on the report next week.',
      'Mr Dan Cole would never deny the allegations, a friend said.',
    ]) expect(disputed(sentence), sentence).toEqual([]);
    // the same verbs, asserted, still count
    expect(disputed('Mayor Ivy Stone took issue with the suggestion that the race is close.')[0]?.disputedBy).toBe('Ivy Stone');
    expect(disputed('Ms Lia Hart went online to correct the record.')[0]?.disputedBy).toBe('Lia Hart');
  });

  it('reads "never" and "didn’t have" as denials only of a past act or part', () => {
    expect(disputed('“This is the day they told us would never happen,” Mr Bo Reed said.')).toEqual([]);
    expect(disputed('“I want someone there who doesn’t have to learn the job,” Mr Bo Reed said.')).toEqual([]);
    expect(disputed('“Many of those shouting don’t have any answers,” Mr Bo Reed said.')).toEqual([]);
    expect(disputed('“He doesn’t have the contacts that she has,” Ms Kay Moss said.')).toEqual([]);
    expect(disputed('“I have never met her,” Mr Bo Reed said.')).toEqual([]);
    expect(disputed('“He doesn’t know me, never met me,” Mr Bo Reed said of his critic.')[0]?.disputedBy).toBe('Bo Reed');
    expect(disputed('“I didn’t have any involvement with that group,” Mr Bo Reed said.')[0]?.disputedBy).toBe('Bo Reed');
  });

  it('does not take a moral judgment, an idiom, a question or a wish for a verdict of falsity', () => {
    for (const sentence of [
      'Asked what about the plan is wrong, Senator Ana Ruiz said it costs too much.',
      '“Choosing between the two parties is a false choice,” Ms Kay Moss said.',
      '“His view of the world is dangerously wrong,” Ms Kay Moss said.',
      '“She is someone who is not politically correct,” Mr Bo Reed said.',
      '“Everything we’re doing is wrong,” Mr Bo Reed told the meeting.',
      'Mr Bo Reed, so young he has been mistaken for an intern, spoke first.',
      '“But I hope they are fake,” Ms Kay Moss said of the photos.',
    ]) expect(disputed(sentence), sentence).toEqual([]);
    expect(disputed('“Your facts are wrong,” Ms Kay Moss wrote.')[0]?.disputedBy).toBe('Kay Moss');
  });

  it('keeps refusals and doubts out: "rejected his attempts", "denied status to", "questioned whether", "no denying", "rebukes to"', () => {
    for (const sentence of [
      'Mr Leo Park said the council rejected his attempts to add a clause.',
      'The mayor summarily rejected those dates.',
      'The court, which denied class status to the workers, ruled in May.',
      'Many of you have also questioned whether the mayor has the experience for the job.',
      'There’s no denying he has had quite a year.',
      'He is known for sharp rebukes to his critics.',
    ]) expect(disputed(sentence), sentence).toEqual([]);
  });

  it('does not credit the claimant as the disputer of a claim made "without evidence" or "falsely"', () => {
    const [d] = disputed('Ms Kay Moss also said, without evidence, that “they are recruiting with the video.”');
    expect(d?.disputedBy).toBeNull();
    expect(disputed('Investigators have no evidence that Mr Dan Cole entered the account, despite his claim.')[0]?.disputedBy).toBe('Investigators');
    // "the mayor's false claims": the claim noun is no reporting verb of a disputer, and the writer's own verdict is not reported
    expect(disputed('Both councillors will be targets of the mayor’s false claims that he saved the port.')).toEqual([]);
  });

  it('reads a story said to be made up (made-up)', () => {
    expect(disputed('Mr Dan Cole told reporters he thought Ms Kay Moss had “made up the story.”')[0]).toMatchObject({ disputedBy: 'Dan Cole', rule: 'made-up' });
    expect(disputed('Asked about it later, Mr Dan Cole said he believed she had fabricated the story.')[0]).toMatchObject({ disputedBy: 'Dan Cole', rule: 'made-up' });
    expect(disputed('“This was, in my opinion, made up,” Mr Dan Cole said.')[0]).toMatchObject({ disputedBy: 'Dan Cole', rule: 'made-up' });
    expect(disputed('“Perhaps she made the story up,” Mr Dan Cole said.')[0]?.disputedBy).toBe('Dan Cole');
    // making up ground, inventing a machine, or a team made up of players: no story
    expect(disputed('Mr Dan Cole made up the lost ground in the final lap, he said.')).toEqual([]);
    expect(disputed('Ms Kay Moss invented the machine in 1990, her son said.')).toEqual([]);
    expect(disputed('The team is made up of young players, the coach said.')).toEqual([]);
  });

  it('reads "struck down assertions", "a plea of not guilty", disbelief and a denied intent in the speaker’s words', () => {
    expect(disputed('Ms Kay Moss has forcefully struck down assertions that her show favours the mayor.')[0]?.disputedBy).toBe('Kay Moss');
    expect(disputed('“He will enter a plea of not guilty,” said his spokeswoman, Ms Ada Lin.')[0]?.disputedBy).toBe('Ada Lin');
    expect(disputed('“I don’t believe for a minute that they planned it,” Mr Dan Cole said.')[0]).toMatchObject({ disputedBy: 'Dan Cole', rule: 'disbelief' });
    expect(disputed('“He saw it as an insult, which was not my intention,” Mr Dan Cole wrote.')[0]).toMatchObject({ disputedBy: 'Dan Cole', rule: 'disbelief' });
    expect(disputed('“When they say it can’t be done, I don’t believe that,” said Ms Kay Moss.')[0]?.disputedBy).toBe('Kay Moss');
    // an opinion or a conviction is no disbelief of a claim
    expect(disputed('“I don’t believe that the police should do this alone,” said Ms Kay Moss.')).toEqual([]);
    expect(disputed('“But I do believe that schools should be funded,” said Ms Kay Moss.')).toEqual([]);
    expect(disputed('“Let us be done with this fiction that the mayor is lazy,” Mr Dan Cole said.')[0]?.disputedBy).toBe('Dan Cole');
  });

  it('reads comments dismissed, an idea called worthless and "what X said" contradicted', () => {
    expect(disputed('Ms Ada Lin dismissed the comment as remote to voters.')[0]?.disputedBy).toBe('Ada Lin');
    expect(disputed('Ms Ada Lin called the idea that the mayor had anything to prove a “ridiculous proposition.”')[0]?.disputedBy).toBe('Ada Lin');
    expect(disputed('Mr Dan Cole flatly contradicted what the mayor said about the meeting.')[0]?.disputedBy).toBe('Dan Cole');
  });

  it('reads a counter-claim — a negated fact stated against a charge the sentence names (counter-claim)', () => {
    const [d] = disputed('County election officials say the mayor’s name was not left off the ballots, despite reports from voters.');
    expect(d).toMatchObject({ rule: 'counter-claim' });
    expect(disputed('Mr Dan Cole says the plant did not close, contrary to claims made online.')[0]?.disputedBy).toBe('Dan Cole');
    // a negated fact with no charge named is no dispute; a charge named with no negation either
    expect(disputed('Mr Dan Cole says the plant did not close in May.')).toEqual([]);
    expect(disputed('Mr Dan Cole says the plant will reopen, despite reports of losses.')).toEqual([]);
  });

  it('reads a quoted first-person denial of an act pointed at (did-not-do-that), not a lack of knowledge or experience', () => {
    expect(disputed('“I didn’t write that ugly post,” Ms Nora Quill said.')[0]).toMatchObject({ rule: 'did-not-do-that', disputedBy: 'Nora Quill' });
    expect(disputed('“We never did that,” said council leader Omar Reyes.')[0]).toMatchObject({ disputedBy: 'Omar Reyes' });
    expect(disputed('“I didn’t know that,” Ms Nora Quill said.')).toEqual([]);
    expect(disputed('“I never experienced this pollution as a child,” said Ms Nora Quill.')).toEqual([]);
  });

  it('reads a charge of lying or its denial (lying)', () => {
    expect(disputed('On Twitter, Ms Nora Quill replied: “Just stop lying.”')[0]).toMatchObject({ rule: 'lying', disputedBy: 'Nora Quill' });
    expect(disputed('Nora Quill filed the complaint to show that she had not lied.')[0]).toMatchObject({ rule: 'lying', disputedBy: 'Nora Quill' });
    expect(disputed('Mayor Omar Reyes spent the day implying that the auditor had lied about the accounts.')[0]).toMatchObject({ disputedBy: 'Omar Reyes' });
    expect(disputed('He told the class never to lie.')).toEqual([]);
  });

  it('reads a reported denial of a past act (said-never), not a plan not yet made', () => {
    expect(disputed('Omar Reyes continued to say he had never touched the reporter.')[0]).toMatchObject({ rule: 'said-never', disputedBy: 'Omar Reyes' });
    expect(disputed('Omar Reyes said he had not yet decided whether to run.')).toEqual([]);
    expect(disputed('Omar Reyes said he had not decided whether to run.')).toEqual([]);
  });

  it('reads a claim said not to stand (does-not-hold), corrections and "contrary to"', () => {
    expect(disputed('“The numbers don’t add up,” Ms Nora Quill said.')[0]).toMatchObject({ rule: 'does-not-hold', disputedBy: 'Nora Quill' });
    expect(disputed('“The facts don’t bear that out,” said Omar Reyes.')[0]).toMatchObject({ disputedBy: 'Omar Reyes' });
    expect(disputed('Senator Omar Reyes later walked back his comments.')[0]).toMatchObject({ rule: 'walked-back', disputedBy: 'Omar Reyes' });
    expect(disputed('Mayor Omar Reyes walked back to his car after the vote.')).toEqual([]);
    expect(disputed('Contrary to the mayor’s claim, the bridge was never closed, Ms Nora Quill said.')[0]).toMatchObject({ rule: 'contrary-to', disputedBy: 'Nora Quill' });
    expect(disputed('Fact-checkers at the paper found the claim false.')[0]).toMatchObject({ rule: 'verdict' });
    expect(disputed('Police found false passports in the car.')).toEqual([]);
  });

  it('names the disputer as the article words a group, a body’s role or a campaign', () => {
    expect(disputed('Ohio election officials say the mayor’s name was not left off the ballots, despite reports from voters.')[0]?.disputedBy).toBe('Ohio election officials');
    expect(disputed('But loyalists were adamant that he has no plans to run.')[0]?.disputedBy).toBe('loyalists');
    expect(disputed('Party chair dismisses the mayor’s accusations about the fund.')[0]?.disputedBy).toBe('Party chair');
    expect(disputed('Omar Reyes and co-host Nora Quill have forcefully struck down assertions that the show is biased.')[0]?.disputedBy).toBe('Omar Reyes and Nora Quill');
    expect(disputed('The mayor’s lawyer, Nora Quill, said Omar Reyes was “spreading categorically false claims.”')[0]?.disputedBy).toBe('Nora Quill');
    expect(disputed('A spokesman for Omar Reyes said the allegations were baseless.')[0]?.disputedBy).toBe('A spokesman for Omar Reyes');
  });

  it('reads a bare "pushed back" or "fired back" as a rebuttal, not a delay', () => {
    expect(disputed('Mayor Nora Quill pushed back.')[0]).toMatchObject({ rule: 'rebuttal', disputedBy: 'Nora Quill' });
    expect(disputed('The vote was pushed back.')).toEqual([]);
    expect(disputed('The deadline has been pushed back, officials said.')).toEqual([]);
  });

  it('takes its verb classes from the lexicon, with generated forms', () => {
    expect(['knew', 'known', 'seen', 'getting', 'got'].every((w) => denialVerbHas(w, 'not-an-act'))).toBe(true);
    expect(['decided', 'chosen', 'committed', 'planned'].every((w) => denialVerbHas(w, 'not-done-yet'))).toBe(true);
    expect(['pushed', 'hits', 'hitting', 'fired'].every((w) => denialVerbHas(w, 'bare-back'))).toBe(true);
    expect(denialVerbHas('touched', 'not-an-act')).toBe(false);
    expect(['touched', 'told', 'written', 'struck', 'been'].every(isPastParticiple)).toBe(true);
    expect(isPastParticiple('tell')).toBe(false);
  });

  it('reads "had never" + an irregular participle as a reported denial, but not "had not decided"', () => {
    expect(disputed('Mayor Nora Quill said she had never met the developer.')[0]).toMatchObject({ rule: 'said-never', disputedBy: 'Nora Quill' });
    expect(disputed('Mayor Nora Quill said she had not decided whether to run.')).toEqual([]);
  });

  const M = 'Mayor Nora Quill spoke on Monday.\n\n';

  it('"I/we have never …" alone is no dispute: nothing says anyone claimed otherwise', () => {
    expect(disputed(`${M}“We have never taken money from the developer,” Quill said.`)).toEqual([]);
    expect(disputed(`${M}“We have never lost a game at home,” Quill said.`)).toEqual([]);
    expect(disputed(`${M}“I've never seen anything like it,” Quill said.`)).toEqual([]);
  });

  it('falsely: also set off by commas or dashes after a reporting verb', () => {
    expect(disputed('Omar Reyes claimed, falsely, that the bridge had closed.')[0]).toMatchObject({ rule: 'falsely' });
    expect(disputed('Omar Reyes, later alleging - again falsely - that the mayor had lied, said he would sue.')[0]?.reason).toMatch(/alleging - again falsely/);
    expect(disputed('The bridge was closed in July - wrongly - by the council.')).toEqual([]);
  });

  it('denial: a sentential "which X denies" closing its clause', () => {
    expect(disputed(`${M}Omar Reyes said Quill took the money, which Quill denies.`)[0]).toMatchObject({ rule: 'denial', disputedBy: 'Nora Quill' });
    expect(disputed(`${M}The bridge, which Quill opened, was closed.`)).toEqual([]);
  });

  it('rebut and refute take any object, unless negated', () => {
    expect(disputed('The three leaders took turns rebutting the candidate’s proposals on trade.')[0]).toMatchObject({ rule: 'denial' });
    expect(disputed('The answer did not rebut the senator’s point about the budget.')).toEqual([]);
  });

  it('names "his campaign" by the man coreference reads "his" as, and "the administration" as worded when the article names none', () => {
    expect(disputed('Omar Reyes spoke on Monday.\n\nHis campaign denied the report.')[0]?.disputedBy).toBe('Omar Reyes’s campaign');
    // coreference's owner, not a look-back over the last three sentences' names: four sentences back, and "he" since
    expect(disputed('Omar Reyes spoke on Monday. He left early. It rained. Snow fell later.\n\nHis campaign denied the report.')[0]?.disputedBy).toBe('Omar Reyes’s campaign');
    expect(disputed('Omar Reyes met Ana Ruiz on Monday.\n\nHer lawyers rejected the claims.')[0]?.disputedBy).toBe('Ana Ruiz’s lawyers');
    expect(disputed('Omar Reyes spoke on Monday.\n\nReyes and his attorneys have denied the fraud claims.')[0]?.disputedBy).not.toMatch(/attorneys/);
    expect(disputed('The West met on Monday.\n\nBut the administration insisted that was not part of the deal.')[0]?.disputedBy).toBe('the administration');
  });

  it('names a disputer with no given name in the article as its quotes do: "Lim", not "Mr. Lim"', () => {
    const text = '“We did nothing wrong,” Mr. Lim said.\n\nMr. Lim denied the allegations on Friday.';
    const out = analyze(text);
    expect(out.find((f) => f.kind === 'quote')?.speaker).toBe('Lim');
    expect(out.find((f) => f.kind === 'disputed')?.disputedBy).toBe('Lim');
    // a man and a woman of that surname: both keep the form of address
    expect(disputed('Mr. Lim and Ms. Lim run the shop.\n\nMs. Lim denied the allegations on Friday.')[0]?.disputedBy).toBe('Ms. Lim');
  });

  it('denial-idiom: set phrases of denial from the lexicon, not a court’s ruling or a plain event', () => {
    expect(disputed(`${M}“None of that is true,” Quill said.`)[0]).toMatchObject({ rule: 'denial-idiom', disputedBy: 'Nora Quill' });
    expect(disputed(`${M}“That is not what happened,” Quill said.`)[0]).toMatchObject({ rule: 'denial-idiom', disputedBy: 'Nora Quill' });
    expect(disputed(`${M}“The rhetoric did not match the record,” Quill said.`)[0]).toMatchObject({ rule: 'denial-idiom' });
    expect(disputed('The Acme Corporation said the lawsuit was without merit.')[0]).toMatchObject({ rule: 'denial-idiom' });
    expect(disputed('A judge said the lawsuit was without merit.')).toEqual([]);
    expect(disputed(`${M}“We give no merit pay,” Quill said.`)).toEqual([]);
    expect(disputed('For an hour nothing happened.')).toEqual([]);
    expect(disputed(`${M}“Everybody said nothing happened,” Quill said.`)[0]).toMatchObject({ rule: 'denial-idiom' });
    expect(disputed(`${M}“We warned them on Monday, and nothing happened,” Quill said.`)).toEqual([]);
  });

  it('said-never: after other reporting verbs in a verb form, not in a question nor after a noun', () => {
    expect(disputed('Secretary of State Ken Vale sent a statement reassuring voters that the mayor had not been left off the ballot.')[0]).toMatchObject({ rule: 'said-never', disputedBy: 'Ken Vale' });
    expect(disputed('Some allies of Omar Reyes questioned why the foundation had not acted sooner.')).toEqual([]);
    expect(disputed('The city agreed to pay $2 million to settle a 1999 claim over equipment that was never delivered.')).toEqual([]);
  });

  it('innocent: a charge denied, not an innocent bystander, a maxim or a condition', () => {
    expect(disputed(`${M}“Mr. Reyes is absolutely innocent of this charge,” Quill said.`)[0]).toMatchObject({ rule: 'innocent', disputedBy: 'Nora Quill' });
    expect(disputed(`${M}The strike killed innocent civilians, Quill said.`)).toEqual([]);
    expect(disputed(`${M}“Everyone is innocent until proven guilty,” Quill said.`)).toEqual([]);
    expect(disputed(`${M}“If he is innocent, he should testify,” Quill said.`)).toEqual([]);
  });

  it('peddling: a charge of spreading falsehoods, read after every other rule', () => {
    expect(disputed(`${M}“Anyone claiming that the economy is in decline is peddling fiction,” Quill said.`)[0]).toMatchObject({ rule: 'peddling', disputedBy: 'Nora Quill' });
    expect(disputed(`${M}“The fire is spreading fast,” Quill said.`)).toEqual([]);
    expect(disputed('Mayor Nora Quill accused rivals of “spreading lies” as the Election Board rejected claims that the vote was rigged.')[0]?.disputedBy).toBe('the Election Board');
  });

  it('not-pejorative: a charge denied in the plural too', () => {
    expect(disputed(`${M}“We are not terrorists,” Quill said.`)[0]).toMatchObject({ rule: 'not-pejorative', disputedBy: 'Nora Quill' });
    expect(disputed(`${M}“We are not tourists,” Quill said.`)).toEqual([]);
    expect(disputed(`${M}“I don't think I'm a divisive person,” Quill said.`)[0]?.reason).toMatch(/don't think I'm a divisive/);
    expect(disputed(`${M}“They don't think I'm divisive,” Quill said.`)).toEqual([]);
  });

  it('called-false: the writer’s own verdict on someone named, closing the sentence, without a disputer', () => {
    expect(disputed('So clearly, Omar Reyes has it wrong.')[0]).toMatchObject({ rule: 'called-false', disputedBy: null });
    expect(disputed('Even so, Omar Reyes and Nora Quill are also wrong.')[0]).toMatchObject({ rule: 'called-false' });
    expect(disputed('Is Omar Reyes wrong?')).toEqual([]);
    expect(disputed('Omar Reyes was wrong about the bridge, but right about the budget.')).toEqual([]);
    expect(disputed('Omar Reyes is wrong to cut taxes.')).toEqual([]);
  });

  it('libeled: a reported charge of harming someone with falsehoods, not a literal smear', () => {
    expect(disputed('Omar Reyes spoke on Monday.\n\nReyes alleged that the Daily Post had libeled him by undervaluing his business.')[0]).toMatchObject({ rule: 'libeled', disputedBy: 'Omar Reyes' });
    expect(disputed('Omar Reyes spoke on Monday.\n\nReyes said he had smeared paint on the wall.')).toEqual([]);
  });

  it('reads a quotation opening mid-clause at the verb as the writer’s sentence, not a quotation’s words', () => {
    expect(disputed(`${M}Quill said she "rejects the mayor's latest comments about the bridge."`)[0]).toMatchObject({ rule: 'denial', disputedBy: 'Nora Quill' });
    expect(disputed(`${M}Quill said: "He denied the report."`)).toEqual([]);
  });

  it('reads "it" before a dispute as the latest organisation subject, not a place', () => {
    expect(disputed('The Census Bureau spoke on Monday.\n\nEven so, it proudly declared that it had never provided the names to the police.')[0]?.disputedBy).toBe('the Census Bureau');
    expect(disputed('Ohio voted on Monday.\n\nIt denied the report.')[0]?.disputedBy ?? null).not.toBe('Ohio');
    expect(disputed('The Data Board fined Acme Corp on Monday.\n\nAcme Corp said it disagreed with the decision and would appeal.')[0]?.disputedBy).toBe('Acme Corp');
  });

  it('reads "the university" as a role when the article names such a body, else as no one', () => {
    const named = 'Harlow University opened a new library.\n\nThe university rejected the claim that its students had been misled.';
    expect(disputed(named)[0]).toMatchObject({ rule: 'denial', disputedBy: 'the university' });
    // no body named with that word: "the university" stands for no one the article names
    const unnamed = 'Students marched on Monday.\n\nThe university rejected the claim that its students had been misled.';
    expect(disputed(unnamed)[0]?.disputedBy ?? null).toBeNull();
  });

  it('keeps the body a bare role serves: "the dean of X", not "the dean"', () => {
    const text = 'Fees rose again.\n\nThe dean of Harlow’s School of Law has published a letter disputing claims that the exams were leaked.';
    expect(disputed(text)[0]?.disputedBy).toBe('the dean of Harlow’s School of Law');
    // no body after the role: the role alone
    expect(disputed('Fees rose again.\n\nThe dean has published a letter disputing claims that the exams were leaked.')[0]?.disputedBy).toBe('the dean');
  });

  it('reads a verdict after a time word: "called that report Friday a “boldface lie”"', () => {
    const [d] = disputed('Mayor Tom Hale spoke on Friday.\n\nHale called that report Friday a “boldface lie.”');
    expect(d?.disputedBy).toBe('Tom Hale');
    expect(d?.rule).toBe('called-dismissive');
    // without a time word the distance stays three words
    expect(disputed('Mayor Tom Hale spoke on Friday.\n\nHale called that report about the new harbour a lie.')).toEqual([]);
  });

  it('reads lies told about the speaker as a charge of lying, not the speaker’s own', () => {
    const lying = (q: string) => disputed(`Mayor Tom Hale spoke on Friday.\n\n“${q},” Hale said.`)[0];
    expect(lying('I am so sick of the Sanders campaign lying about me')?.disputedBy).toBe('Tom Hale');
    expect(lying('What I do have a problem with is being lied about')?.disputedBy).toBe('Tom Hale');
    expect(lying('I was lying about my age')).toBeUndefined();
    expect(lying('The campaign is lying about my record')?.disputedBy).toBe('Tom Hale');
  });

  it('reads a person contradicted as what they said disputed: "Ruiz contradicted him"', () => {
    const by = (t: string) => disputed(`Tom Hale and Ana Ruiz spoke on Monday.\n\n${t}`)[0]?.disputedBy;
    expect(by('Hale suggested that the plant would close, but Ruiz contradicted him.')).toBe('Ana Ruiz');
    expect(by('Ruiz, contradicting Hale, said the plant would stay open.')).toBe('Ana Ruiz');
    // not oneself, not "her" as a possessive, not a thing that contradicts
    expect(by('Ruiz contradicted herself.')).toBeUndefined();
    expect(by('Her actions contradict her words.')).toBeUndefined();
  });

  it('reads an accusation of a named falsehood ("accused him of an “artful smear”") and a critique dismissed', () => {
    const by = (t: string) => disputed(`Tom Hale and Ana Ruiz spoke on Monday.\n\n${t}`)[0]?.disputedBy;
    expect(by('Ruiz accused him of an “artful smear” over her fundraising.')).toBe('Ana Ruiz');
    expect(by('Ruiz accused the paper of lies.')).toBe('Ana Ruiz');
    expect(by('Hale dismissed critique of his performance at the debate.')).toBe('Tom Hale');
    // not another charge, not the accused
    expect(by('Ruiz accused the paper of a biased story.')).toBeUndefined();
    expect(by('Ruiz was accused of a lie.')).toBeUndefined();
  });

  it('reads a quotation said about someone’s comments as the reporter’s words, not the owner’s', () => {
    // "Hale’s comments “are …”": the quotation is a predicate on Hale's words; he does not dispute them himself
    const [d] = disputed('Tom Hale spoke on Monday.\n\nThe town released a statement Wednesday saying Hale’s comments “are based on his opinion, not actual facts,” and welcomed him to visit.');
    expect(d?.disputedBy).toBe('the town');
    // a quotation that is the owner's own words keeps its speaker
    expect(disputed('Tom Hale spoke on Monday.\n\n“The claims are based on opinion, not actual facts,” Hale said.')[0]?.disputedBy).toBe('Tom Hale');
  });

  it('finds a claim waved away: brushed aside, laughed off, scoffed at, rolled their eyes at', () => {
    const cases: Array<[string, string]> = [
      ['Mayor Tom Hale brushed aside the allegations.', 'Tom Hale'],
      ['Mayor Tom Hale laughed off the suggestion that he would resign.', 'Tom Hale'],
      ['Mayor Tom Hale scoffed at the idea that the budget had been cut.', 'Tom Hale'],
      ['Mayor Tom Hale waved away the report.', 'Tom Hale'],
      ['Mayor Tom Hale rolled his eyes at such an argument.', 'Tom Hale'],
    ];
    for (const [text, by] of cases) expect(disputed(text)[0]?.disputedBy, text).toBe(by);
    // not as a possibility or a plan, not without someone doing it, not a thing that is not said
    expect(disputed('Mayor Tom Hale spoke.\n\nAs easy as it may seem to just laugh off the pastor’s claims, he has been in the news all year.')).toEqual([]);
    expect(disputed('Mayor Tom Hale has chosen to shrug off recent attacks from his rival.')).toEqual([]);
    expect(disputed('Mayor Tom Hale brushed aside the curtain.')).toEqual([]);
  });

  it('keeps "the dean of X" when the coreference read the role as the body X itself', () => {
    // the headline makes "Columbia" a speaker the bare role could resolve to: a body is not the one who serves it
    const text = 'Columbia defends its exams.\n\nThe dean of Columbia’s Graduate School of Law has published a letter strongly disputing claims by the board that the exams were leaked.';
    expect(disputed(text)[0]?.disputedBy).toBe('the dean of Columbia’s Graduate School of Law');
  });

  it('reads the subject after "it appears that" as the disputer, not the "it"', () => {
    const text = 'Tom Hale and Ana Ruiz spoke on Monday.\n\nIn this case, it appears that Hale and Ruiz prolonged the inquiry by publicly denying that the mayor was telling the truth.';
    expect(disputed(text)[0]?.disputedBy).toBe('Tom Hale and Ana Ruiz');
    // a name inside the raised clause that is not its subject: the passive's agent disputes, not Hale
    expect(disputed('Tom Hale spoke on Monday.\n\nIt appears that the report, which Hale wrote, was denied by officials.')[0]?.disputedBy).toBe('officials');
  });

  it('called-false: "X told me I was mistaken" inside a quotation credits X, and the speaker is the claimant', () => {
    const [d] = disputed('Ana Ruiz spoke on Monday.\n\n"Victor Lund told me I was mistaken, that the tape does not exist," Ruiz told an audience.');
    expect(d).toMatchObject({ rule: 'called-false', disputedBy: 'Victor Lund', claimant: 'Ana Ruiz' });
    // a capitalised word that names no one ("Everyone") is no disputer: the speaker's verdict, as before
    expect(disputed('Ana Ruiz spoke on Monday.\n\n"Everyone told me I was mistaken," Ruiz told an audience.')[0]?.disputedBy).toBe('Ana Ruiz');
  });

  it('called-false: "FBI statistics show that … are incorrect" credits the body whose records show it', () => {
    expect(disputed('Mayor Tom Hale posted figures on Monday.\n\nLast year’s FBI statistics show that the numbers in Hale’s post are incorrect.')[0]?.disputedBy).toBe('FBI');
    // records of no named body: no disputer is made up
    expect(disputed('Mayor Tom Hale posted figures on Monday.\n\nLast year’s statistics show that the numbers in Hale’s post are incorrect.')[0]?.disputedBy ?? null).toBeNull();
  });
});

describe('disputed assertions: rules from the dev2 pages', () => {
  it('called-dismissive: "called the impeachment process a sham" credits the caller; "a sham trial" does not fire', () => {
    expect(disputed('Senator Ann Bly called the impeachment process a sham.')[0]).toMatchObject({ rule: 'called-dismissive', disputedBy: 'Ann Bly' });
    expect(disputed('Senator Ann Bly called the impeachment process a political witch hunt.')[0]).toMatchObject({ rule: 'called-dismissive' });
    expect(disputed('Senator Ann Bly called the hearing a sham trial of her party.')).toHaveLength(0);
  });

  it('called-false: "the actions were wrong" is a moral verdict on a deed; "the figures were wrong" still fires', () => {
    expect(disputed('Fifty-one percent say that “Mayor Tom Hale’s actions were wrong and he should resign.”')).toHaveLength(0);
    expect(disputed('“Mayor Tom Hale’s figures were wrong,” Ana Ruiz said.')[0]).toMatchObject({ rule: 'called-false', disputedBy: 'Ana Ruiz' });
  });

  it('lies-put-out: "all the nonsense and lies put out" credits the speaker; a maxim "lies spread fast" does not fire', () => {
    expect(disputed('“We make no apology for answering all the nonsense and lies put out,” Ana Ruiz told the BBC.')[0]).toMatchObject({ rule: 'lies-put-out', disputedBy: 'Ana Ruiz' });
    expect(disputed('“Lies spread faster than the truth online,” Ana Ruiz told the BBC.')).toHaveLength(0);
  });

  it('no-evidence: "there was no indication" said as a denial credits the speaker; "no indication of when" does not fire', () => {
    expect(disputed('“There was no indication, absolutely no indication,” Ana Ruiz said.')[0]).toMatchObject({ rule: 'no-evidence', disputedBy: 'Ana Ruiz' });
    expect(disputed('“Ambassador Leo Park confirmed that he had no indication whatsoever of any deal,” Ana Ruiz said.')[0]).toMatchObject({ rule: 'no-evidence', disputedBy: 'Ana Ruiz' });
    expect(disputed('“The notice gave no indication when the road would reopen,” Ana Ruiz said.')).toHaveLength(0);
  });

  it('said-never: "said that they had not …" fires; "acknowledged that they had not …" is an admission and does not', () => {
    expect(disputed('Mayor Tom Hale said that he had not falsified the records.')[0]).toMatchObject({ rule: 'said-never', disputedBy: 'Tom Hale' });
    expect(disputed('Mayor Tom Hale acknowledged to supervisors that he had not checked the cells.')).toHaveLength(0);
  });

  it('never-happened: "that never happened" fires; "a country that never gave us" is a relative clause and does not', () => {
    expect(disputed('“That never happened,” Ana Ruiz said.')[0]).toMatchObject({ rule: 'never-happened', disputedBy: 'Ana Ruiz' });
    expect(disputed('“We take billions from a country that never gave us ten cents,” Ana Ruiz said.')).toHaveLength(0);
  });

  it('no-evidence: the reporting verb right before "no evidence" names the disputer, not an earlier clause’s', () => {
    expect(disputed('Although lawyers for the family suggested he was murdered, Judge Ana Ruiz told lawmakers no evidence supports anything but suicide.')[0]).toMatchObject({ rule: 'no-evidence', disputedBy: 'Ana Ruiz' });
    expect(disputed('Although lawyers for the family suggested he was murdered, the report offered no verdict on anything but suicide.')).toHaveLength(0);
  });
});

describe('the dispute rules’ words, in the lexicon', () => {
  it('keeps closed lists as words and nouns and verbs by lemma, with their forms generated', () => {
    expect([...PAREN_LEAD]).toEqual(['again', 'also', 'once']);
    expect([...CONDITION]).toEqual(['if', 'whether', 'unless', 'until']);
    expect([...FIRST_PERSON_OBJECTS]).toEqual(['me', 'us']);
    expect(PREDICATE_FILLERS.has('utterly') && NOT_MODIFIER.has('several')).toBe(true);
    // nouns: plurals generated from the lemma ("verdicts", "tallies"), with the exceptions named ("decision" singular only)
    expect(['allegations', 'verdicts', 'tallies', 'data', 'critics'].every((w) => CLAIM_NOUNS.has(w))).toBe(true);
    expect(CLAIM_NOUNS.has('decisions')).toBe(false);
    expect([...SIDE_NOUNS]).toContain('loyalists');
    // verbs: the forms a rule reads, from inflect.ts ("took", "taken"; "denies" but never the noun-like "disputes")
    expect(['take', 'takes', 'took', 'taken', 'taking'].every((w) => TAKE_FORMS.has(w))).toBe(true);
    expect(OPEN_DENIALS.has('denies') && OPEN_DENIALS.has('rebuts') && !OPEN_DENIALS.has('disputes')).toBe(true);
    expect(NEVER_DONE.has('knew') && !NEVER_DONE.has('known')).toBe(true);
  });

  it('reads a generated form the hand-typed list lacked: "has taken issue with the report"', () => {
    expect(disputed('Omar Reyes has taken issue with the report.')[0]).toMatchObject({ rule: 'took-issue', disputedBy: 'Omar Reyes' });
  });
});

describe('disputes reported through an infinitive of a done act', () => {
  it('reads "was quick to deny", "went on to rebut", "took to X to deny" as the subject disputing', () => {
    const cases: Array<[string, string]> = [
      ['Mayor Ines Forde was quick to deny the report.', 'Ines Forde'],
      ['In a second letter, Dr. Omar Slate went on to rebut the claims about the clinic.', 'Omar Slate'],
      ['Coach Lia Brandt took to Instagram to deny the rumours.', 'Lia Brandt'],
      ['Harlow Foods has continued to dispute the union’s figures.', 'Harlow Foods'],
    ];
    for (const [sentence, by] of cases) {
      const found = disputed(sentence);
      expect(found, sentence).toHaveLength(1);
      expect(found[0].disputedBy, sentence).toBe(by);
    }
  });

  it('leaves an infinitive that is refused, awaited or wanted', () => {
    for (const s of [
      'Mayor Ines Forde refused to deny the report.',
      'Mayor Ines Forde declined to dispute the figures.',
      'Mayor Ines Forde has yet to deny the report.',
      'Mayor Ines Forde is expected to deny the charges on Monday.',
      'Mayor Ines Forde wants to challenge the claim in court.',
    ]) expect(disputed(s), s).toEqual([]);
  });
});

describe('repudiate and disavow, with their nouns', () => {
  it('reads them like "reject": said things repudiated, a repudiation from someone', () => {
    expect(disputed('Governor Ada Moss repudiated the claims about the pension fund.')[0]).toMatchObject({ rule: 'denial', disputedBy: 'Ada Moss' });
    expect(disputed('Governor Ada Moss disavowed the remarks made by her deputy.')[0]).toMatchObject({ disputedBy: 'Ada Moss' });
    expect(disputed('Governor Ada Moss spoke on Friday.\n\nThe remarks drew a swift repudiation from Moss.')[0]).toMatchObject({ rule: 'denial-noun', disputedBy: 'Ada Moss' });
  });

  it('leaves treaties, groups and interests repudiated or disavowed', () => {
    for (const s of ['Governor Ada Moss repudiated the treaty.', 'Governor Ada Moss disavowed the group.', 'Governor Ada Moss disavowed any interest in running.']) expect(disputed(s), s).toEqual([]);
  });
});

describe('more things said that one denies, rejects or questions', () => {
  it('reads implications, labels, comparisons, views, links and a report’s accuracy as what is disputed', () => {
    const cases: Array<[string, string]> = [
      ['Councillor Vera Lind rejected any implication that she had known about the payments.', 'Vera Lind'],
      ['Councillor Vera Lind has rejected the label, saying she is no lobbyist.', 'Vera Lind'],
      ['Councillor Vera Lind rejected the comparison with the previous council.', 'Vera Lind'],
      ['Councillor Vera Lind denies any links to the developer.', 'Vera Lind'],
      ['Councillor Vera Lind questioned the accuracy of the survey.', 'Vera Lind'],
    ];
    for (const [sentence, by] of cases) {
      const found = disputed(sentence);
      expect(found, sentence).toHaveLength(1);
      expect(found[0].disputedBy, sentence).toBe(by);
    }
  });

  it('leaves links, labels and comparisons that no one disputes', () => {
    for (const s of ['The bridge is the only link to the island.', 'The label on the jar was missing.', 'Councillor Vera Lind drew a comparison with Denmark.']) expect(disputed(s), s).toEqual([]);
  });
});

describe('the passive with "by": who disputes, as the article gives them', () => {
  it('names the agent after an adverb, and an unnamed group by its words', () => {
    expect(disputed('Minister Rosa Itzel spoke on Monday.\n\nThat claim was quickly refuted by Itzel.')[0]).toMatchObject({ rule: 'denial', disputedBy: 'Rosa Itzel' });
    expect(disputed('His findings have been contested by several former employees.')[0]).toMatchObject({ rule: 'denial', disputedBy: 'several former employees' });
    expect(disputed('The account was widely disputed by local fishermen.')[0]).toMatchObject({ disputedBy: 'local fishermen' });
  });

  it('leaves a passive with no one after "by", and things that are not said', () => {
    expect(disputed('The claim was quickly refuted.')[0]?.disputedBy ?? null).toBeNull();
    expect(disputed('The road was quickly blocked by protesters.')).toEqual([]);
  });
});

describe('the "no evidence" family: no proof, no basis, without merit, lacking evidence', () => {
  it('reads a claim said to lack proof, basis, foundation or merit as disputed by who says so', () => {
    const cases: Array<[string, string]> = [
      ['Auditor Kemal Ozturk said there is zero evidence of fraud in the tender.', 'Kemal Ozturk'],
      ['Auditor Kemal Ozturk said he had seen no proof that the tender was rigged.', 'Kemal Ozturk'],
      ['Auditor Kemal Ozturk said the complaint was without merit.', 'Kemal Ozturk'],
      ['Auditor Kemal Ozturk said the accusations lacked any basis in fact.', 'Kemal Ozturk'],
      ['“The story has no foundation,” Auditor Kemal Ozturk said.', 'Kemal Ozturk'],
    ];
    for (const [sentence, by] of cases) {
      const found = disputed(sentence);
      expect(found, sentence).toHaveLength(1);
      expect(found[0].disputedBy, sentence).toBe(by); // "without merit" is also a set phrase (denial-idiom), read first
    }
  });

  it('leaves a basis, a foundation or merit that no claim lacks, and a lack no one voices', () => {
    for (const s of [
      'The council meets on a monthly basis, Auditor Kemal Ozturk said.',
      'Auditor Kemal Ozturk said the foundation of the old mill had cracked.',
      'Auditor Kemal Ozturk said there would be no merit pay this year.',
      'If there is no proof, the case will collapse, Auditor Kemal Ozturk said.',
      'The squad lacked depth, Auditor Kemal Ozturk said.',
      'The report lacked any basis in fact.',
      'A judge said the complaint had no basis.',
    ]) expect(disputed(s).filter((d) => d.rule === 'no-proof'), s).toEqual([]);
  });
});

describe('rebuttals: pushed back on someone or something said, defended against something said', () => {
  it('keeps a rebuttal of a claim, of a person or critics, or one given with reasons', () => {
    const cases: Array<[string, string]> = [
      ['Trainer Joel Maddox pushed back on the suggestion that the horse was lame.', 'Joel Maddox'],
      ['Trainer Joel Maddox fired back at critics on Sunday.', 'Joel Maddox'],
      ['Trainer Joel Maddox pushed back, saying the horse was fit.', 'Joel Maddox'],
      ['Trainer Joel Maddox defended himself against accusations of doping.', 'Joel Maddox'],
      ['Trainer Joel Maddox went on to push back against the claims.', 'Joel Maddox'],
    ];
    for (const [sentence, by] of cases) {
      const found = disputed(sentence);
      expect(found, sentence).toHaveLength(1);
      expect(found[0]).toMatchObject({ rule: 'rebuttal', disputedBy: by });
    }
  });

  it('leaves an aim to push back, pushing against a thing, and a defence against no claim', () => {
    for (const s of [
      'Trainer Joel Maddox used the interview to push back.',
      'Trainer Joel Maddox vowed to push back against the cartel’s recruiting machine.',
      'Trainer Joel Maddox pushed back against the establishment.',
      'Trainer Joel Maddox defended his stable against the flood.',
      'Such raids may be harder to defend against.',
    ]) expect(disputed(s), s).toEqual([]);
  });
});

describe('never-happened: a prediction or a repeat prevented is no denial', () => {
  it('leaves “she’d never say …” and “… didn’t happen again”, keeps “I’d never said that”', () => {
    const M = 'Maria Costa, who grows olives, spoke on Monday.\n\n';
    expect(disputed(`${M}“But he’d never say he is selling the farm,” Costa said.`)).toEqual([]);
    expect(disputed(`${M}“I would make sure that it didn’t happen again,” Costa said.`)).toEqual([]);
    expect(disputed(`${M}“I’d never said that to anyone,” Costa said.`)[0]).toMatchObject({ rule: 'never-happened', disputedBy: 'Maria Costa' });
  });
});

describe('dispute recall rules (disputes9)', () => {
  it('no-evidence: a kind of evidence between "no" and "evidence" ("no credible evidence", "no clinical evidence"), not "no new evidence"', () => {
    expect(disputed('Regional health officials said there is no clinical evidence linking the two outbreaks.')[0]).toMatchObject({ rule: 'no-evidence', disputedBy: 'Regional health officials' });
    expect(disputed('Auditor Nina Brandt said there was no credible evidence of tampering.')[0]).toMatchObject({ rule: 'no-evidence', disputedBy: 'Nina Brandt' });
    expect(disputed('Detectives said they had no new evidence in the burglary.')).toEqual([]);
  });

  it('denial: a dispute verb after a cause ("prompted the ministry to deny", "led aides like Tom Hart to counter that") is done, by whom it was caused in', () => {
    expect(disputed('The leak prompted the transport ministry to deny that any passenger data had been lost.')[0]).toMatchObject({ rule: 'denial', disputedBy: 'the transport ministry' });
    expect(disputed('The post went viral, leading campaign aides like Tom Hart to counter that every loan had been repaid.')[0]).toMatchObject({ rule: 'denial', disputedBy: 'Tom Hart' });
    expect(disputed('The leak could prompt the transport ministry to deny that any passenger data had been lost.')).toEqual([]);
  });

  it('claimed-but-said: one side’s claim answered by another’s word in the same sentence; not the claimant going on', () => {
    expect(disputed('Mayor Dan Pike has tried to suggest that he barely knows the developer, but Ana Ruiz has said she met him several times.')[0]).toMatchObject({ rule: 'claimed-but-said', disputedBy: 'Ana Ruiz', claimant: 'Dan Pike' });
    expect(disputed('But even as Dan Pike claimed on Tuesday that the depot closed for far less, one of the auditors said the two cases were different.')[0]).toMatchObject({ rule: 'claimed-but-said', disputedBy: 'one of the auditors' });
    expect(disputed('Dan Pike claimed that the depot had closed, but he said he was sorry.')).toEqual([]);
    expect(disputed('His claims about the depot were repeated, but Ana Ruiz said little.')).toEqual([]);
    expect(disputed('Mayor Dan Pike has tried to suggest that he barely knows the developer, but Ana Ruiz has said she met him several times.')[0].reason).toMatch(/^Disputed by Ana Ruiz: “suggest … said”/);
  });

  it('nothing-wrong: "insisted he had done nothing wrong", "“I did nothing illegal,” she said"; not the writer’s own, nor "nothing wrong with"', () => {
    expect(disputed('Councillor Ann Smith insisted she had done nothing wrong.')[0]).toMatchObject({ rule: 'nothing-wrong', disputedBy: 'Ann Smith' });
    expect(disputed('“I did nothing illegal,” Ann Smith said.')[0]).toMatchObject({ rule: 'nothing-wrong', disputedBy: 'Ann Smith' });
    expect(disputed('Ann Smith said there was nothing improper about the contract.')[0].reason).toMatch(/^Disputed by Ann Smith: “was nothing improper”/);
    expect(disputed('He did nothing wrong.')).toEqual([]);
    expect(disputed('Ann Smith said there is nothing wrong with being ambitious.')).toEqual([]);
    expect(disputed('If he did nothing wrong, why hide it, Ann Smith asked.')).toEqual([]);
  });

  it('counter-claim: the charge named after "despite" may come a few words on ("despite their recent rally and claims of momentum")', () => {
    expect(disputed('Ann Smith said Tuesday that her view of the group hasn’t changed, despite their recent rally and claims of momentum.')[0]).toMatchObject({ rule: 'counter-claim', disputedBy: 'Ann Smith' });
    expect(disputed('Ann Smith said Tuesday that her view of the group hasn’t changed, despite their recent rally.')).toEqual([]);
  });

  it('no-reply: a quotation opening with a bare "No," and something said after it; not "No one", "No, no, no" or a quotation within one', () => {
    const [d] = disputed('“No, it was never a mistake,” Ann Smith said.');
    expect(d).toMatchObject({ rule: 'no-reply', disputedBy: 'Ann Smith' });
    expect(d.reason).toMatch(/^Disputed by Ann Smith: “No, it was never a”/);
    expect(disputed('“No one came to the hall,” Ann Smith said.')).toEqual([]);
    expect(disputed('“No, no, no, no,” Ann Smith said, laughing.')).toEqual([]);
    expect(disputed('“There is a mood of ‘No, you go first,’” Ann Smith said.')).toEqual([]);
  });

  it('a partial quotation after a pronoun subject is the writer’s sentence going on for its first three words: it “categorically denies” the claims', () => {
    expect(disputed('The firm said it “categorically denies” the allegations.')[0]).toMatchObject({ rule: 'denial', disputedBy: 'the firm' });
    expect(disputed('Ann Smith said she “strongly rejects” the claims.')[0]).toMatchObject({ rule: 'denial', disputedBy: 'Ann Smith' });
  });

  it('out-of-context: "said her words had been taken out of context", in a quotation too; not the writer’s own', () => {
    expect(disputed('Ann Smith said her remarks had been taken out of context.')[0]).toMatchObject({ rule: 'out-of-context', disputedBy: 'Ann Smith' });
    expect(disputed('“That line was quoted out of context,” Ann Smith said.')[0]).toMatchObject({ rule: 'out-of-context', disputedBy: 'Ann Smith' });
    expect(disputed('The clip, taken out of context, spread widely.')).toEqual([]);
  });

  it('claim-dismissed: a claim noun, a copula and a word waving it away ("ridiculous", "politically motivated", "a witch hunt"), said by someone', () => {
    expect(disputed('Ann Smith said the allegations were “ridiculous.”')[0]).toMatchObject({ rule: 'claim-dismissed', disputedBy: 'Ann Smith' });
    expect(disputed('Ann Smith said the accusations were politically motivated.')[0].reason).toMatch(/^Disputed by Ann Smith: “accusations were politically motivated/);
    expect(disputed('“These claims are a witch hunt,” Ann Smith said.')[0]).toMatchObject({ rule: 'claim-dismissed', disputedBy: 'Ann Smith' });
    expect(disputed('The claims are ridiculous.')).toEqual([]);
    expect(disputed('Ann Smith said the queue was ridiculous.')).toEqual([]);
  });

  it('inaccuracies: errors found in a text ("contains numerous inaccuracies", "riddled with errors"), said by someone; not negated, not the writer’s', () => {
    expect(disputed('The water board said the survey “contains numerous inaccuracies.”')[0]).toMatchObject({ rule: 'inaccuracies', disputedBy: 'the water board' });
    expect(disputed('Ann Smith said the leaflet was riddled with errors.')[0]).toMatchObject({ rule: 'inaccuracies', disputedBy: 'Ann Smith' });
    expect(disputed('The survey contains several errors.')).toEqual([]);
    expect(disputed('Ann Smith said the form did not contain errors.')).toEqual([]);
    expect(disputed('Ann Smith was asked about factual errors in her speech.')).toEqual([]);
  });

  it('different-account: someone gives a rival account ("gave a very different account", "tells a different story"); not a thing or a hypothetical', () => {
    expect(disputed('Ann Smith, however, gave a very different account of the meeting.')[0]).toMatchObject({ rule: 'different-account', disputedBy: 'Ann Smith' });
    expect(disputed('Ann Smith tells a different story.')[0].reason).toMatch(/^Disputed by Ann Smith: “tells a different story/);
    expect(disputed('The film tells a different story every time.')).toEqual([]);
    expect(disputed('Ann Smith would have a different story to tell.')).toEqual([]);
  });

  it('not-supported: a claim said not to rest on the facts ("not supported by the evidence", "based on opinion, not actual facts"), by someone', () => {
    expect(disputed('Ann Smith said the allegations “are not supported by the evidence.”')[0]).toMatchObject({ rule: 'not-supported', disputedBy: 'Ann Smith' });
    expect(disputed('Ann Smith said the remarks were based on rumour, not actual facts.')[0]).toMatchObject({ rule: 'not-supported', disputedBy: 'Ann Smith' });
    expect(disputed('The claim is not supported by the evidence.')).toEqual([]);
    expect(disputed('Ann Smith said she was not supported by her party.')).toEqual([]);
  });

  it('unfairly: someone says they or theirs are misrepresented ("has said the union is unfairly painting her budget as cruel"); not the writer’s own', () => {
    expect(disputed('Ann Smith has said that the union is unfairly painting her budget as cruel.')[0]).toMatchObject({ rule: 'unfairly', disputedBy: 'Ann Smith' });
    expect(disputed('“The papers have unfairly portrayed my family,” Ann Smith said.')[0]).toMatchObject({ rule: 'unfairly', disputedBy: 'Ann Smith' });
    expect(disputed('The paper unfairly maligned her.')).toEqual([]);
  });

  it('verdict: a longer object when it names what was said ("called the two long investigative reports “inaccurate”"), not any six words', () => {
    expect(disputed('The water board called the two long investigative reports “inaccurate and misleading.”')[0]).toMatchObject({ rule: 'verdict', disputedBy: 'the water board' });
    expect(disputed('The water board called the two long and windy evening meetings inaccurate.')).toEqual([]);
  });

  it('could-not-have: someone says they cannot have been where or as charged; not "could not have done more" or "been happier"', () => {
    expect(disputed('In the interview, Ann Smith argued at length that she could not have been in the depot that night.')[0]).toMatchObject({ rule: 'could-not-have', disputedBy: 'Ann Smith' });
    expect(disputed('“I couldn’t have been there,” Ann Smith said.')[0]).toMatchObject({ rule: 'could-not-have', disputedBy: 'Ann Smith' });
    expect(disputed('Ann Smith said the crew could not have done more.')).toEqual([]);
    expect(disputed('She could not have been happier.')).toEqual([]);
  });

  it('subject: a participle after a name set off by commas goes on with its clause’s subject ("wrote to the city’s mayor, Ann Smith, calling …")', () => {
    expect(disputed('Acme Water wrote a long letter to the city’s mayor, Ann Smith, calling the two reports “inaccurate and misleading.”')[0]?.disputedBy).not.toBe('Ann Smith');
    expect(disputed('Acme’s lawyer, Ann Smith, denied the allegations.')[0]).toMatchObject({ disputedBy: 'Ann Smith' });
  });

  it('denial-noun: an owner with a word that qualifies the noun ("Ann Smith’s repeated denials"), not any word', () => {
    expect(disputed('Ann Smith’s repeated denials of the reports did not help.')[0]).toMatchObject({ rule: 'denial-noun', disputedBy: 'Ann Smith' });
    expect(disputed('The ministry heard Ann Smith’s swift rebuttal on Monday.')[0]).toMatchObject({ rule: 'denial-noun', disputedBy: 'Ann Smith' });
  });

  it('disputer: a role after a possessive with words between ("Acme’s chief executive denied"), a name before its role ("Tom Reed, Ann Smith’s lawyer, rejected"), an owned agent after "by" ("denied by Ann Smith’s office")', () => {
    expect(disputed('Ann Smith runs Acme. Acme’s chief executive denied the claims.')[0]).toMatchObject({ rule: 'denial', disputedBy: 'Acme’s chief executive' });
    expect(disputed('Tom Reed, Ann Smith’s lawyer, rejected the claims.')[0]).toMatchObject({ rule: 'denial', disputedBy: 'Tom Reed' });
    expect(disputed('Ann Smith’s lawyer, Tom Reed, rejected the claims.')[0]).toMatchObject({ rule: 'denial', disputedBy: 'Tom Reed' });
    expect(disputed('The claim was denied by Ann Smith’s office.')[0]).toMatchObject({ rule: 'denial', disputedBy: 'Ann Smith’s office' });
  });

  it('speaker of a quotation opening with a copula after "the … report" is who says the sentence ("Tom Reed said that the city report “is riddled with errors”")', () => {
    expect(disputed('Tom Reed said in an email that the city report “is riddled with errors.”')[0]).toMatchObject({ disputedBy: 'Tom Reed' });
  });

  it('denial: a participle opening the sentence goes on with the subject after its comma ("Denying the report, Ann Smith said …"); not a gerund subject', () => {
    expect(disputed('Denying the report, Ann Smith said the contracts were properly awarded.')[0]).toMatchObject({ rule: 'denial', disputedBy: 'Ann Smith' });
    expect(disputed('Denying climate change is costly.')).toEqual([]);
    expect(disputed('Denying the claims, which came in March, was easy for her.')).toEqual([]);
  });

  it('never-happened: "None of this ever happened," in the speaker’s words; not "None of this happened overnight"', () => {
    expect(disputed('“None of this ever happened,” Ann Smith told reporters.')[0]).toMatchObject({ rule: 'never-happened', disputedBy: 'Ann Smith' });
    expect(disputed('“None of this happened overnight,” Ann Smith said.')).toEqual([]);
  });

  it('disputer: a role’s side as the article words it ("The senator’s office denied"), not whoever the role was guessed to be', () => {
    expect(disputed('Ann Smith spoke first. Tom Reed, the city auditor, contradicted her. The senator’s office denied the report.').at(-1)).toMatchObject({ rule: 'denial', disputedBy: 'the senator’s office' });
  });

  it('a quotation opening on the verb after a named subject ("said that Acme “categorically rejects” the claims") is the writer’s clause going on', () => {
    expect(disputed('Ann Smith told reporters that Acme “categorically rejects” the accusations.')[0]).toMatchObject({ rule: 'denial', disputedBy: 'Acme' });
    expect(disputed('Ann Smith told reporters that Acme “will review” the accusations.')).toEqual([]);
  });

  it('denial-idiom: "has nothing to do with reality" closing a clause, said by someone; not "reality television"', () => {
    expect(disputed('The ministry said the report “has nothing to do with reality.”')[0]).toMatchObject({ rule: 'denial-idiom', disputedBy: 'the ministry' });
    expect(disputed('Ann Smith said the song has nothing to do with reality television.')).toEqual([]);
  });

  it('disputer: a bare role the coreference guessed to be someone known to hold another role is the role as worded ("the senator" is not "Anne Moore, the finance director")', () => {
    const found = disputed('Mayor Linda Jones said the city had a surplus. The city finance director, Anne Moore, contradicted her.\n\nThe senator denied that she had misled voters.');
    expect(found.at(-1)).toMatchObject({ rule: 'denial', disputedBy: 'the senator' });
  });

  it('denial: a progressive "are challenging the findings" is done by its subject; a passive "was challenged" still is not', () => {
    expect(disputed('Ann Smith’s lawyers are challenging the report’s findings.')[0]).toMatchObject({ rule: 'denial', disputedBy: 'Ann Smith’s lawyers' });
    expect(disputed('The findings were disputed.')).toEqual([]);
  });

  it('called-dismissive: the dismissive word a few words into the quotation after the object ("called the report “a politically motivated smear”")', () => {
    expect(disputed('Ann Smith called the report “a politically motivated smear.”')[0]).toMatchObject({ rule: 'called-dismissive', disputedBy: 'Ann Smith' });
  });

  it('denial: a person challenged on what they said ("challenged Tom Reed on his claim that …") is disputed; "challenged Tom Reed on trade" is not', () => {
    expect(disputed('Ann Smith challenged Tom Reed on his claim that the plant was safe.')[0]).toMatchObject({ rule: 'denial', disputedBy: 'Ann Smith' });
    expect(disputed('Ann Smith challenged Tom Reed on trade.')).toEqual([]);
    expect(disputed('Ann Smith questioned Tom Reed about his testimony.')).toEqual([]);
  });

  it('says-dismissive: a headline’s verdict without its copula ("Acme says report ‘fake’"), by the subject; not a praise', () => {
    expect(disputed('Acme says report “fake”')[0]).toMatchObject({ rule: 'says-dismissive', disputedBy: 'Acme' });
    expect(disputed('Report: half of the meetings were with donors; campaign says schedule “cherry-picked.”')[0]).toMatchObject({ rule: 'says-dismissive', disputedBy: 'campaign' });
    expect(disputed('Acme says report “great”')).toEqual([]);
  });

  it('disputer: a bare name before a side noun ("Ann Smith campaign says", "Smith lawyers deny") is that side', () => {
    expect(disputed('Ann Smith campaign says report “fake”')[0]).toMatchObject({ disputedBy: 'the Ann Smith campaign' });
  });

  it('reporter: a side or a described person the coreference names no one for ("Ann Smith’s union said", "a company spokesman said") is the disputer as worded', () => {
    expect(disputed('Ann Smith’s union said the figures were “simply not true.”')[0]).toMatchObject({ disputedBy: 'Ann Smith’s union' });
    expect(disputed('Asked about the claims, a company spokesman said they were baseless.')[0]).toMatchObject({ disputedBy: 'a company spokesman' });
  });

  it('denial: a progressive "are questioning whether" is no dispute', () => {
    expect(disputed('Some residents are questioning whether the plant could be closed.')).toEqual([]);
  });

  it('a quotation’s speaker read from a possessive gives way to the owned side that reports it ("Ann Smith’s office said the report was “riddled with errors”")', () => {
    expect(disputed('Ann Smith’s office said the report was “riddled with errors and falsehoods.”')[0]).toMatchObject({ disputedBy: 'Ann Smith’s office' });
  });

  it('denial-idiom: "bears no resemblance to reality" closing a clause', () => {
    expect(disputed('Ann Smith said the paper’s account “bears no resemblance to reality.”')[0]).toMatchObject({ rule: 'denial-idiom', disputedBy: 'Ann Smith' });
  });

  it('made-up: the one said to make a story up is not its disputer ("Ann Smith doing what she always does -- making up a story")', () => {
    expect(disputed('It was Ann Smith doing what she always does -- making up a story to tell herself and the public.')).toEqual([]);
    expect(disputed('Tom Reed told reporters that Ann Smith had “made up the story.”')[0]).toMatchObject({ rule: 'made-up', disputedBy: 'Tom Reed' });
  });

  it('not disputes: "lies in" (the verb), a first-person admission, a hypothetical "would be incorrect", "accepted or rejected", "maintains local control"', () => {
    expect(disputed('Ann Smith said part of the answer to the shortage lies in better training.')).toEqual([]);
    expect(disputed('“I think I was wrong in 2019,” Ann Smith said of her answer.')).toEqual([]);
    expect(disputed('Ann Smith said that to announce the response in advance would be incorrect; it would also be unwise.')).toEqual([]);
    expect(disputed('Tom Reed described the recommendations of his staff, which he has accepted or rejected.')).toEqual([]);
    expect(disputed('Ann Smith said her plan maintains local control, but it doesn’t stop there.')).toEqual([]);
    // the same words still dispute where they do: someone told the speaker she was wrong, a claim denied
    expect(disputed('“Tom Reed told me I was mistaken,” Ann Smith said.')[0]).toMatchObject({ disputedBy: 'Tom Reed' });
    expect(disputed('Tom Reed rejected the claim that the plant would close.')[0]).toMatchObject({ disputedBy: 'Tom Reed' });
  });

  it('a sentence opener ("Well, …", "First …", "Frankly, …") is no one who disputes', () => {
    for (const f of [...disputed('Well, I violently disagree with your assessment.'), ...disputed('First uh - let me again try to correct the record on the matter.'), ...disputed('Frankly, that’s not true.')]) {
      expect(String(f.disputedBy)).not.toMatch(/^(?:Well|First|Frankly)$/);
    }
  });
});

