import { genderOfFirstName } from './first-names';
import { COMPANY_HEADS, INSTITUTION_HEADS, INSTITUTION_WORDS, NONPROFIT_WORDS, NOT_NAME_WORDS, ORG_ROLE_NOUNS, PLACE_WORDS, TITLE_WORDS, isCountWord } from './lexicon';
import type { Mention } from './mentions';

/** A person or organisation the article introduces. */
export interface Entity {
  canonical: string;
  kind: 'person' | 'org';
  /** An organisation that is a place ("Cuba", "Ohio"): it may speak as a government, but is no "administration" or "company". */
  place?: boolean;
  gender: 'm' | 'f' | null;
  roles: Set<string>;
  /** Frame mentions seen so far while reading (for "the president" salience). */
  mentions: number;
  /** Times it was the subject of a sentence so far. */
  subjects: number;
  lastSeen: number;
}

/** The per-article entity table: full names, surname aliases, organisation aliases and role nouns. */
export class EntityTable {
  private readonly people = new Map<string, Entity>();
  private readonly bySurname = new Map<string, Entity[]>();
  private readonly byFirstName = new Map<string, Entity[]>();
  /** "john ford" → John M. Ford: first and last word of a longer name; null when two people share them. */
  private readonly longer = new Map<string, Entity | null>();
  /** "hawk sawyer" → Kathleen Hawk Sawyer: the last two words of a longer name; null when two people share them. */
  private readonly tails = new Map<string, Entity | null>();
  private readonly orgs = new Map<string, Entity>();
  /** "the cdc" → the organisation whose name it abbreviates (null: none, or more than one). */
  private readonly acronyms = new Map<string, Entity | null>();
  private readonly byRole = new Map<string, Entity[]>();
  /** Organisations the article introduced with a role noun: "his company, Kessler Structural" → company. */
  private readonly orgsByIntroduction = new Map<string, Set<Entity>>();

  /** Registers what a mention teaches about the article's cast. */
  learn(m: Mention, text: string, heading = false): void {
    if (m.kind !== 'name') return;
    if (m.org) {
      const key = stripThe(m.text).toLowerCase();
      let org = this.orgs.get(key);
      if (!org) {
        org = { canonical: m.text, kind: 'org', place: m.place, gender: null, roles: new Set(), mentions: 0, subjects: 0, lastSeen: -1 };
        this.orgs.set(key, org);
      } else if (/^the /.test(m.text) && !/^the /i.test(org.canonical)) {
        org.canonical = m.text; // a headline's "Election Commission" is the body's "the Election Commission"
      }
      const introduced = ORG_INTRODUCTION.exec(text.slice(Math.max(0, m.start - 40), m.start))?.[1]?.toLowerCase();
      if (introduced && ORG_ROLE_NOUNS.has(introduced)) this.orgsByIntroduction.set(introduced, (this.orgsByIntroduction.get(introduced) ?? new Set()).add(org));
      const abbr = /^ \((\p{Lu}{2,6})\)/u.exec(text.slice(m.end, m.end + 10));
      if (abbr && !this.orgs.has(abbr[1].toLowerCase())) this.orgs.set(abbr[1].toLowerCase(), org);
      return;
    }
    if (!isFullName(m)) {
      // "Mrs. Abedini" tells the gender of the only Abedini; with two, it tells which one is meant, later
      const same = this.bySurname.get(m.name.toLowerCase()) ?? [];
      if (m.gender && same.length === 1) same[0].gender ??= m.gender;
      return;
    }
    const key = m.name.toLowerCase();
    let person = this.people.get(key);
    // a headline's capitalised run ("Unpredictable Sondland") names no one the body has not named already
    if (!person && heading && (this.bySurname.get(key.split(' ').pop() ?? key)?.length ?? 0) > 0) return;
    if (!person && !heading) person = this.shortGivenName(key, m.name) ?? undefined;
    if (!person) {
      person = { canonical: m.name, kind: 'person', gender: m.gender, roles: new Set(), mentions: 0, subjects: 0, lastSeen: -1 };
      this.people.set(key, person);
      const parts = key.split(' ');
      const surname = parts[parts.length - 1] ?? key;
      pushTo(this.bySurname, surname, person);
      pushTo(this.byFirstName, parts[0], person);
      // "John M. Ford" is also "John Ford", "Hillary Rodham Clinton" "Hillary Clinton" (not "Bill de Blasio" "Bill Blasio")
      if (parts.length >= 3 && !parts.some((w) => NAME_PARTICLES.has(w))) this.shorter(parts[0] + ' ' + surname, person);
      // "Kathleen Hawk Sawyer" is also "Hawk Sawyer", "Joel Eriksson Ek" "Eriksson Ek": a two-word family name
      if (parts.length >= 3) {
        const tail = parts.slice(-2).join(' ');
        this.tails.set(tail, this.tails.has(tail) && this.tails.get(tail) !== person ? null : person);
      }
    }
    // "Brent Bozell III": the fullest form keeps the generational suffix
    if (m.suffix && person.canonical === m.name) person.canonical = m.name + ' ' + m.suffix;
    person.gender ??= m.gender ?? genderOfFirstName(key.split(' ')[0]);
    for (const r of m.roles) {
      if (person.roles.has(r)) continue;
      person.roles.add(r);
      pushTo(this.byRole, r, person);
    }
  }

