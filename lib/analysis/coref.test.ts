import { describe, expect, it } from 'vitest';
import { buildContext } from './context';
import { toArticleInput } from './input';
import { analyze } from './index';

/** The canonical name coreference gives the possessive "his"/"her" at the n-th occurrence of `word` in the text. */
function ownerOf(text: string, word: string, n = 0): string | null {
  const ctx = buildContext(toArticleInput(text));
  let at = -1;
  for (let k = 0; k <= n; k++) at = text.indexOf(word, at + 1);
  return ctx.ownerAt(at)?.canonical ?? null;
}

describe('coreference of a possessive "his"/"her"', () => {
  it('reads the latest person of that gender before the pronoun, in reading order', () => {
    const text = 'Omar Reyes met Ana Ruiz on Monday.\n\nHis campaign denied the report, and her lawyers agreed.';
    expect(ownerOf(text, 'His')).toBe('Omar Reyes');
    expect(ownerOf(text, 'her')).toBe('Ana Ruiz');
    // a man named after the pronoun is not its owner; the one before it is
    expect(ownerOf('Omar Reyes spoke.\n\nHis aide, said Leo Hart, left.', 'His')).toBe('Omar Reyes');
    expect(ownerOf('Omar Reyes spoke. Then Leo Hart spoke.\n\nHis aide left.', 'His')).toBe('Leo Hart');
  });

  it('follows the people coreference resolved, however far back and however named since', () => {
    // named once, four sentences back, then only "he": still the owner
    const text = 'Omar Reyes spoke on Monday. He left early. It rained. Snow fell later.\n\nHis campaign denied the report.';
    expect(ownerOf(text, 'His')).toBe('Omar Reyes');
    // "Mr Reyes" resolves to the full name the article gave
    expect(ownerOf('Omar Reyes and Ana Ruiz spoke.\n\nMr Reyes left. Her aide stayed. His aide left.', 'His')).toBe('Omar Reyes');
  });

  it('gives no owner when no person of that gender was read before', () => {
    expect(ownerOf('Ana Ruiz spoke.\n\nHis campaign denied the report.', 'His')).toBeNull();
    expect(ownerOf('His campaign denied the report. Omar Reyes spoke.', 'His')).toBeNull();
  });
});

/** The canonical names coreference gives the name mentions written `written`. */
function canonicalsOf(text: string, written: string): (string | null)[] {
  const ctx = buildContext(toArticleInput(text));
  return ctx.units.flatMap((u) => u.mentions.filter((m) => m.text === written).map((m) => m.canonical));
}

describe('canonical names without a given name', () => {
  it('drops a form of address before a lone surname: "Mr. Lim" is "Lim", the name a bare "Lim" has', () => {
    expect(canonicalsOf('Mr. Lim spoke on Monday. Later, Lim left.', 'Mr. Lim')).toEqual(['Lim']);
    expect(canonicalsOf('Mr. Lim spoke on Monday. Later, Lim left.', 'Lim')).toEqual(['Lim']);
    expect(canonicalsOf('Gov. Marren spoke on Monday.', 'Gov. Marren')).toEqual(['Marren']);
  });

  it('keeps it for a man and a woman of one surname, for an office, and gives the full name when the article has one', () => {
    expect(canonicalsOf('Mr. Osei and Mrs. Osei run the bakery. Mrs. Osei spoke.', 'Mrs. Osei')).toEqual(['Mrs. Osei', 'Mrs. Osei']);
    expect(canonicalsOf('Mr. President spoke first.', 'Mr. President')).toEqual(['Mr. President']);
    expect(canonicalsOf('Irene Varley spoke. Ms. Varley left.', 'Ms. Varley')).toEqual(['Irene Varley']);
  });
});

/** The canonical name coreference gives the n-th mention written `written` (a pronoun, a lone name, a role noun). */
function resolvedAt(text: string, written: string, n = 0): string | null {
  const ctx = buildContext(toArticleInput(text));
  const all = ctx.units.flatMap((u) => u.mentions.filter((m) => m.text === written));
  return all[n]?.canonical ?? null;
}

