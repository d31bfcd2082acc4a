import { describe, expect, it } from 'vitest';
import { analyze } from './index';

const speakers = (text: string): Array<[string, string | null | undefined]> =>
  analyze(text).filter((f) => f.kind === 'quote').map((f) => [f.text, f.speaker]);

describe('quote attribution', () => {
  it('reads "X said", "said X" and "according to X"', () => {
    expect(speakers('“It is over,” Jane Doe said.\n\n“It is not,” said Sen. Mark Roe, R-Ohio.\n\nAccording to Ann Lee, “nothing changed”.')).toEqual([
      ['It is over,', 'Jane Doe'],
      ['It is not,', 'Mark Roe'],
      ['nothing changed', 'Ann Lee'],
    ]);
  });

  it('credits a person named in apposition to a role that opens the sentence ("The leader of X, Jo Reed, warned")', () => {
    const text = 'Ina Frey spoke first.\n\nThe leader of the Civic League, Jonathan Green, warned that such a ban would be “unacceptable and wrong.”';
    expect(speakers(text)).toEqual([['unacceptable and wrong.', 'Jonathan Green']]);
    // a person's name before the comma keeps the subject: "Jo Reed, Ann Lee, said" is no apposition to a role
    const list = 'Ina Frey spoke first.\n\nJo Reed, Ann Lee and Tom Hart warned that the ban was “wrong.”';
    expect(speakers(list)[0][1]).not.toBe('Ina Frey');
  });

  it('does not credit words quoted in an earlier clause to a later "X said:" that introduces its own quotation', () => {
    const text = 'After Ann Lee said that students might do better at “less advanced schools,” Tom Hart said: “I don’t like what she said.”';
    expect(speakers(text)).toEqual([
      ['less advanced schools,', 'Ann Lee'],
      ['I don’t like what she said.', 'Tom Hart'],
    ]);
  });

  it('credits the agent after "by" when a naming participle comes before the quotation ("labeled as a “witch hunt” by Democrats")', () => {
    expect(speakers('The inquiry, often labeled as a “witch hunt” by Democrats, went on.\n\nThe plan was called “a disaster” by Jane Roe on Monday.')).toEqual([
      ['witch hunt', 'Democrats'],
      ['a disaster', 'Jane Roe'],
    ]);
    // the agent between "by" and "as": "described by Sen. Tom Hart as “reckless”"
    expect(speakers('The plan, described by Sen. Tom Hart as “reckless,” passed.')).toEqual([['reckless,', 'Tom Hart']]);
    // no naming participle before it: "by" is no agent of the quotation ("a “fair share” by 2030")
    expect(speakers('Jane Roe wants a “fair share” by Monday.')[0][1]).toBe('Jane Roe');
  });

  it('carries "with X doing …" over "and" to a second participle ("with Tom Hart tweeting … and asking, “…”")', () => {
    const text = 'Republicans were quick to chime in, with Tom Hart tweeting that it was a “disaster” for Ann Lee and asking, “How can she lead?”';
    expect(speakers(text)).toEqual([
      ['disaster', 'Tom Hart'],
      ['How can she lead?', 'Tom Hart'],
    ]);
  });

  it('reads "Western Journalism reported" as an outlet, not as the "he" of the next paragraph', () => {
    const text = 'Western Journalism reported on Saturday that the plan had stalled.\n\nHe noted, “I will not run again.”';
    expect(speakers(text)).toEqual([['I will not run again.', null]]);
  });

  it('maps "Mr X" and role nouns to the full name the article gave', () => {
    const text = [
      'Foreign Minister Petra Novak met Prime Minister Tomas Berg on Friday.',
      '“We agreed on the basics,” Ms Novak told reporters.',
      'The prime minister said the talks were “useful but slow”.',
      '“We will meet again,” the foreign minister added.',
    ].join('\n\n');
    expect(speakers(text)).toEqual([
      ['We agreed on the basics,', 'Petra Novak'],
      ['useful but slow', 'Tomas Berg'],
      ['We will meet again,', 'Petra Novak'],
    ]);
  });

  it('credits joined people to the one named nearest the verb, and a rank with its ordinal to the person', () => {
    const text = [
      'The report came out on Monday. Jo Reed and Sam Lee wrote that the plan was “a mess from the start.”',
      '“I was hoping for something else,” said Air Force 1st Lt. Tyler Livingston.',
      'Ukraine and independent analysts say the ceasefire is “holding for now.”',
    ].join('\n\n');
    expect(speakers(text)).toEqual([
      ['a mess from the start.', 'Sam Lee'],
      ['I was hoping for something else,', 'Tyler Livingston'],
      ['holding for now.', 'Ukraine'],
    ]);
  });

  it('keeps a place that opens with "South" and a title before "of" in the name', () => {
    const text = [
      'The press secretary spoke first. Secretary of State John F. Kerry said the vote was “an important step forward.”',
      '“We will win this state,” added a South Carolina Democrat.',
    ].join('\n\n');
    expect(speakers(text)).toEqual([
      ['an important step forward.', 'John F. Kerry'],
      ['We will win this state,', 'South Carolina Democrat'],
    ]);
  });

  it('reads past a title that "and" joins to another ("former Pennsylvania Gov. and … Chairman Ed Rendell")', () => {
    expect(speakers('“It works,” said former Pennsylvania Gov. and Democratic National Committee Chairman Ed Rendell.')).toEqual([['It works,', 'Ed Rendell']]);
  });

  it('credits a question to who "told" someone in the next sentence', () => {
    const text = 'Jo Reed met Sam Lee on Monday.\n\nSam Lee left early.\n\n“Who knows?” Reed told Britain’s ITV in an interview aired on Monday.';
    expect(speakers(text)).toEqual([['Who knows?', 'Jo Reed']]);
  });

  it('takes a speech word after a possessive or an article as a noun, not a reporting verb', () => {
    const text = 'Jo Reed hosted the show.\n\nLater, Reed stated of the scandal that the inspector Sam Lee’s report “was not good.”';
    expect(speakers(text)).toEqual([['was not good.', 'Jo Reed']]);
  });

  it('reads a short aside between the name and the verb of the next sentence', () => {
    expect(speakers('“Perpetual motion!” Rep. Glenn Thompson, R-Pa., said of the week.')).toEqual([['Perpetual motion!', 'Glenn Thompson']]);
  });

  it('credits a quote inside reported speech to the person reporting it, not to the one they describe', () => {
    const text = [
      'Councillor Ruth Okafor met the housing minister, Daniel Marsh, on Tuesday.',
      'Okafor said Marsh assured the council that the money would arrive “well before the winter.”',
      'A tenants’ group said residents warned that the flats were “simply not safe.”',
      'Marsh told reporters the plan was “on track.”',
    ].join('\n\n');
    expect(speakers(text)).toEqual([
      ['well before the winter.', 'Ruth Okafor'],
      // the outer speaker is a vague group: the nearer, named cue keeps the quote
      ['simply not safe.', 'residents'],
      ['on track.', 'Daniel Marsh'],
    ]);
  });

  it('resolves he/she to the latest person of that gender', () => {
    const text = 'Mr Alan Price met Ms Rita Gold in Leeds.\n\nMs Gold spoke first.\n\n“It went well,” she said.\n\n“I agree,” he said.';
    expect(speakers(text)).toEqual([
      ['It went well,', 'Rita Gold'],
      ['I agree,', 'Alan Price'],
    ]);
  });

  it('reads spokespeople: "a spokesperson for X" is X, "X’s spokesman Y" is Y, "X’s office" is X', () => {
    const text = [
      'A spokesperson for Northwind Energy said: “Supplies are safe.”',
      'Mr Carl Boyd’s spokesman Tim Ash told the BBC: “He is resting.”',
      'Carl Boyd’s office said the claim was “absurd”.',
    ].join('\n\n');
    expect(speakers(text)).toEqual([
      ['Supplies are safe.', 'Northwind Energy'],
      ['He is resting.', 'Tim Ash'],
      ['absurd', 'Carl Boyd'],
    ]);
  });

  it('carries the speaker over split quotes, quote-only paragraphs and multi-paragraph quotes', () => {
    const text = [
      '“We will,” said coach Dana Wells, “fight on.”',
      '“Nobody here is giving up.”',
      'Wells went further at the weekend.',
      '“We are not finished.',
      '“We have only just started.”',
    ].join('\n\n');
    expect(speakers(text).map(([, s]) => s)).toEqual(['Dana Wells', 'Dana Wells', 'Dana Wells', 'Dana Wells', 'Dana Wells']);
  });

  it('takes the speaker named in the next sentence', () => {
    expect(speakers('“The plan is dead.” That was the verdict of Jane Doe, a local councillor.')).toEqual([['The plan is dead.', 'Jane Doe']]);
    // "X said" opening the next sentence, followed only by when, where or how
    expect(speakers('“The county is proud to cast its votes!” Senator Mark Dunne said as he opened the roll call.')).toEqual([['The county is proud to cast its votes!', 'Mark Dunne']]);
    expect(speakers('“We won!” Mayor Jo Reed said, waving to the crowd.')).toEqual([['We won!', 'Jo Reed']]);
    // but not when what follows is what they said next
    expect(speakers('“We won!” Mayor Jo Reed said the count would go on for days.')).toEqual([['We won!', null]]);
  });

  it('keeps organisations as written', () => {
    expect(speakers('“Talks begin today,” the White House said in a statement.')).toEqual([['Talks begin today,', 'the White House']]);
  });

  it('reads an affiliation and a capitalised title before the name', () => {
    const text = 'Riverside County Supervisor Ana Morales said the vote was close.\n\n“We lost by four,” Morales said.\n\n“It is not over,” said Harbor Authority Chief Engineer Tom Lee.';
    expect(speakers(text)).toEqual([
      ['We lost by four,', 'Ana Morales'],
      ['It is not over,', 'Tom Lee'],
    ]);
  });

  it('resolves a pronoun the subject cannot take to the nearest person of that gender just named', () => {
    // the subject (Mr Hart) is a man; "she" is the woman named in the same sentence, not an earlier subject
    const text = 'Ms Nora Quill opened the meeting.\n\nWhen Mr Leo Hart called his agent Dana Fairweather at her office, he asked for more time. “We were all tired,” she said.';
    expect(speakers(text)).toEqual([['We were all tired,', 'Dana Fairweather']]);
    // a person of no known gender named last in the paragraph, after a subject of the other gender
    const text2 = 'Ms Nora Quill opened the meeting.\n\nMr Leo Hart wrote the book in a year, after the poet Jory Orrin explained the plan to him. “It is like an iceberg,” she said.';
    expect(speakers(text2)).toEqual([['It is like an iceberg,', 'Jory Orrin']]);
    // a person of no known gender in another paragraph (a headline's name, say) is no antecedent: the earlier subject of that gender stays
    const text3 = 'Ms Nora Quill opened the meeting.\n\nMr Leo Hart thanked Jory Orrin.\n\n“We were all tired,” she said.';
    expect(speakers(text3)).toEqual([['We were all tired,', 'Nora Quill']]);
  });

  it('credits "the statement said" and "it says" to whoever issued the statement', () => {
    const text = [
      'Two workers were hurt in a fire at a depot in Ostrava, the Harbour Rail company said in a statement on Monday.',
      '"The cause of the fire is under investigation," the statement said.',
    ].join('\n\n');
    expect(speakers(text)).toEqual([['The cause of the fire is under investigation,', 'the Harbour Rail company']]);
    const text2 = [
      '"We never blocked the show," Kestrel Records said last week.',
      'Now the label has put out another statement.',
      '"We have agreed to every request," it says.',
      '"Nobody needs our approval to perform."',
    ].join('\n\n');
    expect(speakers(text2).map(([, s]) => s)).toEqual(['Kestrel Records', 'Kestrel Records', 'Kestrel Records']);
    // "it says" with no statement named nearby is left to the other rules
    const sign = analyze('Mr Leo Hart visited the plant.\n\nThe sign on the gate is old. "Keep out," it says.').filter((f) => f.kind === 'quote');
    expect(sign.map((f) => f.reason).join(' ')).not.toMatch(/issued the statement/);
    // the reason names the rule in plain words
    expect(analyze(text).find((f) => f.kind === 'quote' && f.text.startsWith('The cause'))?.reason).toBe('Said by the Harbour Rail company, who issued the statement the article quotes');
  });

  it('credits "“…,” it said" and "they said" to the body that was the last sentence’s subject', () => {
    expect(speakers('Harbour Rail cut services on Monday.\n\n“We regret it,” it said in a statement.')).toEqual([['We regret it,', 'Harbour Rail']]);
    expect(speakers('Harbour Rail cut services on Monday. It said: “We regret it.”')).toEqual([['We regret it.', 'Harbour Rail']]);
    // a body introduced by its role and named in apposition
    const text = 'The record label that owns the songs, Kestrel Media, says the row is over.\n\n“No deal was signed,” they said.';
    expect(speakers(text)).toEqual([['No deal was signed,', 'Kestrel Media']]);
    expect(analyze(text).find((f) => f.kind === 'quote')?.reason).toBe('Said by Kestrel Media, the organisation or group “it” or “they” stands for');
    // not when a person was the last subject
    expect(speakers('Mr Leo Hart bought a new car. “It runs well,” it says on the box.')).toEqual([['It runs well,', null]]);
  });

  it('resolves a pronoun to the latest subject when its gender is unknown', () => {
    const text = 'Mr Adam Cole spoke first.\n\nLater, Kim Osei said the plan was ready.\n\n“We can start tomorrow,” he said.';
    expect(speakers(text)).toEqual([['We can start tomorrow,', 'Kim Osei']]);
  });

  it('credits a quote to the previous sentence’s speaker, or to a name and verb right after it', () => {
    const text = [
      'Lena Park said she was relieved. “It took too long.”',
      'Omar Diaz arrived late. “Why now?” Omar Diaz asked.',
      '“Who pays?” The question was put by Rita Sol, a nurse.',
    ].join('\n\n');
    expect(speakers(text)).toEqual([
      ['It took too long.', 'Lena Park'],
      ['Why now?', 'Omar Diaz'],
      ['Who pays?', 'Rita Sol'],
    ]);
  });

  it('credits a colon-introduced quote opening a paragraph to the previous paragraph’s subject', () => {
    const text = 'Aid chief Pia Lund condemned the strike.\n\nHer message was blunt: “This must stop.”';
    expect(speakers(text)).toEqual([['This must stop.', 'Pia Lund']]);
  });

  it('reads appositive roles, described speakers and descriptive role nouns', () => {
    const text = [
      'The transport secretary, Joe Hart, said the line would reopen.',
      '“It will be ready,” he said.',
      '“Nobody listened,” said the former miner turned campaigner Sue Dell.',
      'Pat Greer, 71, had the jab in 2014. “I just did it,” the retired teacher said.',
    ].join('\n\n');
    expect(speakers(text)).toEqual([
      ['It will be ready,', 'Joe Hart'],
      ['Nobody listened,', 'Sue Dell'],
      ['I just did it,', 'Pat Greer'],
    ]);
  });

  it('gives an indefinite role mid-article its own identity, and "the official" finds it again', () => {
    const text = 'Mr Ian Fox spoke on Monday.\n\nA senior Welsh official disagreed. “Nothing is agreed,” the official said.';
    expect(speakers(text)).toEqual([['Nothing is agreed,', 'a senior Welsh official']]);
  });

  it('matches "the company" and "the regulator" only to organisations of a fitting kind', () => {
    const text = [
      'Northvale Water was fined by the Environment Agency on Monday.',
      'The Environment Agency said the fine was fair.',
      'The company said it would “study the ruling”.',
      'UNRWA, the UN agency for refugees, said it was “alarmed”.',
      'The Israeli military said it hit “a command post”. Later, the military said it was “reviewing” the strike.',
    ].join('\n\n');
    expect(speakers(text)).toEqual([
      ['study the ruling', 'Northvale Water'],
      ['alarmed', 'UNRWA'],
      ['a command post', 'the Israeli military'],
      ['reviewing', 'the Israeli military'],
    ]);
  });

  it('reads particle names and acronyms', () => {
    const text = '“Gaps remain,” foreign ministry spokesman Majed al-Ansari told reporters.\n\n“We are encouraged,” GSK said.';
    expect(speakers(text)).toEqual([
      ['Gaps remain,', 'Majed al-Ansari'],
      ['We are encouraged,', 'GSK'],
    ]);
  });
});