  /**
   * "Josh Apte" and "Joshua Apte": one person when the only one of that surname has a given name that starts with the
   * other's (three letters at least, both known given names of one gender); the fullest form is the longer one.
   */
  private shortGivenName(key: string, name: string): Entity | null {
    const parts = key.split(' ');
    if (parts.length !== 2) return null;
    const same = this.bySurname.get(parts[1]);
    if (same?.length !== 1) return null;
    const other = same[0];
    const words = other.canonical.toLowerCase().split(' ');
    if (words.length !== 2 || words[1] !== parts[1]) return null;
    const [short, long] = words[0].length < parts[0].length ? [words[0], parts[0]] : [parts[0], words[0]];
    const g = genderOfFirstName(short);
    if (short.length < 3 || short === long || !long.startsWith(short) || !g || genderOfFirstName(long) !== g) return null;
    this.people.set(key, other);
    pushTo(this.byFirstName, parts[0], other);
    if (long === parts[0]) other.canonical = name;
    return other;
  }

  /**
   * "Hawk Sawyer" after "Kathleen Hawk Sawyer": the one longer name that ends with these two words, when the first of
   * them is no given name ("Jane Smith" is not "Mary Jane Smith") nor an initial, and the longer one opens with a given
   * name (a headline's "Bush Hits Marco Rubio" is no one's name).
   */
  private tailOf(key: string): Entity | null {
    const person = this.tails.get(key);
    if (!person || person.canonical.toLowerCase() === key) return null;
    const first = key.split(' ')[0];
    const given = person.canonical.toLowerCase().split(' ')[0];
    return first.length > 2 && !first.endsWith('.') && !genderOfFirstName(first) && !!genderOfFirstName(given) ? person : null;
  }

  /** Records a shorter form ("john ford") of a longer name; null once two people share it. */
  private shorter(key: string, person: Entity): void {
    if (this.people.get(key) === person) return;
    this.longer.set(key, this.longer.has(key) && this.longer.get(key) !== person ? null : person);
  }

