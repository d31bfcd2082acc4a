import { EntityTable, fits, withoutAddress, type Entity } from './entities';
import { genderOfFirstName } from './first-names';
import { COMPANY_HEADS, DESCRIPTIVE_NOUNS, FRONTED_CLAUSE_OPENERS, FRONTING_WORDS, PREPOSITIONS, SUBJECT_FOLLOWERS } from './lexicon';
import type { Mention } from './mentions';
import type { Token } from './words';

/** "her husband, Saeed Abedini", "his wife Naghmeh": a kinship noun right before a name tells the person's gender. */
const KIN_BEFORE = /\b(?:(husband|son|father|brother|uncle|nephew|grandson|grandfather)|(wife|daughter|mother|sister|aunt|niece|granddaughter|grandmother))\s*,?\s*$/i;
function kinGender(text: string, m: Mention): 'm' | 'f' | null {
  if (m.kind !== 'name' || m.org || !text) return null;
  const k = KIN_BEFORE.exec(text.slice(Math.max(0, m.start - 16), m.start));
  return k ? (k[1] ? 'm' : 'f') : null;
}

/** A mention with the canonical name it refers to. */
export interface Resolved extends Mention {
  canonical: string | null;
  entity: Entity | null;
}

/**
 * Resolves mentions to canonical names while reading the article in order: surnames to full names,
 * "he"/"she" to the latest person of that gender (else the latest person subject), role nouns
 * ("the president") to the most salient holder, "the company" to the organisation it names; a possessive "his"/"her"
 * ("his campaign", "her lawyers") to the latest person of that gender read before it.
 */
export class Coreference {
  private lastSubject: Entity | null = null;
  /** The clock when the latest subject became it (a new person, not the same one named again). */
  private lastSubjectSince = 0;
  private readonly lastSubjectBy: Record<'m' | 'f', Entity | null> = { m: null, f: null };
  private readonly lastPersonBy: Record<'m' | 'f', Entity | null> = { m: null, f: null };
  private lastOrg: Entity | null = null;
  private lastOrgSubject: Entity | null = null;
  private clock = 0;
  /** People named (in any role) in the current unit and in the latest earlier unit that named one, newest last. */
  private unitPeople: Entity[] = [];
  private prevUnitPeople: Entity[] = [];
  private unitBlock = -1;
  private prevUnitBlock = -1;
  /** The person each possessive "his"/"her" of the frames refers to, by the pronoun's start offset. */
  private readonly owners = new Map<number, Entity>();
  /** Canonical forms of names the article never gives a given name, by how they are written ("Mr. Lim" → "Lim"). */
  private readonly plain = new Map<string, string>();
  /** People the entity table has no full name for ("Prince Andrew", "Mr. Lim", "Tommy"), by canonical name, and by their one name word (null when two share it). */
  private readonly lone = new Map<string, Entity>();
  private readonly loneByWord = new Map<string, Entity | null>();

  constructor(private readonly table: EntityTable, private readonly text = '') {}