describe('inverted attribution with a compound role', () => {
  it('reads ",” said council leader Maria Lopez" as Maria Lopez', () => {
    const text = 'Council backs flood scheme\n\n“This scheme will protect more than 1,200 homes,” said council leader Maria Lopez.';
    const q = analyze(text).find((f) => f.kind === 'quote');
    expect(q?.speaker).toBe('Maria Lopez');
  });

  it('maps "Sir Keir" and "Dame Harriet" (honorific with a first name) to the full name', () => {
    const text = [
      'Labour leader Sir Keir Starmer spoke after Dame Harriet Cole, who led the rebellion.',
      '“This is a government that has given up,” Sir Keir told reporters.',
      '“Local people deserve a real say,” Dame Harriet said.',
    ].join('\n\n');
    expect(speakers(text).map(([, s]) => s)).toEqual(['Keir Starmer', 'Harriet Cole']);
  });

  it('does not read a counted group ("Forty-one Tory MPs") as a person that "he" could mean', () => {
    const text = [
      'Forty-one Tory MPs voted against the government.',
      'Speaking in Downing Street afterwards, Mr Tom Hale said the party was united.',
      '“We have listened to colleagues,” he said.',
    ].join('\n\n');
    expect(speakers(text).map(([, s]) => s)).toEqual(['Tom Hale']);
  });

  it('treats an affiliation before role words and a name as a modifier, not the subject', () => {
    const text = [
      'Minister Anna Ross said the plan was working.',
      'Council chief executive Zara Whitfield said it would cost jobs.',
      '“When the water goes, the jobs go,” she said.',
      'Conservative finance critic Jasmine Patel has called the plan “a credit card budget”.',
    ].join('\n\n');
    expect(speakers(text).map(([, s]) => s)).toEqual(['Zara Whitfield', 'Jasmine Patel']);
  });

  it('skips a name that only qualifies the noun after it when looking for the sentence\'s subject', () => {
    // "Latvian" before "dissident" names no one: the dissident is the subject
    expect(speakers('Latvian dissident Ivo Berzins referred to the “new elite.”')).toEqual([['new elite.', 'Ivo Berzins']]);
    // …while an organisation before its verb ("Gallup found", "The Harbour Trust less than a year ago called") is the subject
    expect(speakers('In 2019, Gallup found that “most renters expect to move within two years.”')).toEqual([['most renters expect to move within two years.', 'Gallup']]);
    expect(speakers('The Harbour Trust less than a year ago called the plan “reckless.”')).toEqual([['reckless.', 'the Harbour Trust']]);
  });

  it('takes the subject of a second clause joined by "and" when the quotation sits in that clause', () => {
    expect(speakers('If you doubt it, the Tribune will call you a liar and Harbor News will accuse you of a “freak out.”')).toEqual([['freak out.', 'Harbor News']]);
    // two people joined as one subject stay that subject's first
    expect(speakers('Mr Hale’s aide Jo Reed said Mr Hale and Mr Ross would meet but added there were a “large number of questions.”')).toEqual([
      ['large number of questions.', 'Jo Reed'],
    ]);
  });

  it('reads the subject of a clause that "after" opens, with an aside before its verb', () => {
    expect(speakers('The row began after Mr. Quill, asked about the strike, had said, “We do plenty of that too.”')).toEqual([['We do plenty of that too.', 'Quill']]);
  });

  it('reads a role with "of" and a plain noun after an inverted verb ("said master of ceremonies X")', () => {
    expect(speakers('“Thanks for coming,” said master of ceremonies Omar Haddad, a retired engineer.')).toEqual([['Thanks for coming,', 'Omar Haddad']]);
    // "of" before a determiner or a name still ends the search: no speaker from "one of the protesters"
    expect(speakers('“Go home,” said one of the protesters.')).toEqual([['Go home,', null]]);
  });

  it('reads a name and plain nouns after an inverted verb as describing the person named next', () => {
    const text = [
      'Senator Mark Dunne spoke on Monday.',
      '“He is a friend,” said Dunne ally Petra Lowe.',
      '“They are frustrated,” said Oversight ranking Democrat Omar Keane.',
      '“It went well,” said Dunne in Leeds.',
    ].join('\n\n');
    expect(speakers(text).map(([, s]) => s)).toEqual(['Petra Lowe', 'Omar Keane', 'Mark Dunne']);
  });

  it('reads an inverted verb and a name before the colon that opens a paragraph: "Continued Dunne: “…”"', () => {
    const text = 'Roger Dunne spoke on the radio.\n\nStated Dunne: “I think that the stakes are so high.”\n\nContinued Dunne: “So I think it is a real problem.”';
    expect(speakers(text).map(([, s]) => s)).toEqual(['Roger Dunne', 'Roger Dunne']);
    expect(analyze(text).find((f) => f.kind === 'quote')?.reason).toBe('Said by Roger Dunne, named before the colon that opens the quote');
  });

  it('skips a dateline in ordinary case with a news agency: "Washington (AFP) –"', () => {
    expect(speakers('Washington (AFP) – Democrat Jo Reed has taken a swipe at her rival, saying that “loud comments” do harm.')).toEqual([['loud comments', 'Jo Reed']]);
    expect(speakers('Mexico City (Reuters) - Mayor Ana Ruiz said on Monday that “nothing changed.”')).toEqual([['nothing changed.', 'Ana Ruiz']]);
  });

  it('does not take the subject of what is said for the speaker: "X, a salesman, says Cruz will “…”"', () => {
    expect(speakers('Tom Ashby, a 55-year-old salesman from Sumter, South Carolina, says Reed will “leave here with momentum.”')).toEqual([['leave here with momentum.', 'Tom Ashby']]);
  });

  it('reads two-word reporting verbs: "shot back", "pointed out", "went on,"', () => {
    expect(speakers('After Mr Leo Hart criticised her during a debate, Jo Reed shot back, “I chose to work.”')).toEqual([['I chose to work.', 'Jo Reed']]);
    expect(speakers('“The stock has not done well,” Mr. Rubel pointed out.')).toEqual([['The stock has not done well,', 'Rubel']]);
    expect(speakers('Mark Dunne waited. “It happens, right?” Dunne went on, smiling. “But you get over it.”').map(([, s]) => s)).toEqual(['Mark Dunne', 'Mark Dunne']);
    // "goes on recess" reports nothing: the senator who said it does
    expect(speakers('Sen. Ana Ruiz said that once the Senate goes on recess, “I intend to help.”')).toEqual([['I intend to help.', 'Ana Ruiz']]);
  });

  it('reads "with X doing": the one named right before the participle speaks', () => {
    expect(speakers('Former ambassador Jo Reed and editor Mark Dunne were on air, with Dunne noting the absurdity of placing “a couple of hundred guys here.”')).toEqual([['a couple of hundred guys here.', 'Mark Dunne']]);
    expect(speakers('Senators Ana Ruiz and Tom Ashby met the press, with Ruiz reportedly calling the plan “a menu.”')).toEqual([['a menu.', 'Ana Ruiz']]);
  });

  it('reads a name written with a no-break space as one name, and names it with a plain space', () => {
    const text = '“Imagine that,” mused Harbour co-host Stu\u00a0Burguiere.\n\nBurguiere laughed. “Not to mention the rest.”';
    expect(speakers(text)).toEqual([['Imagine that,', 'Stu Burguiere'], ['Not to mention the rest.', 'Stu Burguiere']]);
  });

  it('takes a team or body before a role word of its own ending ("defenseman", "novelist") for a modifier', () => {
    const text = [
      'A week ago, Tom Price of the Rovers had scored once in ten games.',
      'Rovers defenseman Luke Brandt, who joked about Price’s sticks, could see the worry on his friend’s face.',
      '“He is used to scoring goals,” he said.',
    ].join('\n\n');
    expect(speakers(text)).toEqual([['He is used to scoring goals,', 'Luke Brandt']]);
  });

  it('reads an inverted attribution through a possessive description and a comma: "said the trust’s chair, Jane Roe"', () => {
    const text = [
      '“Fans want success, but not at any cost,” said the trust’s chair, Paula Finch.',
      '“Every family pays the price,” said its housing spokesperson, Rachel Dunne.',
    ].join('\n\n');
    expect(speakers(text).map(([, s]) => s)).toEqual(['Paula Finch', 'Rachel Dunne']);
  });

  it('names an organisation with the article the body gives it, even when a headline drops it', () => {
    const text = 'Election Commission rejects claims\n\nThe allegations were “baseless and misleading”, the Election Commission said.';
    expect(speakers(text)).toEqual([['baseless and misleading', 'the Election Commission']]);
  });

  it('strips a place before an abbreviated title: "Arizona Gov. Katie Hobbs" is Katie Hobbs', () => {
    expect(speakers('“It is an important step,” Arizona Gov. Katie Hobbs said.')).toEqual([['It is an important step,', 'Katie Hobbs']]);
  });

  it('reads a participle cue ("…, saying “…”"), a portfolio before a title', () => {
    expect(speakers('Chief executive Mara Osei said sales rose. Analyst Dan Webb questioned the outlook, saying margins “simply are not there”.')).toEqual([
      ['simply are not there', 'Dan Webb'],
    ]);
    expect(speakers('“We can take a fifth of the volume,” Lindqvay harbour master Greta Solheim told reporters.')).toEqual([
      ['We can take a fifth of the volume,', 'Greta Solheim'],
    ]);
  });

  it('does not take a capitalised sentence opener for a name: "Among them was X, who said …"', () => {
    expect(speakers('Among them was Harold Mensah, 81, who said the branch was “the only place I talk to anyone”.')).toEqual([
      ['the only place I talk to anyone', 'Harold Mensah'],
    ]);
  });

  it('names the organisation a role introduces without a comma, and the person after "Org’s role,"', () => {
    const text = [
      'The heart charity Heartwise said the study added to “a growing body of evidence”.',
      '“If you work nights, keep active,” said Heartwise’s medical director, Dr Sunita Rao.',
    ].join('\n\n');
    expect(speakers(text)).toEqual([
      ['a growing body of evidence', 'Heartwise'],
      ['If you work nights, keep active,', 'Sunita Rao'],
    ]);
  });

  it('reads a transcript label inside the quotation: "“PENCE: …" is the article\'s Mike Pence, an unknown label stays as written', () => {
    const text = [
      'Gov. Mike Pence spoke to the host on Sunday. A partial transcript follows.',
      '"HOSTMAN: Will she be there tomorrow night?',
      '"PENCE: She will not be attending the debate.',
      '"UPDATE: The debate starts at nine.',
    ].join('\n\n');
    const got = speakers(text);
    expect(got.find(([t]) => t.startsWith('HOSTMAN'))?.[1]).toBe('Hostman');
    expect(got.find(([t]) => t.startsWith('PENCE'))?.[1]).toBe('Mike Pence');
    expect(got.find(([t]) => t.startsWith('UPDATE'))?.[1]).not.toBe('Update');
  });

  it('never takes a dateline for the speaker: "LOS ANGELES, Sept. 28 (UPI) —", "WASHINGTON —"', () => {
    const text = [
      'LOS ANGELES, Sept. 28 (UPI) — In a clip for her new show, Mary Blige sings “Promise mama you’ll keep your hands in sight” to the senator.',
      'WASHINGTON — President Barack Obama, opening the museum on Saturday, said it would tell “an American story”.',
    ].join('\n\n');
    expect(speakers(text).map(([, who]) => who)).toEqual(['Mary Blige', 'Barack Obama']);
  });

  it('takes neither a state’s abbreviation nor a delegate’s title for a name: "of Ashton, Md., who …", "Del. Stacey Plaskett"', () => {
    const text = [
      'Donna Sampson Rawlings, 59, of Ashton, Md., who watched on a screen, said the day brought back “all the people who were not here”.',
      '“This is a waste of time,” said Del. Stacey Plaskett of the Virgin Islands.',
    ].join('\n\n');
    expect(speakers(text).map(([, who]) => who)).toEqual(['Donna Sampson Rawlings', 'Stacey Plaskett']);
  });

  it('reads an “as X put it” clause: the speaker is X, not the sentence’s subject', () => {
    const text = [
      'Margarita Simonyan runs the channel RT.',
      'As Ms. Simonyan put it in a statement in July, RT is “providing a perspective you will not get elsewhere.”',
      'He has been seen, as The New Yorker put it in a long profile, as “the operator.”',
      'As Steven M. Rosenthal, a tax lawyer at the institute, recently put it, “Did he lower his taxes legally?”',
    ].join('\n\n');
    expect(speakers(text).map(([, who]) => who)).toEqual(['Margarita Simonyan', 'the New Yorker', 'Steven M. Rosenthal']);
  });

  it('credits "X’s claim that “…”" to X when nobody in the sentence says it, and never takes the noun for a verb', () => {
    const text = [
      'Donald Trump spoke in Ohio. The fact-checkers at Politifact looked at it.',
      'Politifact seized on Trump’s claim that there have been “thousands of shootings” in the city this year.',
      'Speaker Paul Ryan told CNN on Tuesday that Ginsburg’s comments “show bias to me.”',
    ].join('\n\n');
    expect(speakers(text).map(([, who]) => who)).toEqual(['Donald Trump', 'Paul Ryan']);
  });

  it('reads "according to" past the words that describe the source and the place that qualifies it', () => {
    const text = [
      'According to conservative talk radio host Rush Limbaugh, the move reeks of “fear” and desperation.',
      'The campaign was “a labor of love” last month, according to Virginia AFL-CIO President Doris Crouse-Mays.',
    ].join('\n\n');
    expect(speakers(text).map(([, who]) => who)).toEqual(['Rush Limbaugh', 'Doris Crouse-Mays']);
  });
});