  /** The person or organisation a name mention refers to, if the article introduced one. */
  lookupName(m: Mention): Entity | null {
    const key = m.name.toLowerCase();
    if (!m.org) {
      // "John Ford" and "John M. Ford": the fullest form the article gives, when only one person fits
      const longer = m.nameLength === 2 ? this.longer.get(key) : undefined;
      if (longer) return longer;
      const tail = m.nameLength === 2 ? this.tailOf(key) : null;
      if (tail) return tail;
      const full = this.people.get(key);
      if (full) return full;
      const bySurname = this.bySurname.get(key.split(' ').pop() ?? key);
      if (bySurname?.length && (m.nameLength === 1 || m.honorific)) {
        // "Mr. Trump" is not Ivanka; among the rest, the one the article has talked about most so far
        const same = m.gender ? bySurname.filter((p) => p.gender === m.gender) : [];
        const fit = m.gender ? bySurname.filter((p) => p.gender !== (m.gender === 'm' ? 'f' : 'm')) : bySurname;
        return mostSalient(same.length ? same : fit.length ? fit : bySurname);
      }
      if (m.nameLength === 1 && m.honorific) {
        const byFirst = this.byFirstName.get(key);
        if (byFirst?.length && m.firstNameHonorific) return mostRecent(byFirst); // "Sir Keir", "Dame Harriet": a first name
        // "Mr. Xi" for "Xi Jinping", "Ms. Gao" for "Gao Junlan": the family name first, no given name known to us
        const family = byFirst?.filter((p) => !genderOfFirstName(key) && p.canonical.split(' ').length === 2);
        if (family?.length === 1) return family[0];
      }
    } else if (m.nameLength === 1 && !/^the /i.test(m.text)) {
      // "Ford’s family, Starner said": a word read as a body's name that is the surname of one person the article names
      const bySurname = this.bySurname.get(key);
      // (not a place: "South Korea" is no relative of an "N. Korea" read as a name; the person has a spelled-out given name)
      if (bySurname?.length === 1 && !m.place && /^\p{Lu}\p{Ll}+ /u.test(bySurname[0].canonical)) return bySurname[0];
    }
    const own = this.orgs.get(stripThe(m.text).toLowerCase()) ?? this.orgs.get(key) ?? null;
    if (!m.org || (own && stripThe(own.canonical) !== stripThe(m.text))) return own; // "(CDC)" after the full name: learned
    return this.acronymOrg(m) ?? own;
  }

  /**
   * "the CDC", "the Chinese CDC" for "Chinese Center for Disease Control and Prevention", "CBP" for "Customs and Border
   * Protection": a word in capitals that spells the initials of a run of the capitalised words of the one organisation
   * the article names at full length, any words before it among that name's words before the run.
   */
  private acronymOrg(m: Mention): Entity | null {
    const words = stripThe(m.text).split(/\s+/);
    const acronym = words[words.length - 1];
    if (!/^\p{Lu}{2,6}$/u.test(acronym)) return null;
    const key = stripThe(m.text).toLowerCase();
    if (this.acronyms.has(key)) return this.acronyms.get(key)!;
    const rest = words.slice(0, -1).map((w) => w.toLowerCase());
    let found: Entity | null = null;
    for (const org of new Set(this.orgs.values())) {
      const caps = stripThe(org.canonical).split(/\s+/).filter((w) => /^\p{Lu}\p{Ll}/u.test(w));
      if (caps.length < acronym.length) continue;
      const at = caps.map((w) => w[0]).join('').indexOf(acronym);
      if (at < 0 || !rest.every((w) => caps.slice(0, at).some((c) => c.toLowerCase() === w))) continue;
      if (found && found !== org) {
        // "the Chinese Center for Disease Control" and "… and Prevention": one body, the longer name its fullest form
        const [a, b] = [stripThe(found.canonical).toLowerCase(), stripThe(org.canonical).toLowerCase()];
        if (b.startsWith(a)) found = org;
        else if (!a.startsWith(b)) {
          found = null;
          break;
        }
        continue;
      }
      found = org;
    }
    this.acronyms.set(key, found);
    return found;
  }