describe('the subject after a fronted adverbial', () => {
  it('does not make a name in a fronted prepositional phrase the subject a later "he" refers to', () => {
    const text = 'Omar Reyes spoke on Monday.\n\nAt a hearing of the committee that Leo Hart chairs, Omar Reyes asked for funds. “We need two,” he said.';
    expect(resolvedAt(text, 'he')).toBe('Omar Reyes');
    const text2 = 'Omar Reyes spoke on Monday.\n\nIn an interview about his friendship with Leo Hart, Ana Ruiz pressed Reyes. “I do not remember,” he said.';
    expect(resolvedAt(text2, 'he')).toBe('Omar Reyes');
  });

  it('keeps the subject of a fronted clause when the main clause opens with a pronoun', () => {
    const text = 'Leo Hart met Omar Reyes.\n\nWhen Omar Reyes announced the deal, he said it was fair.';
    expect(resolvedAt(text, 'he')).toBe('Omar Reyes');
  });
});

describe('people known by one name', () => {
  it('makes a titled one name ("Prince Andrew") the person a later bare "Andrew" and "he" refer to', () => {
    const text = 'The real Prince Andrew was busy on Monday.\n\nIn a talk with Leo Hart, Ana Ruiz pressed Andrew. Andrew does not remember, but he remembers pizza. “It was unusual,” he said.';
    expect(resolvedAt(text, 'Andrew', 1)).toBe('Prince Andrew');
    expect(resolvedAt(text, 'he', 1)).toBe('Prince Andrew');
  });

  it('makes a lone given name a person "he" refers to, not a man named long before', () => {
    const text = 'Grant Sabatier wrote a book.\n\nTommy retired at 51. He never earned six figures, he wrote. “It is mental,” he wrote.';
    expect(resolvedAt(text, 'he', 1)).toBe('Tommy');
  });

  it('keeps two people of one surname apart and leaves a lone word that is no given name unresolved', () => {
    expect(canonicalsOf('Mr. Osei and Mrs. Osei run the bakery. Mrs. Osei spoke.', 'Mrs. Osei')).toEqual(['Mrs. Osei', 'Mrs. Osei']);
    const ctx = buildContext(toArticleInput('Omar Reyes spoke.\n\nLater, Brexit loomed. “No,” he said.'));
    expect(ctx.units.flatMap((u) => u.mentions).find((m) => m.text === 'he')?.canonical).toBe('Omar Reyes');
  });
});

describe('a titled surname the article gives no full name', () => {
  it('is a person a later "he" refers to ("President Trump … he said")', () => {
    const text = 'In each case, President Marren tied himself to the outcome.\n\nMarren sent a message. “Vote today,” he said.';
    expect(resolvedAt(text, 'he')).toBe('Marren');
  });
});

describe('the role noun "the royal"', () => {
  it('is the person the article is about, but "the royal family" names no one', () => {
    const text = 'Prince Andrew spoke on Monday.\n\nWas this how vulnerable the royal was? The royal family said no. The royal told the BBC.';
    expect(resolvedAt(text, 'the royal', 0)).toBe('Prince Andrew');
    expect(resolvedAt(text, 'the royal', 1)).toBe('the royal'); // unresolved: its own words
    expect(resolvedAt(text, 'the royal', 2)).toBe('Prince Andrew');
  });
});