describe('participles and subordinate clauses', () => {
  it('gives a ", adding" or ", saying" quote to the speaker of the reporting verb just before it', () => {
    const text = [
      'Mayor Lena Brook met the transport secretary, Owen Hale, on Monday.',
      'Hale and his staff will visit the depot next month, Brook said, adding, “They should see the buses for themselves.”',
      'The depot may close, Hale told the council on Tuesday, noting that repairs were “far too costly.”',
      // what was said stands between the verb and the participle: the sentence's subject keeps the quote
      'Brook repeated that Hale ignores the drivers, calling him “out of touch.”',
    ].join('\n\n');
    expect(speakers(text)).toEqual([
      ['They should see the buses for themselves.', 'Lena Brook'],
      ['far too costly.', 'Owen Hale'],
      ['out of touch.', 'Lena Brook'],
    ]);
  });

  it('credits a quote inside a "when" clause to that clause’s subject, not to the sentence’s', () => {
    const text = 'Councillor Tom Hale lost the harbour vote last spring, when Mayor Lena Brook treated his offer as “a bad joke.”';
    expect(speakers(text)).toEqual([['a bad joke.', 'Lena Brook']]);
  });

  it('reads "after X said" as a clause of its own, and the previous sentence by its main clause', () => {
    const text = [
      'Senator Ivy Marsh backed the harbour bill on Friday, hours after Governor Paul Dunn said he was “deeply worried” about it.',
      'Shortly after Dunn posted his letter, the reporter Nina Cole questioned Marsh about it. “Have you read it?”',
    ].join('\n\n');
    expect(speakers(text)).toEqual([
      ['deeply worried', 'Paul Dunn'],
      ['Have you read it?', 'Nina Cole'],
    ]);
  });

  it('gives the fullest name the article uses: suffixes, particles, "Chief of Staff", honorifics with a first or family name', () => {
    const text = [
      'White House Chief of Staff Dan Reeve met Ursula van der Berg, Sheikh Omar bin Khalid, Tomas Pike Jr. and Xu Liming on Monday.',
      '“We are ready,” Reeve said.',
      '“So are we,” van der Berg said.',
      '“It took a year,” Sheikh Omar said.',
      '“I was there,” Pike said.',
      '“Nothing is settled,” Mr. Xu said.',
    ].join('\n\n');
    expect(speakers(text)).toEqual([
      ['We are ready,', 'Dan Reeve'],
      ['So are we,', 'Ursula van der Berg'],
      ['It took a year,', 'Omar bin Khalid'],
      ['I was there,', 'Tomas Pike Jr.'],
      ['Nothing is settled,', 'Xu Liming'],
    ]);
  });

  it('resolves a two-word name to the one longer name it shortens ("Ada Quist" → "Ada M. Quist")', () => {
    const text = 'Ada M. Quist wrote six novels.\n\n“I write slowly,” Ada Quist said.\n\n“Very slowly,” Quist added.';
    expect(speakers(text)).toEqual([
      ['I write slowly,', 'Ada M. Quist'],
      ['Very slowly,', 'Ada M. Quist'],
    ]);
  });

  it('gives a pull quote the speaker of the same words quoted later with their speaker', () => {
    const text = [
      '“The harbour will not close while I am mayor of this city”',
      'The council voted on Monday to keep the harbour open.',
      '“The harbour will not close while I am mayor of this city,” Mayor Lena Brook said after the vote.',
    ].join('\n\n');
    expect(speakers(text).map(([, s]) => s)).toEqual(['Lena Brook', 'Lena Brook']);
  });

  it('takes no adverb, participle or plural opening a sentence for a name ("Interestingly Reed", "Hastily politicizing")', () => {
    const text = [
      'Councillor Jo Reed spoke first. Interestingly Reed said the vote was “a mistake.”',
      'Hastily politicizing the vote, Sam Hale called it “a farce.”',
    ].join('\n\n');
    expect(speakers(text)).toEqual([
      ['a mistake.', 'Jo Reed'],
      ['a farce.', 'Sam Hale'],
    ]);
  });
});