  /**
   * "Dale" for "Dale Ford": the one person the article gives this given name to, when no one bears it as a surname
   * and it is a given name at all, or the first word of a two-word name, as a family name that comes first ("Xi" for
   * "Xi Jinping"). A naming choice only: resolution itself keeps a lone word unresolved.
   */
  personByGivenName(word: string): Entity | null {
    const key = word.toLowerCase();
    if (this.bySurname.get(key)?.length) return null;
    const byFirst = this.byFirstName.get(key);
    if (byFirst?.length !== 1) return null;
    // "Xi" for "Xi Jinping", "Li" for "Li Jifeng": no given name we know, the family name first of a two-word name
    return genderOfFirstName(key) || byFirst[0].canonical.split(' ').length === 2 ? byFirst[0] : null;
  }

  /** People holding a role ("us president"), most salient first. */
  holders(role: string): Entity[] {
    return [...(this.byRole.get(role) ?? [])].sort((a, b) => b.subjects - a.subjects || b.mentions - a.mentions || b.lastSeen - a.lastSeen);
  }

  /** A person known only by a description ("a senior British official"); later "the official" finds them. */
  introduceAnonymous(m: Mention): Entity {
    const person: Entity = { canonical: m.text, kind: 'person', gender: m.gender, roles: new Set(), mentions: 0, subjects: 0, lastSeen: -1 };
    for (const r of new Set([...m.roles, m.head])) {
      person.roles.add(r);
      pushTo(this.byRole, r, person);
    }
    return person;
  }

  /** An organisation known only by a qualified role noun ("the Israeli military", "the Smith campaign"). */
  introduceRoleOrg(m: Mention): Entity {
    const key = stripThe(m.text).toLowerCase();
    let org = this.orgs.get(key);
    if (!org) {
      org = { canonical: m.text, kind: 'org', gender: null, roles: new Set(), mentions: 0, subjects: 0, lastSeen: -1 };
      this.orgs.set(key, org);
    }
    return org;
  }

  /** Organisations a bare role noun ("the company", "the regulator") can stand for, most mentioned first. */
  orgsFitting(head: string): Entity[] {
    const seen = new Set<Entity>();
    for (const org of this.orgs.values()) if (fits(head, org)) seen.add(org);
    return [...seen].sort((a, b) => b.mentions - a.mentions || b.lastSeen - a.lastSeen);
  }

  /** Organisations introduced with this role noun ("the company" after "his company, Kessler Structural"). */
  orgsIntroducedAs(head: string): Entity[] {
    return [...(this.orgsByIntroduction.get(head) ?? [])];
  }

  /** The one organisation whose name opens with this plural noun ("doctors" → "Doctors for Camp Closure"); null if none or two. */
  orgOpeningWith(noun: string): Entity | null {
    let found: Entity | null = null;
    for (const org of this.orgs.values()) {
      const words = stripThe(org.canonical).toLowerCase().split(/\s+/);
      if (words.length < 3 || words[0] !== noun || org === found) continue;
      if (found) return null;
      found = org;
    }
    return found;
  }

  /** Organisations whose name ends with `head` ("council" → "Harbourside City Council"). */
  orgsWithHead(head: string): Entity[] {
    const out = new Set<Entity>();
    for (const org of this.orgs.values()) if (org.canonical.toLowerCase().split(/\s+/).pop() === head) out.add(org);
    return [...out];
  }
}

/** Adds an entity to a map's list in place (a copy per addition grows quadratically with the names an article holds). */
function pushTo(map: Map<string, Entity[]>, key: string, e: Entity): void {
  const list = map.get(key);
  if (list) list.push(e);
  else map.set(key, [e]);
}