  /**
   * Resolves the frame mentions of one sentence-like unit, in order; the first person resolved is its subject. With the
   * unit's frame words, also the possessive "his"/"her" among them, each where it stands in the reading order.
   */
  resolveUnit(mentions: readonly Mention[], block = -1, frame: readonly Token[] = []): Resolved[] {
    if (this.unitPeople.length) {
      this.prevUnitPeople = this.unitPeople;
      this.prevUnitBlock = this.unitBlock;
    }
    this.unitPeople = [];
    this.unitBlock = block;
    let subjectSet = false;
    let fronted = this.frontedEnd(frame);
    // "Although Ford had outlined the book, he struggled": a fronted clause's subject is the main clause's "he" — its
    // names stay candidates unless a name or role noun after the comma is the subject
    if (fronted >= 0 && FRONTED_CLAUSE_OPENERS.has(frame[0].lower)) {
      const main = mentions.find((m) => m.start > fronted && !m.possessive);
      if (!main || main.kind === 'pronoun') fronted = -1;
    }
    let prev: Resolved | null = null;
    let w = 0;
    const ownersBefore = (pos: number): void => {
      for (; w < frame.length && frame[w].start < pos; w++) this.noteOwner(frame[w]);
    };
    const out = mentions.map((m, k) => {
      ownersBefore(m.start);
      // "The author of the book, Mitchell Zuckoff, said": the name, not the role, is the sentence's subject
      const next = mentions[k + 1];
      if (!subjectSet && m.kind === 'role' && !m.org && next?.kind === 'name' && !next.org && !next.possessive && next.start - m.end <= 30 && next.start - m.end >= 1) {
        const r = this.resolve(m);
        prev = r;
        return r;
      }
      let r = appositiveOrg(prev, m) ?? this.namedLater(mentions, k) ?? this.resolve(m);
      // "Biden was attacked by Trump. He called Biden “sleepy.”": a pronoun subject is not the person its own
      // sentence names after it (not in a fronted clause: "When he arrived, Biden said" is one man)
      if (m.kind === 'pronoun' && r.entity && m.start >= fronted && this.namedAfter(mentions, k, r.entity)) {
        const other = this.otherPerson(r.entity, m.gender ?? 'm');
        if (other) r = resolved(m, other, other.canonical);
      }
      prev = r;
      const e = r.entity;
      // "In an interview about his friendship with Jeffrey Epstein, BBC’s Emily Maitlis …": a name in a fronted
      // adverbial phrase is not the sentence's subject
      if (m.start < fronted) {
        if (e) {
          e.mentions++;
          e.lastSeen = ++this.clock;
          if (e.kind === 'person') {
            const g = m.gender ?? kinGender(this.text, m);
          if (g && !e.gender) e.gender = g;
            if (!m.possessive) this.unitPeople.push(e);
            if (e.gender) this.lastPersonBy[e.gender] = e;
          } else if (!m.possessive) this.lastOrg = e;
        }
        return r;
      }
      if (e) {
        e.mentions++;
        e.lastSeen = ++this.clock;
        if (e.kind === 'person') {
          const g = m.gender ?? kinGender(this.text, m);
          if (g && !e.gender) e.gender = g;
          if (!m.possessive) this.unitPeople.push(e); // "Fox host Jo Reed’s comments": an owner is seldom the next "she"
          if (e.gender) this.lastPersonBy[e.gender] = e;
          if (!subjectSet && !m.possessive && !afterPreposition(frame, m.start)) {
            e.subjects++;
            if (this.lastSubject !== e) this.lastSubjectSince = this.clock;
            this.lastSubject = e;
            if (e.gender) this.lastSubjectBy[e.gender] = e;
          }
        } else if (!m.possessive) {
          this.lastOrg = e;
          if (!subjectSet && !m.modifier) this.lastOrgSubject = e;
        }
      }
      if (!m.possessive && !m.modifier && m.kind !== 'group' && (e || (m.kind === 'name' && (m.nameLength >= 2 || m.honorific || m.org)))) subjectSet = true; // an unresolved role or a lone unknown word ("Later,") leaves room for the real subject
      return r;
    });
    ownersBefore(Infinity);
    return out;
  }