describe('canonical names', () => {
  it('drops a form of address when the article gives no given name, and keeps it when a man and a woman share the surname', () => {
    expect(speakers('“The books were clean,” Mr. Talbot said.\n\n“We will appeal,” Gov. Marren said.')).toEqual([
      ['The books were clean,', 'Talbot'],
      ['We will appeal,', 'Marren'],
    ]);
    expect(speakers('“Thank you,” Mr. President said.')).toEqual([['Thank you,', 'Mr. President']]);
    expect(speakers('Mr. Osei and Mrs. Osei run the bakery.\n\n“We open at six,” Mrs. Osei said.')).toEqual([['We open at six,', 'Mrs. Osei']]);
    // with a given name anywhere in the article, the full name
    expect(speakers('“No comment,” Ms. Varley said.\n\nThe lawyer, Irene Varley, left.')).toEqual([['No comment,', 'Irene Varley']]);
  });

  it('keeps a person named after a body noun and a title a person ("party Chairman Reince Priebus")', () => {
    expect(speakers('At the meeting, party Chairman Dorian Pell spoke first. Later, property developer Thomas Quill arrived.\n\n“We will build,” Quill said.\n\n“Not here,” Pell said.')).toEqual([
      ['We will build,', 'Thomas Quill'],
      ['Not here,', 'Dorian Pell'],
    ]);
    expect(speakers('Energy company Western Grid raised prices.\n\n“Costs rose,” Western Grid said.')).toEqual([['Costs rose,', 'Western Grid']]);
  });

  it('reads a surname after a body noun and a comma as the person of that surname', () => {
    expect(speakers('Her cousin, Nadia Pruett, agreed to talk.\n\n“It worried the family,” Pruett said.\n\n“It bothered her family,” his cousin, Pruett, said.')).toEqual([
      ['It worried the family,', 'Nadia Pruett'],
      ['It bothered her family,', 'Nadia Pruett'],
    ]);
  });

  it('gives the full name for a lone given name of the one person named so, and the longer of two given-name forms', () => {
    expect(speakers('Martha Quist and her brother Dale Quist met us.\n\n“We went to see him,” Dale wrote.')).toEqual([['We went to see him,', 'Dale Quist']]);
    // two people of that given name: the given name stays as written
    expect(speakers('Dale Quist and Dale Marsh met us.\n\n“We went,” Dale wrote.')).toEqual([['We went,', 'Dale']]);
    expect(speakers('Joshua Penner, a professor, studies smog.\n\nAsked about it, Josh Penner shrugged. “It overflows,” Penner said.')).toEqual([['It overflows,', 'Joshua Penner']]);
    expect(speakers('Josh Penner studies smog. Joshua Penner agreed.\n\n“It overflows,” Penner said.')).toEqual([['It overflows,', 'Joshua Penner']]);
    // a given name of the other gender is another person
    expect(speakers('Dan Penner studies smog. His sister Dana Penner agreed.\n\n“It overflows,” Dan Penner said.')).toEqual([['It overflows,', 'Dan Penner']]);
  });

  it('gives the full name for a lone family name written first ("Xu" → "Xu Liming"), without a form of address', () => {
    expect(speakers('Xu Liming, a ministry spokesman, met reporters.\n\n“The port stays open,” Xu said.')).toEqual([['The port stays open,', 'Xu Liming']]);
    // two people of that family name: the word stays as written
    expect(speakers('Xu Liming and Xu Bo met reporters.\n\n“The port stays open,” Xu said.')).toEqual([['The port stays open,', 'Xu']]);
    // someone bears the word as a surname: it is theirs, not a family name first
    expect(speakers('Xu Liming met Dan Tan.\n\nTan Wei joined later.\n\n“The port stays open,” Tan said.')).toEqual([['The port stays open,', 'Dan Tan']]);
  });

  it('"he’d", "she’ll": a pronoun with a clipped auxiliary is the subject of the reporting verb', () => {
    expect(speakers('Omar Reyes wrote novels. When his editors asked for more, he’d respond, “I have a horror of being plain.”')).toEqual([
      ['I have a horror of being plain.', 'Omar Reyes'],
    ]);
    expect(speakers('Mary Jones wrote plays. When her producers asked for more, she’d respond, “Keep it short.”')).toEqual([['Keep it short.', 'Mary Jones']]);
  });

  it('"he" after a subject of the other gender: a man named since she took over, not an earlier male subject', () => {
    const text = 'Peter Berg said he liked it. “It was fine,” Berg said.\n\nAnna Lind was there too. “I have no words,” she wrote.\n\nIn 1997 she interviewed Karl Voss for a magazine. She put to him a question.\n\n“No,” he said. “You tell me one.”';
    expect(speakers(text).slice(2)).toEqual([['No,', 'Karl Voss'], ['You tell me one.', 'Karl Voss']]);
    // no man named since: the earlier male subject still
    expect(speakers('Peter Berg said he liked it. “It was fine,” Berg said.\n\nAnna Lind was there too. “I have no words,” she wrote.\n\nIn 1997 she wrote for a magazine.\n\n“No,” he said.').slice(2)).toEqual([['No,', 'Peter Berg']]);
  });

  it('a modal before the reporting verb reports the words when a quotation follows its comma ("she would respond, “…”")', () => {
    expect(speakers('Mary Jones wrote plays. When her producers asked for more, she would respond, “Keep it short.”')).toEqual([['Keep it short.', 'Mary Jones']]);
  });

  it('"X, whose company, Y, makes …, said": a name set off inside a relative clause is not the subject', () => {
    expect(speakers('Mark Webb, whose company, Webb Industries, makes the parts, said, “We are ready.”')).toEqual([['We are ready.', 'Mark Webb']]);
    expect(speakers('Lisa Grant, whose husband, Tom Grant, died in 2010, said the fund was “a lifeline.”')).toEqual([['a lifeline.', 'Lisa Grant']]);
    // an appositive name right after the subject is still the subject
    expect(speakers('The chief of the agency, Tom Grant, said the fund was “a lifeline.”')).toEqual([['a lifeline.', 'Tom Grant']]);
  });

  it('the verb of a "when" clause closed by a comma before the quotation is not its cue ("said that when X railed …, “…”")', () => {
    expect(speakers('Mary Lane was in Ohio. Mrs. Lane said that when Ms. Warren railed against the banks, “she is speaking for all of us.”')).toEqual([
      ['she is speaking for all of us.', 'Mary Lane'],
    ]);
    // the clause's own verb right before its quotation's comma still is ("after Mr. Reed, asked about it, had said, “…”")
    expect(speakers('The issue came up after Mr. Reed, asked about it, had said, “We do plenty of harm.”')).toEqual([['We do plenty of harm.', 'Reed']]);
  });

  it('a fronted phrase with a name in apposition ("Unlike his predecessor, Bill Marsh, he …") leaves "he" to the subject before', () => {
    expect(speakers('Tom Reed spoke Monday.\n\nUnlike his predecessor, Bill Marsh, he called the plan “a disaster.” Marsh disagreed. “It is fine,” he said.')).toEqual([
      ['a disaster.', 'Tom Reed'],
      ['It is fine,', 'Bill Marsh'],
    ]);
  });

  it('a pronoun subject is not the person its own clause names after it ("He called Biden “sleepy.”")', () => {
    expect(speakers('Joe Biden was attacked by President Trump on Monday. He called Biden “sleepy.”')).toEqual([['sleepy.', 'Trump']]);
    // a name in a fronted clause before the pronoun is the same man
    expect(speakers('Joe Biden was attacked by President Trump on Monday. When Biden arrived, he called it “sleepy.”')).toEqual([['sleepy.', 'Joe Biden']]);
  });

  it('"a spokeswoman for President Ann Lowe": a title and a given name make the one spoken for a person, named without the title', () => {
    expect(speakers('A spokeswoman for President Ann Lowe said it was “a reckless plan.”')).toEqual([['a reckless plan.', 'Ann Lowe']]);
    expect(speakers('A spokeswoman for Western Grid said it was “a reckless plan.”')).toEqual([['a reckless plan.', 'Western Grid']]);
  });

  it('a name after "in the journal" is inside a prepositional phrase, not the subject ("The authors of the study published in the journal X argued …")', () => {
    expect(speakers('The authors of the study published in the journal Nature Medicine argued that the rise was “a public health concern.”')).toEqual([
      ['a public health concern.', 'the authors'],
    ]);
    // a pronoun after "at the time" opens its own clause
    expect(speakers('Mary Jones left the label.\n\nIn a post at the time she described it as the “worst case scenario.”')).toEqual([['worst case scenario.', 'Mary Jones']]);
  });
});