/** Two to four capitalised name words, none of them a function word: "Donald Trump", "J. K. Rowling" ("Ursula von der Leyen": particles inside too). */
function isFullName(m: Mention): boolean {
  const words = m.name.split(/\s+/);
  const particles = words.filter((w, i) => i > 0 && i < words.length - 1 && NAME_PARTICLES.has(w)).length;
  if (m.nameLength - particles < 2 || m.nameLength - particles > 4) return false;
  const ok = (w: string, i: number): boolean =>
    (/^\p{Lu}/u.test(w) && !NOT_NAME_WORDS.has(w.toLowerCase()) && !isCountWord(w) && (m.honorific || !PLACE_WORDS.has(w.toLowerCase()))) ||
    (i > 0 && i < words.length - 1 && NAME_PARTICLES.has(w));
  return words.every(ok) && !words.every((w) => /^\p{Lu}+$/u.test(w));
}

/** Lower-case particles inside a person's name: "Ursula von der Leyen", "Ahmed bin Salem". */
const NAME_PARTICLES = new Set(['van', 'von', 'der', 'den', 'de', 'la', 'del', 'da', 'dos', 'das', 'di', 'du', 'ter', 'ten', 'bin', 'ibn', 'al', 'el', 'le']);

/** A role noun right before an organisation's name, bare or as an appositive: "company Western Grid", "his firm, Acme". */
const ORG_INTRODUCTION = /\b(\p{Ll}+),? $/u;


type OrgKind = 'institution' | 'nonprofit' | 'other';

/** What an organisation's name says it is: "Harbourside City Council" is an institution. */
function orgKind(org: Entity): OrgKind {
  const words = stripThe(org.canonical).toLowerCase().split(/\s+/);
  if (words.some((w) => INSTITUTION_WORDS.has(w))) return 'institution';
  if (words.some((w) => NONPROFIT_WORDS.has(w))) return 'nonprofit';
  return 'other';
}

/** Whether a bare role noun can refer to an organisation: "the company" is not a ministry or a charity. */
export function fits(head: string, org: Entity): boolean {
  if (org.place) return head === 'government';
  const called = [...org.roles];
  if (COMPANY_HEADS.has(head) && called.some((r) => INSTITUTION_HEADS.has(r))) return false;
  if (INSTITUTION_HEADS.has(head) && called.some((r) => COMPANY_HEADS.has(r))) return false;
  const kind = orgKind(org);
  if (COMPANY_HEADS.has(head)) return kind === 'other';
  if (head === 'charity') return kind !== 'institution';
  if (INSTITUTION_HEADS.has(head)) return kind !== 'nonprofit';
  return true;
}

function mostSalient(list: Entity[]): Entity {
  return list.reduce((a, b) => (b.mentions > a.mentions || (b.mentions === a.mentions && b.lastSeen > a.lastSeen) ? b : a));
}

function mostRecent(list: Entity[]): Entity {
  return list.reduce((a, b) => (b.lastSeen > a.lastSeen ? b : a));
}

export const stripThe = (s: string): string => s.replace(/^the\s+/i, '');

/** A form of address before a lone surname ("Ms. Lim", "Gov. Kasich"); not the titles a peer or a given name keeps ("Lord Sugar", "Sir Keir"). */
const ADDRESS = /^(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Gov|Sen|Rep)\.? (\p{Lu}[\p{L}'’-]+)$/u;

/**
 * The name a person is known by when the article gives no given name: "Mr. Regalado" is "Regalado", the form of address
 * is not part of the name. Kept when the article addresses a man and a woman by that surname ("Mr. Lim" and "Ms. Lim"
 * are two people), and for an office ("Mr. President", "Mr. Speaker"). `text` is the article, read for that test.
 */
export function withoutAddress(name: string, text = ''): string {
  const surname = ADDRESS.exec(name)?.[1];
  if (!surname || TITLE_WORDS.has(surname.toLowerCase())) return name;
  let man = false;
  let woman = false;
  for (const m of text.matchAll(new RegExp(`\\b(Mr|Mrs|Ms|Miss)\\.? ${surname}\\b`, 'gu'))) {
    if (m[1] === 'Mr') man = true;
    else woman = true;
  }
  return man && woman ? name : surname;
}