describe('the fullest form of a name with a two-word family name', () => {
  const speakers = (text: string): Array<string | null | undefined> => analyze(text).filter((f) => f.kind === 'quote').map((f) => f.speaker);
  it('reads "Hawk Sawyer" as the "Kathleen Hawk Sawyer" named before or after it', () => {
    expect(speakers('Barr put Kathleen Hawk Sawyer in charge.\n\n“We have some bad staff,” Hawk Sawyer said.')).toEqual(['Kathleen Hawk Sawyer']);
    expect(speakers('“I didn’t see him,” Eriksson Ek said.\n\nThe pass came from Joel Eriksson Ek on the left.')).toEqual(['Joel Eriksson Ek']);
  });
  it('keeps a given name that ends a longer name, and a headline run, apart', () => {
    // "Jane Smith" is not "Mary Jane Smith": the first word is a given name
    expect(speakers('Mary Jane Smith and others came.\n\n“It is late,” Jane Smith said.')).toEqual(['Jane Smith']);
    // "Bush Hits Marco Rubio" opens with no given name: no one's fullest form
    expect(speakers('Bush Hits Marco Rubio On Debate Stage\n\n“We will win,” Marco Rubio said.')).toEqual(['Marco Rubio']);
  });
});

describe('an organisation’s abbreviation', () => {
  const speakers = (text: string): Array<string | null | undefined> => analyze(text).filter((f) => f.kind === 'quote').map((f) => f.speaker);
  it('reads "the CDC" and "the Chinese CDC" as the one body whose capitalised words it abbreviates', () => {
    const text = 'The Chinese Center for Disease Control and Prevention said it had traced contacts.\n\nThe risk was “extremely low,” the CDC said.\n\nThere was “no need” to worry, the Chinese CDC said.';
    expect(speakers(text)).toEqual(['the Chinese Center for Disease Control and Prevention', 'the Chinese Center for Disease Control and Prevention']);
    expect(speakers('Camp news\n\nThe U.S. Customs and Border Protection did not accept the offer.\n\n“Holding is short-term,” CBP said.')).toEqual(['the U.S. Customs and Border Protection']);
  });
  it('leaves an abbreviation two bodies could share alone', () => {
    const text = 'The Central Data Council and the Civil Defence Corps met.\n\n“We agree,” the CDC said.';
    expect(speakers(text)).toEqual(['the CDC']);
  });
});

describe('the subject a later "she" or "he" refers to', () => {
  const speakers = (text: string): Array<string | null | undefined> => analyze(text).filter((f) => f.kind === 'quote').map((f) => f.speaker);
  it('is not a name after a preposition ("albums released through Big Machine")', () => {
    const text = 'Taylor Swift spoke on Monday.\n\nTaylor Swift’s first albums were released through Big Machine, which was sold this year.\n\nIn a post at the time she called this the “worst case scenario”.';
    expect(speakers(text)).toEqual(['Taylor Swift']);
  });
  it('is a passive’s agent after "by"', () => {
    const text = 'One question came up again. It was put by Gill Armitage, a swimmer.\n\nShe said she had been ill. ‘There is nothing exceptional about them.’';
    expect(speakers(text)).toEqual(['Gill Armitage']);
  });
});

describe('a group noun that opens an organisation’s name', () => {
  const speakers = (text: string): Array<string | null | undefined> => analyze(text).filter((f) => f.kind === 'quote').map((f) => f.speaker);
  it('reads "the doctors" as "Doctors for Camp Closure" when one body’s name opens with the noun', () => {
    const text = 'The offer came from Doctors for Camp Closure, a new group.\n\n“We write with urgency,” the doctors said.';
    expect(speakers(text)).toEqual(['Doctors for Camp Closure']);
    expect(speakers('Flu season began early.\n\n“We write with urgency,” the doctors said.')).toEqual(['the doctors']);
  });
});

describe('gender from kinship', () => {
  it('reads "her husband, X" and "his wife, Y" as the gender of X and Y, so "Mrs." and "Mr." find the right one', () => {
    const text = 'Mr. Obama called Naghmeh Abedini.\n\nHer husband, Saeed Abedini, was free.\n\n“I could see his love,” Mrs. Abedini wrote.\n\n“I am home,” Mr. Abedini said.';
    expect(analyze(text).filter((f) => f.kind === 'quote').map((f) => f.speaker)).toEqual(['Naghmeh Abedini', 'Saeed Abedini']);
  });
});