  /**
   * Where a fronted adverbial phrase or clause ends: the first comma after a unit that opens with a preposition or a
   * subordinating conjunction ("At a hearing of the House subcommittee, Rep. Aderholt …", "While fans watched, …"); -1 if none.
   */
  private frontedEnd(frame: readonly Token[]): number {
    const first = frame[0];
    if (!first || !this.text || !FRONTING_WORDS.has(first.lower) || !/^\p{Lu}/u.test(this.text.slice(first.start, first.start + 1))) return -1;
    const comma = this.text.indexOf(',', first.end);
    if (comma < 0 || comma > frame[frame.length - 1].start || comma - first.start > 200 || /[!?;:"“”]/.test(this.text.slice(first.end, comma))) return -1;
    // "Unlike his predecessor, Bill Marsh, he called …": a name in apposition to the phrase's noun, then the pronoun
    // subject — the name is still the fronted phrase's
    const apposed = FRONTED_APPOSITIVE.exec(this.text.slice(comma, comma + 80));
    return apposed ? comma + apposed[0].lastIndexOf(',') : comma;
  }

  /** "Mr. Lim" with no given name in the article: "Lim", the name quotes and disputes both give (entities.ts withoutAddress). */
  private plainName(written: string): string {
    let name = this.plain.get(written);
    if (name === undefined) this.plain.set(written, (name = withoutAddress(written, this.text)));
    return name;
  }

  /**
   * "the real Prince Andrew …", later "Andrew doesn’t remember …, but he …": a person known by one name (a titled or
   * addressed one, "President Trump", or a lone given name: "Tommy — who only goes by his first name online —") is someone the later
   * bare name, "he" and "she" can refer to, though the entity table holds only full names.
   */
  private lonePerson(m: Mention, canonical: string): Entity | null {
    if (m.nameLength !== 1) return null;
    const word = m.name.toLowerCase();
    const known = this.lone.get(canonical) ?? (m.honorific ? undefined : this.loneByWord.get(word));
    if (known) return known;
    if (known === null) return null;
    const gender = m.gender ?? genderOfFirstName(word);
    if (!m.honorific && !m.roles.length && !gender) return null; // "Later," "Brexit": a lone capitalised word is no one known ("President Trump" is)
    const person: Entity = { canonical, kind: 'person', gender, roles: new Set(), mentions: 0, subjects: 0, lastSeen: -1 };
    this.lone.set(canonical, person);
    this.loneByWord.set(word, this.loneByWord.has(word) ? null : person);
    return person;
  }

  /**
   * Whether a noun that is an adjective too ("royal") stands before the noun it describes ("the royal family", "the royal
   * wedding"), not before a verb ("the royal was", "the royal told", "the royal spent"): a lower-case word follows that
   * is no verb form we know.
   */
  private modifiesNoun(m: Mention): boolean {
    const next = /^\s+(\p{Ll}+)/u.exec(this.text.slice(m.end, m.end + 30))?.[1];
    if (!next) return false;
    return !/(?:ed|s)$/.test(next) && !SUBJECT_FOLLOWERS.has(next);
  }

  /** "his campaign", "her lawyers": the owner is the latest subject if its gender is unknown, else the latest person of that gender read so far. */
  private noteOwner(t: Token): void {
    if (t.lower !== 'his' && t.lower !== 'her') return;
    const g = t.lower === 'his' ? 'm' : 'f';
    // a person of unknown gender who is the latest subject ("Philippe Lazzarini condemned it. His message …") before
    // the latest person known to be of that gender
    const subject = this.lastSubject && !this.lastSubject.gender && this.lastSubject.kind === 'person' ? this.lastSubject : null;
    const e = subject ?? this.lastPersonBy[g];
    if (e) this.owners.set(t.start, e);
  }

  /** The person a possessive "his"/"her" starting at pos refers to, once its unit is resolved; null if none was read before it. */
  ownerAt(pos: number): Entity | null {
    return this.owners.get(pos) ?? null;
  }

  /**
   * "The company that runs the awards, Dick Clark Productions, denies …": a body's role noun that the sentence
   * names in apposition (after a relative clause, between commas) is that body.
   */
  private namedLater(mentions: readonly Mention[], k: number): Resolved | null {
    const m = mentions[k];
    if (m.kind !== 'role' || !m.org || !m.definite || m.possessive || !this.text) return null;
    const rel = /^\s+(?:that|which|who)\s/.exec(this.text.slice(m.end, m.end + 8));
    if (!rel) return null;
    for (let j = k + 1; j < mentions.length && mentions[j].start - m.end <= 80; j++) {
      const n = mentions[j];
      if (n.kind !== 'name' || !n.org || n.possessive || !/,\s$/.test(this.text.slice(n.start - 2, n.start)) || !/^,/.test(this.text.slice(n.end, n.end + 1))) continue;
      const org = this.table.lookupName(n);
      if (!org || org.kind !== 'org') return null;
      org.roles.add(m.head);
      return resolved(m, org, org.canonical);
    }
    return null;
  }

  /** Whether a name after mentions[k] in its clause (no comma, dash or bracket between; not a possessive) is entity e. */
  private namedAfter(mentions: readonly Mention[], k: number, e: Entity): boolean {
    for (let j = k + 1; j < mentions.length; j++) {
      const n = mentions[j];
      if (/[,;:()\u2013\u2014"“”]/.test(this.text.slice(mentions[k].end, n.start))) return false;
      if (n.kind === 'name' && !n.possessive && !n.org && this.table.lookupName(n) === e) return true;
    }
    return false;
  }

  /** The person (of gender g, or none known) other than e the pronoun may mean: named in this unit or the one before, else the latest subject or person. */
  private otherPerson(e: Entity, g: 'm' | 'f'): Entity | null {
    const fits = (p: Entity | null | undefined): p is Entity => !!p && p !== e && p.kind === 'person' && p.gender !== (g === 'm' ? 'f' : 'm');
    for (const people of [this.unitPeople, this.prevUnitPeople]) {
      for (let i = people.length - 1; i >= 0; i--) if (fits(people[i])) return people[i];
    }
    if (fits(this.lastSubjectBy[g])) return this.lastSubjectBy[g];
    return fits(this.lastPersonBy[g]) ? this.lastPersonBy[g] : null;
  }

  private resolve(m: Mention): Resolved {
    const done = (entity: Entity | null, fallback: string | null = m.text): Resolved => resolved(m, entity, entity?.canonical ?? fallback);
    switch (m.kind) {
      case 'name': {
        const e = this.table.lookupName(m);
        if (e || m.org) return done(e, e ? null : m.text);
        const canonical = m.honorific ? this.plainName(m.text) : m.name;
        return done(this.lonePerson(m, canonical), canonical);
      }
      case 'pronoun': {
        const g = m.gender ?? 'm';
        const other = g === 'm' ? 'f' : 'm';
        // the latest subject unless its gender rules it out, then the latest subject/person of that gender
        if (this.lastSubject && this.lastSubject.gender !== other) return done(this.lastSubject, null);
        // the subject does not fit: "Ford visited his editor Teresa Hale … “…,” she said" — the nearest person
        // known to be of this gender named in this sentence or the one before ("after the novelist Jo Walton explained
        // it … “…,” she said": the last person named just before in the paragraph, of no known gender), else the
        // latest subject of that gender
        const latest = this.unitPeople.length || this.prevUnitBlock !== this.unitBlock ? null : this.prevUnitPeople[this.prevUnitPeople.length - 1];
        const near = nearestOf(this.unitPeople, g) ?? nearestOf(this.prevUnitPeople, g) ?? (latest && !latest.gender ? latest : null);
        if (near) return done(near, null);
        // "Elise interviewed Mike for a convention. She put to him a prompt. “No,” he said.": a person of this gender
        // named since the subject of the other gender took over is the one the pronoun means, not an earlier subject
        const person = this.lastPersonBy[g];
        if (person && this.lastSubject?.gender === other && person.lastSeen > this.lastSubjectSince) return done(person, null);
        return done(this.lastSubjectBy[g] ?? person, null);
      }
      case 'role': {
        if (!m.org) {
          const holders = this.table.holders(m.roles[0]);
          if (holders.length) return done(holders[0]);
          if (m.head === 'royal' && this.modifiesNoun(m)) return done(null); // "the royal family": an adjective here
          if (DESCRIPTIVE_NOUNS.has(m.head) || m.head === 'year-old') return done(this.lastSubject, m.text); // "the retired teacher said"
          if (!m.definite) return done(this.table.introduceAnonymous(m)); // "A senior official …": someone new
          if (m.qualified) return done(null);
          return done(this.lastSubject, m.text);
        }
        const introduced = m.qualified ? [] : this.table.orgsIntroducedAs(m.head);
        if (introduced.length === 1) return done(introduced[0]); // "his company, Kessler Structural, …" then "the company"
        // "the Clinton campaign" is not "the Trump campaign": a qualified role is the body its words name
        if (m.qualified && /^the \p{Lu}/u.test(m.text)) return done(this.table.introduceRoleOrg(m));
        const named = this.table.orgsWithHead(m.head);
        if (named.length === 1) return done(named[0]);
        if (m.qualified && !COMPANY_HEADS.has(m.head)) return done(this.table.introduceRoleOrg(m)); // "the Israeli military"; later "the military"
        const last = this.lastOrgSubject ?? this.lastOrg;
        const org = last && fits(m.head, last) ? last : this.table.orgsFitting(m.head)[0] ?? null;
        org?.roles.add(m.head); // "the regulator" once means it is not "the company" later
        return done(org, m.text);
      }
      case 'group': {
        // "the doctors" after "Doctors for Camp Closure": the body whose name opens with the noun
        const noun = /^the (\p{Ll}+)$/u.exec(m.text)?.[1];
        const org = noun ? this.table.orgOpeningWith(noun) : null;
        return org ? done(org) : done(null);
      }
      default:
        return done(null);
    }
  }
}


/** After a fronted phrase's comma: a name of capitalised words, its own comma, then a pronoun subject. */
const FRONTED_APPOSITIVE = /^,\s+(?:\p{Lu}[\p{L}.'’-]*\s+){0,3}\p{Lu}[\p{L}'’-]*,\s+(?:he|she|they|we|I)\s/u;

/** Whether the frame word right before `start` is a preposition: "albums released through Big Machine" is no subject. */
function afterPreposition(frame: readonly Token[], start: number): boolean {
  let lo = 0;
  let hi = frame.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (frame[mid].start < start) lo = mid + 1;
    else hi = mid;
  }
  const prev = frame[lo - 1];
  // (not "by": "The question was put by Gill Armitage. She …" — a passive's agent is whom the next "she" means)
  return !!prev && prev.lower !== 'by' && PREPOSITIONS.has(prev.lower);
}

/** The latest of `people` known to be of gender `g`. */
function nearestOf(people: readonly Entity[], g: 'm' | 'f'): Entity | null {
  for (let i = people.length - 1; i >= 0; i--) if (people[i].gender === g) return people[i];
  return null;
}

/** "UNRWA, the UN agency for refugees": an organisation role right after an organisation's name is that organisation. */
function appositiveOrg(prev: Resolved | null, m: Mention): Resolved | null {
  // a place is no body's other name: "a crash in Kandahar, the US military said"
  if (!prev?.entity || prev.entity.kind !== 'org' || prev.entity.place || prev.possessive || m.kind !== 'role' || !m.org || !m.definite || m.start - prev.end > 2) return null;
  prev.entity.roles.add(m.head);
  return resolved(m, prev.entity, prev.entity.canonical);
}

/**
 * `{ ...m, entity, canonical }`, built as V8 builds it fastest: a spread followed by more properties in one
 * literal is many times slower than Object.assign (same own properties, same order).
 */
function resolved(m: Mention, entity: Entity | null, canonical: string | null): Resolved {
  const r = Object.assign({}, m) as Resolved;
  r.entity = entity;
  r.canonical = canonical;
  return r;
}
