// Word lists shared by the analysis modules. Lower-case unless noted.
import { irregularForms, nounForms, verbForms, type VerbForms } from './inflect';

const set = (words: string): ReadonlySet<string> => new Set(words.trim().split(/\s+/));

/** Abbreviations that always precede a name or number: a full stop after them never ends a sentence. */
export const TITLE_ABBREVIATIONS = set(`
  mr mrs ms dr prof gen sen rep gov lt col capt sgt st rev fr hon mt det insp supt cllr messrs maj cmdr adm
  brig pres supt no nos fig vol pp approx
  govs sens reps gens drs profs lts cols capts sgts adms dets
`);

/** Abbreviations that may also end a sentence (the next word decides). */
export const AMBIGUOUS_ABBREVIATIONS = set(`
  jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thurs fri sat sun
  inc ltd co corp bros etc vs jr sr ala ariz ark calif colo conn del fla ga ill ind kan ky la md mass mich
  minn miss mo mont neb nev okla ore pa tenn tex va vt wash wis wyo
`);

/** Capitalised words that commonly start a sentence (after an ambiguous abbreviation they mean a new sentence). */
export const SENTENCE_STARTERS = set(`
  the he she it they we i you but and in a an this that these those there his her their its our after before
  when while as at on if so yet still meanwhile however since during for from by with officials police
`);

/** Honorifics before a name; value is the gender they imply, if any. */
export const HONORIFICS: ReadonlyMap<string, 'm' | 'f' | null> = new Map([
  ['mr', 'm'], ['mrs', 'f'], ['ms', 'f'], ['miss', 'f'], ['sir', 'm'], ['dame', 'f'], ['lord', 'm'], ['lady', 'f'],
  ['dr', null], ['prof', null], ['professor', null], ['cllr', null], ['councillor', null], ['sen', null], ['senator', null],
  ['rep', null], ['gov', null], ['gen', null], ['judge', null], ['justice', null], ['det', null], ['insp', null],
  ['sgt', null], ['rev', null], ['fr', 'm'], ['capt', null], ['col', null], ['lt', null], ['maj', null], ['supt', null],
  ['del', null], // a state delegate: "Del. Marcia Price"
  ['sens', null], ['reps', null], ['govs', null], ['gens', null], ['drs', null], ['profs', null], // before a list: "Sens. Ted Cruz and Marco Rubio"
  ['sheikh', 'm'], ['sheik', 'm'], ['prince', 'm'], ['princess', 'f'], ['emir', 'm'], // with a first name: "Sheikh Mohammed"
]);

/** Capitalised title words that may precede a name ("US President Donald Trump"). */
const BASE_TITLE_WORDS = set(`
  president prime minister secretary state chancellor senator governor mayor chairman chairwoman chair chief
  executive director general attorney speaker leader commissioner ambassador envoy judge justice detective
  sergeant inspector constable superintendent officer captain coach manager deputy vice first foreign defence
  defense home health finance treasury interior shadow special senior opposition prosecutor councillor
  spokesman spokeswoman spokesperson king queen prince princess pope archbishop bishop chairperson founder
  editor correspondent reporter economist analyst professor doctor dr sir dame lord lady cllr sen rep gov gen
  mr mrs ms miss prof det insp sgt rev fr capt col lt maj supt conservative labour liberal democrat democratic
  republican independent green member senedd mp mep mla msp former acting interim
`);

/** Name suffixes that are not part of the canonical name. */
export const NAME_SUFFIXES = set(`kc qc jr sr ii iii iv mp mep msp mla obe mbe cbe phd md`);

/** Nationality / place adjectives used as descriptors before a title or name. */
export const DESCRIPTORS = set(`
  us u.s uk u.k eu un american british english scottish welsh irish french german russian ukrainian chinese
  japanese korean indian pakistani israeli palestinian iranian iraqi syrian turkish saudi egyptian canadian
  australian italian spanish portuguese dutch belgian polish swedish norwegian danish finnish greek mexican
  brazilian argentine nigerian kenyan south north west east white house downing street federal state city
  county national european african asian arab gulf
`);

/** Words that make a capitalised run an organisation rather than a person. */
export const ORG_WORDS = set(`
  house kremlin council agency ministry department office police court party federation union association
  committee commission bank company group services service university college school hospital forum
  institute foundation centre center consortium authority board government parliament senate congress
  assembly cabinet trust club fc united city rovers town athletic care ltd inc corp plc llc media news times
  post bbc reuters ap highways grid railways airways airlines rail transport network alliance coalition
  league organisation organization fund society museum church army navy force forces command unit
  administration pentagon nato ons fbi cia nhs met office inc. co. corporation industries holdings partners
  power energy water electric utilities gas oil petroleum systems technologies labs pharmaceuticals motors
  initiative watch international research district division communications telecom insurance financial
  radio television tv herald tribune journal gazette chronicle magazine daily weekly broadcasting newspaper review
  protection enforcement depot stores
  journalism examiner inquirer enquirer caller insider observer dispatch courier bulletin monitor
`);

/** Organisation words that may follow a possessive inside one name: "Alzheimer’s Research UK". */
export const NAMED_BODIES = set(`research society foundation trust institute association fund campaign`);

/** Capitalised words that are never part of a person's name. */
export const NOT_NAME_WORDS = set(`
  the a an it its this that these those there here his her their our my your we they he she i you but and or
  in on at to of for by with from as if so yet when while after before since during monday tuesday wednesday
  thursday friday saturday sunday january february march april may june july august september october
  november december
`);

/**
 * Words that start a sentence capitalised but never a name: "Among them was Harold Mensah". Only skipped at
 * the start of a run (inside one, "Campaign Against Arms Trade" keeps its "Against").
 */
export const LEADING_NOT_NAME_WORDS = set(`
  among amongst amid despite although though because until unless whether without within across against under
  over through throughout instead also even only just now then once later earlier today yesterday tomorrow
  some many most all both each every several few other another such what which who where why how not no nor
  asked speaking according following including like unlike about above below between into near beyond upon
  however indeed nevertheless nonetheless moreover furthermore overall separately elsewhere afterwards almost
  does did do is are was were has have had can could would should shall might must see let neither either yes
  please perhaps maybe often sometimes usually always never ever thousands hundreds dozens millions billions tens
  whatever whoever whenever wherever why what how still yet again thanks dear hey oh okay ok team likewise note consider imagine remember
  hours days weeks months years minutes moments seconds decades last previously soon back here there meanwhile
  thus hence therefore otherwise instead tonight late month week year weekend
  well look listen frankly honestly obviously clearly certainly actually basically finally firstly secondly thirdly lastly
`);

/** Capitalised words that make a run a place or event rather than a person ("Black Sea", "Second World War"). */
export const PLACE_WORDS = set(`
  god sea ocean river war world street road avenue square park island islands mountain valley airport station
  region republic kingdom states province county bridge storm cup league
`);

/** Lower-case connectors allowed inside a capitalised name ("Bank of England", "Ludwig van Beethoven"). */
export const NAME_CONNECTORS = set(`of for on de van von der da bin al la le du del`);












/** Name words of public bodies. */
export const INSTITUTION_WORDS = set(`
  government ministry department office administration council parliament senate congress house kremlin
  commission agency authority police court army navy force forces military pentagon nato regulator board
  committee organisation organization district division service services
`);

/** Name words of charities, campaigns and other non-profit bodies. */
export const NONPROFIT_WORDS = set(`charity foundation trust society association institute research fund campaign initiative watch international union federation`);



/** Quantifiers that may precede a group noun. */
export const GROUP_QUANTIFIERS = set(`some many several other most few two three four five the`);



/**
 * Nouns by lemma, with what they tell the analysis; plurals are generated (lib/analysis/inflect.ts).
 * - person: a person's office or occupation ("the president", "the club's coach", "pollster Ann Selzer")
 * - descriptive: describes a person rather than an office ("the retired teacher")
 * - org: an organisation's role ("the company", "the council"); company / institution: which kind of body
 * - proxy: speaks for its owner ("Whitfield's office said" means Whitfield)
 * - speech: something said or written, owned by its speaker ("Trump's claim that …", "Stumpf's repeated emphasis on …")
 */
export type NounTag = 'person' | 'descriptive' | 'org' | 'company' | 'institution' | 'proxy' | 'speech';
const NOUN_ENTRIES: Array<[tags: NounTag[], lemmas: string]> = [
  [['person'], `
    president minister secretary chancellor senator governor mayor chairman chairwoman chair chief executive director leader
    commissioner ambassador envoy judge prosecutor coach manager captain referee defendant officer detective inspector economist
    analyst reporter correspondent king queen prince princess pope premier lawmaker congressman congresswoman mp councillor
    councilor councilman councilwoman candidate founder co-founder cofounder boss owner striker midfielder goalkeeper player
    attorney lawyer supervisor sheriff administrator superintendent sergeant constable commander official critic backbencher
    strategist adviser advisor pollster columnist commentator master researcher professor scientist surgeon physician doctor
    spokesman spokeswoman spokesperson representative delegate assemblyman assemblywoman legislator alderman whip speaker
    counsel solicitor barrister justice magistrate activist organizer organiser campaigner consultant operative aide staffer
    deputy host anchor editor writer author novelist historian biographer journalist blogger actor actress singer rapper
    musician comedian filmmaker producer designer architect engineer entrepreneur investor banker ceo cfo coo cto
    chairperson trustee treasurer provost dean principal rector chaplain pastor priest rabbi imam bishop archbishop cardinal
    reverend preacher evangelist quarterback pitcher forward defender linebacker receiver batsman bowler jockey
    rider boxer wrestler athlete champion trainer scout agent broker trader lobbyist auditor
    nominee hopeful frontrunner front-runner incumbent challenger contender governor-elect president-elect
    lieutenant colonel admiral brigadier corporal marshal trooper warden ranger donor billionaire mogul tycoon magnate
    philanthropist businessman businesswoman executive-director president-emeritus dj emcee
  `],
  [['descriptive'], `
    teacher nurse farmer resident student pupil mother father woman man girl boy grandmother grandfather pensioner retiree
    worker veteran victim survivor witness neighbour neighbor widow widower shopkeeper mum dad son daughter wife
    husband voter supporter protester protestor demonstrator fan parent shopper customer patient tenant homeowner driver
  `],
  [['org'], `council government ministry department agency club party union federation committee commission administration family
    court police army board authority charity group trust campaign military network operator retailer insurer utility
    watchdog broadcaster publisher platform airline carmaker manufacturer developer company firm bank regulator`],
  [['org', 'company'], `company firm utility retailer insurer operator bank carmaker airline manufacturer platform broadcaster
    publisher developer network group`],
  [['org', 'institution'], `government ministry department agency regulator watchdog court police army military authority
    council commission committee administration board`],
  [['proxy'], `office spokesman spokeswoman spokesperson campaign team`],
  [['speech'], `claim statement remark comment assertion suggestion accusation promise pledge argument tweet message
    missive letter insistence emphasis warning description charge response answer quip slogan catchphrase motto mantra
    vow boast retort plea appeal speech prediction contention characterization characterisation reply complaint
    announcement admission declaration observation phrase post word allegation insinuation dictum verdict
    assessment explanation pitch refrain rallying-cry battle-cry directive instruction`],
  // "the British royal", "the royal": a member of a royal family, named elsewhere in the article
  [['descriptive'], `royal`],
];

const NOUNS: ReadonlyMap<string, { lemma: string; plural: boolean; tags: ReadonlySet<NounTag> }> = (() => {
  const map = new Map<string, { lemma: string; plural: boolean; tags: Set<NounTag> }>();
  for (const [tags, lemmas] of NOUN_ENTRIES) {
    for (const lemma of lemmas.trim().split(/\s+/)) {
      nounForms(lemma).forEach((form, i) => {
        const e = map.get(form) ?? { lemma, plural: i > 0, tags: new Set<NounTag>() };
        for (const t of tags) e.tags.add(t);
        map.set(form, e);
      });
    }
  }
  return map;
})();

const nounsWhere = (test: (e: { plural: boolean; tags: ReadonlySet<NounTag> }) => boolean): ReadonlySet<string> =>
  new Set([...NOUNS].filter(([, e]) => test(e)).map(([form]) => form));

/** Nouns for a person's role: "the president", "the manager". */
export const PERSON_ROLE_NOUNS = nounsWhere((e) => !e.plural && e.tags.has('person'));
/** Nouns that describe a person rather than an office: "the retired teacher", "the mother of two". */
export const DESCRIPTIVE_NOUNS = nounsWhere((e) => !e.plural && e.tags.has('descriptive'));
/** Nouns for an organisation's role: "the company", "the council". */
export const ORG_ROLE_NOUNS = nounsWhere((e) => !e.plural && e.tags.has('org'));
/** Role nouns for businesses: "the company" is not a council, a court or a charity. */
export const COMPANY_HEADS = nounsWhere((e) => !e.plural && e.tags.has('company'));
/** Role nouns for public bodies: "the regulator" is not a company. */
export const INSTITUTION_HEADS = nounsWhere((e) => !e.plural && e.tags.has('institution'));
/** Things said or written: "Trump's claim that “…”" credits Trump. */
export const SPEECH_NOUNS = nounsWhere((e) => e.tags.has('speech'));
/** Nouns standing for a speaker's representative: "Whitfield's office said" means Whitfield. */
export const PROXY_NOUNS = nounsWhere((e) => e.tags.has('proxy'));
/** Plural nouns for groups of speakers: "some analysts", "Russian officials", "Democrats". */
export const GROUP_NOUNS: ReadonlySet<string> = new Set([
  ...nounsWhere((e) => e.plural && (e.tags.has('person') || e.tags.has('descriptive'))),
  ...set(`experts sources authorities unions democrats republicans conservatives liberals progressives insiders
    observers opponents investigators allies rivals advocates diplomats politicians`),
]);
/** Capitalised titles that may stand between an affiliation and a name: "NATO Secretary General Mark Rutte". */
export const PERSON_TITLES: ReadonlySet<string> = new Set([...PERSON_ROLE_NOUNS, 'general', 'justice', 'counsel']);
/** Capitalised title words that may precede a name ("US President Donald Trump", "Actress Jane Roe"). */
export const TITLE_WORDS: ReadonlySet<string> = new Set([...BASE_TITLE_WORDS, ...PERSON_ROLE_NOUNS, ...nounsWhere((e) => e.plural && e.tags.has('person'))]);

/**
 * Verbs by lemma, with what they tell the analysis. Forms are generated (lib/analysis/inflect.ts):
 * "admit+" doubles its last consonant, "label~" allows both spellings, irregular forms are given.
 * - speech: reports someone's words (a quotation cue: "said", "told", "tweeted", "cautioned")
 * - inverts: also stands before its subject after a quotation ("“…,” said Jane Doe")
 * - denial: denies or rejects an assertion ("denied", "disputed", "rejected")
 * - rebuttal: answers an accusation ("defended", "hit back", "pushed back")
 */
export type VerbTag = 'speech' | 'inverts' | 'denial' | 'rebuttal';
type VerbEntry = [lemma: string, tags: VerbTag[], irregular?: VerbForms];
const VERB_ENTRIES: VerbEntry[] = [
  ['say', ['speech', 'inverts'], { s: 'says', past: 'said' }],
  ['tell', ['speech'], { past: 'told' }],
  ['write', ['speech', 'inverts'], { past: 'wrote', participle: 'written' }],
  ['add', ['speech', 'inverts']], ['post', ['speech']], ['tweet', ['speech', 'inverts']], ['state', ['speech', 'inverts']],
  ['insist', ['speech', 'inverts']], ['argue', ['speech', 'inverts']], ['warn', ['speech', 'inverts']], ['claim', ['speech', 'inverts']],
  ['note', ['speech', 'inverts']], ['explain', ['speech', 'inverts']], ['grumble', ['speech', 'inverts']], ['describe', ['speech']],
  ['call', ['speech']], ['ask', ['speech', 'inverts']], ['reply', ['speech', 'inverts']], ['respond', ['speech', 'inverts']],
  ['declare', ['speech', 'inverts']], ['announce', ['speech', 'inverts']], ['acknowledge', ['speech', 'inverts']], ['admit+', ['speech', 'inverts']],
  ['concede', ['speech', 'inverts']], ['suggest', ['speech', 'inverts']], ['urge', ['speech', 'inverts']], ['continue', ['speech', 'inverts']],
  ['recall', ['speech', 'inverts']], ['quip+', ['speech', 'inverts']], ['joke', ['speech', 'inverts']], ['complain', ['speech', 'inverts']],
  ['boast', ['speech', 'inverts']], ['brag+', ['speech', 'inverts']], ['vow', ['speech', 'inverts']], ['pledge', ['speech', 'inverts']],
  ['promise', ['speech', 'inverts']], ['predict', ['speech', 'inverts']], ['confirm', ['speech', 'inverts']], ['observe', ['speech', 'inverts']],
  ['remark', ['speech', 'inverts']], ['allege', ['speech', 'inverts']], ['testify', ['speech', 'inverts']], ['maintain', ['speech', 'inverts']],
  ['stress', ['speech', 'inverts']], ['emphasise', ['speech', 'inverts']], ['emphasize', ['speech', 'inverts']], ['label~', ['speech']],
  ['brand', ['speech']], ['dub+', ['speech']], ['term', ['speech']], ['repeat', ['speech', 'inverts']], ['reiterate', ['speech', 'inverts']],
  ['condemn', ['speech']], ['criticise', ['speech']], ['criticize', ['speech']], ['accuse', ['speech']], ['counter', ['speech', 'inverts', 'rebuttal']],
  ['caution', ['speech', 'inverts']], ['cite', ['speech']], ['assert', ['speech', 'inverts']], ['contend', ['speech', 'inverts']],
  ['retort', ['speech', 'inverts', 'rebuttal']], ['exclaim', ['speech', 'inverts']], ['shout', ['speech', 'inverts']], ['yell', ['speech', 'inverts']],
  ['scream', ['speech', 'inverts']], ['chant', ['speech', 'inverts']], ['whisper', ['speech', 'inverts']], ['mutter', ['speech', 'inverts']],
  ['muse', ['speech', 'inverts']], ['wonder', ['speech', 'inverts']], ['lament', ['speech', 'inverts']], ['conclude', ['speech', 'inverts']],
  ['comment', ['speech', 'inverts']], ['report', ['speech', 'inverts']], ['recount', ['speech', 'inverts']], ['estimate', ['speech', 'inverts']],
  ['email', ['speech']], ['text', ['speech']], ['quote', ['speech']], ['plead', ['speech', 'inverts'], { past: 'pleaded' }],
  ['demand', ['speech', 'inverts']], ['blast', ['speech']], ['slam+', ['speech']],
  ['snap+', ['speech', 'inverts']], ['implore', ['speech', 'inverts']], ['proclaim', ['speech', 'inverts']], ['opine', ['speech', 'inverts']],
  ['confide', ['speech', 'inverts']], ['reflect', ['speech', 'inverts']], ['reason', ['speech', 'inverts']], ['concur+', ['speech', 'inverts']],
  ['charge', ['speech', 'inverts']], ['interject', ['speech', 'inverts']], ['interrupt', ['speech', 'inverts']],
  ['tout', ['speech']], ['hail', ['speech']], ['praise', ['speech']], ['mock', ['speech']], ['deride', ['speech']], ['ridicule', ['speech']],
  ['question', ['speech', 'inverts', 'denial']], ['deny', ['speech', 'inverts', 'denial']], ['reject', ['speech', 'denial']], ['dismiss', ['speech', 'denial']],
  ['dispute', ['speech', 'denial']], ['contest', ['denial']], ['refute', ['denial']], ['rebut+', ['denial', 'rebuttal']], ['challenge', ['denial']],
  ['defend', ['speech', 'rebuttal']],
  // how it was said: "“This is fantastic!” beamed Donald Hartley", "“Not again,” she sighed"
  ['beam', ['speech', 'inverts']], ['gush', ['speech', 'inverts']], ['rave', ['speech', 'inverts']], ['marvel~', ['speech', 'inverts']],
  ['scoff', ['speech', 'inverts']], ['sneer', ['speech', 'inverts']], ['chuckle', ['speech', 'inverts']], ['laugh', ['speech', 'inverts']],
  ['sigh', ['speech', 'inverts']], ['groan', ['speech', 'inverts']], ['cheer', ['speech', 'inverts']], ['roar', ['speech', 'inverts']],
  ['bellow', ['speech', 'inverts']], ['thunder', ['speech', 'inverts']], ['growl', ['speech', 'inverts']], ['hiss', ['speech', 'inverts']],
  ['cry', ['speech', 'inverts']], ['sob', ['speech', 'inverts']], ['beg+', ['speech', 'inverts']], ['chide', ['speech', 'inverts']],
  ['scold', ['speech', 'inverts']], ['rebuke', ['speech']], ['remind', ['speech', 'inverts']], ['assure', ['speech', 'inverts']],
  ['reassure', ['speech', 'inverts']], ['admonish', ['speech', 'inverts']], ['advise', ['speech', 'inverts']], ['gloat', ['speech', 'inverts']],
  ['crow', ['speech', 'inverts']], ['tease', ['speech', 'inverts']], ['taunt', ['speech', 'inverts']], ['confess', ['speech', 'inverts']],
  ['reveal', ['speech', 'inverts']], ['disclose', ['speech', 'inverts']], ['underscore', ['speech', 'inverts']], ['mention', ['speech', 'inverts']],
  ['clarify', ['speech', 'inverts']], ['elaborate', ['speech', 'inverts']], ['summarize', ['speech', 'inverts']], ['summarise', ['speech', 'inverts']],
  ['object', ['speech', 'inverts']], ['protest', ['speech', 'inverts']], ['agree', ['speech', 'inverts'], { past: 'agreed', ing: 'agreeing' }],
  ['disagree', ['speech', 'inverts'], { past: 'disagreed', ing: 'disagreeing' }], ['inquire', ['speech', 'inverts']], ['enquire', ['speech', 'inverts']],
  ['query', ['speech', 'inverts']], ['prod+', ['speech', 'inverts']], ['answer', ['speech', 'inverts']],
  ['recite', ['speech', 'inverts']], ['narrate', ['speech', 'inverts']], ['relate', ['speech', 'inverts']], ['intone', ['speech', 'inverts']],
  ['announce', ['speech', 'inverts']], ['pronounce', ['speech', 'inverts']], ['vent', ['speech', 'inverts']], ['rail', ['speech', 'inverts']],
  ['fume', ['speech', 'inverts']], ['rant', ['speech', 'inverts']], ['posit', ['speech', 'inverts']], ['retaliate', ['speech', 'inverts']],  // a command given aloud: "“Hands! Let me see your hands!” an officer ordered"
  ['order', ['speech', 'inverts']], ['command', ['speech', 'inverts']],
];

/** Every verb form → its lemma and tags. */
export const VERBS: ReadonlyMap<string, { lemma: string; tags: ReadonlySet<VerbTag> }> = (() => {
  const map = new Map<string, { lemma: string; tags: Set<VerbTag> }>();
  for (const [entry, tags, irregular] of VERB_ENTRIES) {
    const lemma = entry.replace(/[+~]$/, '');
    for (const form of verbForms(entry, irregular)) {
      const e = map.get(form) ?? { lemma, tags: new Set<VerbTag>() };
      for (const t of tags) e.tags.add(t);
      map.set(form, e);
    }
  }
  return map;
})();

export const verbHas = (word: string, tag: VerbTag): boolean => VERBS.get(word)?.tags.has(tag) ?? false;

/** Verbs that introduce reported speech, every form. */
export const SPEECH_VERBS: ReadonlySet<string> = new Set([...VERBS].filter(([, e]) => e.tags.has('speech')).map(([f]) => f));

/**
 * Words of disputes (lib/analysis/disputes.ts) by lemma, each with its `dispute` tags; forms are generated as for
 * VERB_ENTRIES ("rebut+" → rebutted, "label~" → labelled and labeled). Kept apart from VERBS, which decides
 * quotation cues: a dispute word is not a reporting verb for that.
 * - dispute: denies, rejects or disputes an assertion ("denied", "refuted", "questioned")
 * - dispute-that: may take a that-clause as what it disputes ("disputed that …")
 * - dispute-as: dismisses something as a verdict or with a reason ("rejected the claim as “nonsense”")
 * - falsely: a way of asserting, after "falsely" ("falsely claimed")
 * - verdict: gives a verdict on truth ("PolitiFact rated the claim False", "called the report false")
 * - say: reports a view that a figure is wrong or misread ("a figure analysts say overstates the cost")
 * - overstate: says a figure is wrong ("overstates", "inflated")
 * - misrepresent: says someone's words or record are distorted ("misreading the data", "twisted his words")
 * - back: answers a charge with "back" ("pushed back", "hit back", "fired back")
 * - rule-out: "ruled out"
 * - insist: holds to a position, disputing with a negation ("insisted that was not part of the deal")
 * - reply: answers, disputing with a that-clause that negates ("responded that she never would have")
 * - rebuke: rebukes or refutes someone's words ("quashed rumours", "debunked the claim", "corrected the record")
 * - disagree, plead, defend, stand: "disagreed with the decision", "pleaded not guilty", "defended the figures",
 *   "stood by his comments"
 * - accuse: blames someone for a falsehood ("accused him of lying"); lying: the falsehood ("lying", "distorting")
 * - counter: states a fact against a charge, with a negation, when the sentence names the charge ("officials say his name
 *   was not left off ballots, despite reports …", "reassured voters that he had not been left off any ballot")
 * - fabricate: says a story was invented ("fabricated the story", "concocted the claim"); make-up: the same with "up"
 *   ("made up the story", "made the story up", "it was made up")
 * - dispute-noun: a dispute as a noun ("drew rebukes from the Pentagon", "issued a denial")
 * - dismissive: a verdict that something said is worthless ("called the report “outrageous”")
 * - scorn: scorns something said as worthless, with "as" ("slammed the report as “fake news”")
 * - retract: takes back what one said ("walked back his comments", "retracted the claim", "backtracked on")
 * - find: finds something false, with a claim or a that-clause ("fact-checkers found the claim false")
 * - pejorative: a charge one denies in one's own words ("I’m not a racist", "It’s not sexist")
 * - libel: harms someone with falsehoods ("alleged that the paper had libeled him")
 * - peddle: spreads falsehoods, with a dismissive noun ("peddling fiction", "spreading lies")
 * - refute: disputes whatever it takes as object ("rebutted the points in the letter", "refuted his proposals")
 */
export type DisputeTag =
  | 'dispute' | 'dispute-that' | 'dispute-as' | 'falsely' | 'verdict' | 'say' | 'overstate' | 'misrepresent' | 'back'
  | 'rule-out' | 'insist' | 'reply' | 'rebuke' | 'disagree' | 'plead' | 'defend' | 'stand' | 'accuse' | 'lying' | 'fabricate' | 'make-up' | 'counter' | 'dispute-noun'
  | 'dismissive' | 'scorn' | 'pejorative' | 'retract' | 'find' | 'refute' | 'peddle' | 'libel';
const DISPUTE_VERB_ENTRIES: Array<[lemma: string, tags: DisputeTag[], irregular?: VerbForms]> = [
  ['deny', ['dispute', 'dispute-that']], ['dispute', ['dispute', 'dispute-that']], ['contest', ['dispute', 'dispute-that']],
  ['reject', ['dispute', 'dispute-that', 'dispute-as']], ['question', ['dispute', 'dispute-that']], ['counter', ['dispute', 'dispute-that']],
  ['dismiss', ['dispute', 'dispute-as']], ['contradict', ['dispute']], ['refute', ['dispute', 'refute']], ['rebut+', ['dispute', 'refute']], ['challenge', ['dispute']],
  ['claim', ['falsely']], ['say', ['falsely', 'say', 'counter'], { s: 'says', past: 'said' }], ['state', ['falsely']], ['assert', ['falsely']],
  ['suggest', ['falsely']], ['imply', ['falsely']], ['allege', ['falsely']], ['insist', ['falsely', 'say', 'insist']], ['accuse', ['falsely']],
  ['indicate', ['falsely']], ['report', ['falsely']], ['tweet', ['falsely']], ['write', ['falsely'], { past: 'wrote', participle: 'written' }],
  ['argue', ['say', 'counter']], ['state', ['counter']], ['stress', ['counter']], ['explain', ['counter']],
  ['call', ['verdict']], ['rate', ['verdict']], ['label~', ['verdict']], ['deem', ['verdict']], ['rule', ['verdict', 'rule-out']],
  ['judge', ['verdict']], ['brand', ['verdict']], ['describe', ['verdict']], ['characterise', ['verdict']], ['characterize', ['verdict']],
  ['overstate', ['overstate']], ['understate', ['overstate']], ['exaggerate', ['overstate']], ['inflate', ['overstate']],
  ['misread', ['misrepresent'], { past: 'misread' }], ['misunderstand', ['misrepresent'], { past: 'misunderstood' }],
  ['misrepresent', ['misrepresent']], ['mischaracterise', ['misrepresent']], ['mischaracterize', ['misrepresent']],
  ['misinterpret', ['misrepresent']], ['misquote', ['misrepresent']], ['misstate', ['misrepresent']], ['distort', ['misrepresent']],
  ['twist', ['misrepresent']],
  ['push', ['back']], ['hit+', ['back'], { past: 'hit' }], ['fire', ['back']], ['shoot', ['back'], { past: 'shot' }],
  ['strike', ['back'], { past: 'struck' }], ['punch', ['back']],
  ['maintain', ['insist']], ['contend', ['insist']], ['respond', ['insist', 'reply']], ['reply', ['insist', 'reply']], ['retort', ['insist', 'reply']],
  ['rebuke', ['rebuke']], ['quash', ['rebuke']], ['debunk', ['rebuke']], ['correct', ['rebuke']],
  ['disagree', ['disagree'], { past: 'disagreed', ing: 'disagreeing' }], ['plead', ['plead'], { past: 'pleaded', participle: 'pled' }],
  ['defend', ['defend']], ['stand', ['stand'], { past: 'stood' }], ['dispel+', ['rebuke']],
  ['accuse', ['accuse']], ['criticise', ['accuse']], ['criticize', ['accuse']], ['fault', ['accuse']], ['blast', ['accuse']],
  ['slam+', ['accuse', 'scorn']], ['chide', ['accuse']], ['attack', ['accuse', 'scorn']], ['knock', ['accuse', 'scorn']],
  ['deride', ['scorn']], ['mock', ['scorn']], ['ridicule', ['scorn']], ['lambast', ['scorn']], ['lambaste', ['scorn']], ['denounce', ['scorn']],
  ['decry', ['scorn']], ['dismiss', ['scorn']], ['blast', ['scorn']], ['criticise', ['scorn']], ['criticize', ['scorn']],
  ['lie', ['lying'], { past: 'lied', ing: 'lying' }], ['fabricate', ['lying', 'fabricate']], ['invent', ['lying', 'fabricate']], ['mislead', ['lying'], { past: 'misled' }],
  ['retract', ['retract']], ['walk', ['retract']], ['backtrack', ['retract']], ['find', ['find'], { past: 'found' }],
  ['concoct', ['fabricate']], ['peddle', ['peddle']], ['defame', ['lying', 'libel']], ['libel~', ['lying', 'libel']], ['slander', ['lying', 'libel']], ['smear', ['lying', 'libel']], ['spread', ['peddle'], { past: 'spread' }], ['reassure', ['counter']], ['assure', ['counter']], ['make', ['make-up'], { past: 'made' }],
  ['repudiate', ['dispute', 'dispute-as']], ['disavow', ['dispute']],
];
/** Nouns (plurals generated) and other words of disputes: "a distortion of his record", "adamant that …". */
const DISPUTE_NOUN_ENTRIES: Array<[tags: DisputeTag[], lemmas: string]> = [
  [['misrepresent'], `misrepresentation mischaracterization mischaracterisation misinterpretation misquotation misstatement distortion`],
  [['dispute-noun'], `denial rebuttal rebuke refutation pushback repudiation riposte`],
  [['dismissive'], `smear hoax lie falsehood fabrication distortion fiction myth`],
  [['pejorative'], `racist sexist bigot liar crook misogynist homophobe xenophobe terrorist criminal traitor thief fraud`],
];
const DISPUTE_OTHER_WORDS: Array<[tags: DisputeTag[], words: string]> = [
  [['insist'], 'adamant'],
  [['dismissive'], `false untrue baseless unfounded groundless misleading inaccurate incorrect bogus fake fabricated absurd ridiculous
    outrageous laughable preposterous ludicrous nonsense garbage rubbish unfair cherry-picked erroneous unsubstantiated unproven discredited`],
  [['pejorative'], `stupid divisive corrupt dishonest bigoted homophobic xenophobic misogynistic anti-semitic antisemitic incompetent`],
];

const DISPUTE_WORDS: ReadonlyMap<string, ReadonlySet<DisputeTag>> = (() => {
  const map = new Map<string, Set<DisputeTag>>();
  const add = (form: string, tags: readonly DisputeTag[]): void => {
    const e = map.get(form) ?? new Set<DisputeTag>();
    for (const t of tags) e.add(t);
    map.set(form, e);
  };
  for (const [entry, tags, irregular] of DISPUTE_VERB_ENTRIES) for (const form of verbForms(entry, irregular)) add(form, tags);
  for (const [tags, lemmas] of DISPUTE_NOUN_ENTRIES) for (const lemma of lemmas.trim().split(/\s+/)) for (const form of nounForms(lemma)) add(form, tags);
  for (const [tags, words] of DISPUTE_OTHER_WORDS) for (const w of words.trim().split(/\s+/)) add(w, tags);
  return map;
})();

/** Whether a lower-case word form has a dispute tag: disputeHas('refuted', 'dispute'). */
export const disputeHas = (word: string, tag: DisputeTag): boolean => DISPUTE_WORDS.get(word)?.has(tag) ?? false;

/**
 * Verbs by what their negation means in a dispute, by lemma (forms generated, irregular ones from inflect.ts):
 * - not-an-act: knowing, seeing, wanting — "I didn't know that" denies no act
 * - not-done-yet: a plan or a step not yet taken, after "had not" — "had not decided", "had not received"
 * - bare-back: rebuts with "back" and nothing after — "pushed back.", "hit back,"
 */
export type DenialVerbTag = 'not-an-act' | 'not-done-yet' | 'bare-back';
const DENIAL_VERB_ENTRIES: Array<[tags: DenialVerbTag[], lemmas: string]> = [
  [['not-an-act'], `know see hear think expect want like understand remember realize realise recall notice get+ have need care believe
    feel imagine mind read watch ask experience encounter witness enjoy find go lose win`],
  [['not-done-yet'], `decide finish receive commit+ endorse announce plan+ intend rule consider reach start complete agree sign respond
    return reply settle determine choose pick vote file schedule approve confirm release`],
  [['bare-back'], `push hit+ fire`],
];
const DENIAL_VERBS: ReadonlyMap<string, ReadonlySet<DenialVerbTag>> = (() => {
  const map = new Map<string, Set<DenialVerbTag>>();
  for (const [tags, lemmas] of DENIAL_VERB_ENTRIES) {
    for (const entry of lemmas.trim().split(/\s+/)) {
      for (const form of verbForms(entry, irregularForms(entry.replace(/[+~]$/, '')))) {
        const e = map.get(form) ?? new Set<DenialVerbTag>();
        for (const t of tags) e.add(t);
        map.set(form, e);
      }
    }
  }
  return map;
})();
/** Whether a lower-case verb form has a denial tag: denialVerbHas('knew', 'not-an-act'). */
export const denialVerbHas = (word: string, tag: DenialVerbTag): boolean => DENIAL_VERBS.get(word)?.has(tag) ?? false;
/** Idioms for a claim that does not stand, negated: verb lemma → its particle ("doesn't add up", "don't bear that out"). */
export const HOLD_IDIOMS: ReadonlyMap<string, string> = new Map([['add', 'up'], ['bear', 'out'], ['hold', 'water'], ['stand', 'up'], ['check', 'out'], ['pass', 'muster']]);
/** What a denial of an act points at: "that", "those emails", "it", "anything like that". */
export const POINTED = set(`that this it those these anything`);
/** A lemma list with its generated noun forms ("charge" → charge, charges). */
const nouns = (lemmas: string): ReadonlySet<string> => new Set(lemmas.trim().split(/\s+/).flatMap(nounForms));
/** What one is innocent of or denies: "innocent of the charges", "denied any wrongdoing". */
export const CHARGE_NOUNS = nouns(`charge allegation accusation wrongdoing crime offence offense`);
/** Courts and their officers: a court finding a suit "without merit" is no dispute ("justice" alone names a department). */
export const COURT_NOUNS: ReadonlySet<string> = new Set([...nouns(`court judge jury tribunal`), 'justices']);
/** People who speak for someone they work for or back: "his lawyers denied …" is his denial. */
export const OWNED_SIDES = nouns(`lawyer attorney aide adviser advisor ally supporter representative`);
/** A person as a verb's object: "smeared him" harms a person, "smeared paint" does not. */
export const PERSON_OBJECTS = set(`him her them me us himself herself`);
/** Words between "I" and a negation: "I just didn't", "I have never", "we certainly did not". */
export const NEG_LEAD = set(`just also certainly simply have had absolutely`);
/**
 * Set phrases that deny a claim without a dispute word ("“None of that is true,” she said", "said the suit was without
 * merit"). Each is words in order; "a|b" are alternatives, "^" must open a clause (or follow a reporting verb: "said nothing
 * happened"; not "…, and nothing happened"), "$" must close one.
 */
export const DENIAL_IDIOMS: readonly string[] = [
  'none of that|this|it|these|those|them|which is|was|are|were true|accurate|correct',
  'not what happened|occurred',
  'not what i|we said|meant|wrote',
  'not how it|that|things happened',
  'further from the truth',
  'no truth to|in|whatsoever',
  'without merit',
  'no merit $',
  'no basis in fact|reality|truth',
  'nothing to do with reality|facts $',
  'nothing to do with the truth|facts $',
  'bears|bear|bore no resemblance to reality|facts $',
  'bears|bear|bore no resemblance to the truth|facts $',
  "not|never|didn’t|didn't|doesn’t|doesn't|don’t|don't match|reflect the record|facts|evidence",
  '^ nothing happened $',
  '^ completely|totally|utterly|entirely|patently|wholly untrue|false|baseless $',
];


/** Contractions that look like a possessive but are not ("it's", "there's"). */
export const NOT_POSSESSIVE = set(`it he she that there what who where here how let`);

export const MONTHS = set(`
  january february march april may june july august september october november december jan feb mar apr jun
  jul aug sep sept oct nov dec
`);

export const WEEKDAYS = set(`monday tuesday wednesday thursday friday saturday sunday`);

/** Lower-case words that may sit inside a role phrase: "press secretary", "Senedd member". */
export const ROLE_MODIFIERS = set(`press special cabinet chief deputy senior former shadow member vice prime foreign home finance health defence defense`);

/** Words that may stand between a subject and its verb: auxiliaries, negation, adverbs of time and manner. */
export const CLAUSE_SKIP = set(`
  also later then further again repeatedly once recently previously earlier has have had is was were are be been being
  would will did does do not never just still even often already soon since first finally initially simply flatly
  reportedly publicly privately subsequently quickly immediately separately similarly likewise too
`);

/** Time words: "on Monday", "last week", "Tuesday". */
export const TIME_WORDS = set(`
  monday tuesday wednesday thursday friday saturday sunday today yesterday tonight week month year weekend morning
  afternoon evening night
`);

/** Prepositions: a mention right after one is not a clause's subject ("in an interview with ABC News"). */
export const PREPOSITIONS = set(`
  in on at with for from by to of about against after before during under over into onto through than like unlike
  toward towards among amid between behind beyond despite except inside outside near via per upon within without
  including regarding across around along
`);

/** Words that open a subordinate clause: its subject is not the main clause's ("After Trump spoke, Clinton said"). */
export const SUBORDINATORS = set(`
  after before when while whereas although though because since unless until if once whether as whom which that who
`);

/** Words that open an adverbial clause with a subject of its own ("…, when Mayor Reed treated the plan as …"). */
export const CLAUSE_OPENERS = set(`when after before while because since although though once until whereas`);
/** …and at the head of a sentence, a condition too ("If he wins, …"). */
export const FRONTED_CLAUSE_OPENERS: ReadonlySet<string> = new Set([...CLAUSE_OPENERS, 'if']);

/** What opens a fronted phrase or clause, whose names are not the sentence's subject ("At a hearing of …, Rep. X"). */
export const FRONTING_WORDS: ReadonlySet<string> = new Set([
  ...FRONTED_CLAUSE_OPENERS,
  ...set(`at in during on with without from for about under amid despite following unlike through throughout among inside
    outside over upon within beyond against`),
]);

/** Modal verbs ("would say", "might put it"); with their negated forms where a cue needs them. */
export const MODALS = set(`will would could should might may must can`);
export const NEGATED_MODALS = set(`won't wouldn't couldn't shouldn't`);

/** Words after a descriptive noun that show it is the subject, not an adjective ("the royal told", "the royal would"). */
export const SUBJECT_FOLLOWERS: ReadonlySet<string> = new Set([
  ...MODALS,
  ...set(`told said spent made went gave took met left sent thought felt kept knew saw did had also then later now still
    never once who himself herself insisted wrote spoke came became got put paid`),
]);

/** Lower-case links inside an organisation named after a group ("Doctors for Camp Closure", "Doctors Without Borders"). */
export const GROUP_NAME_LINKS = set(`for against without`);

/** Last words of a day's or a season's name: "Election Day", "Christmas Eve", "Holy Week" name no one. */
export const EVENT_NAME_ENDS = set(`day eve week`);

/** Number words spelled out ("Fifty-one", "Hundreds"): a count, never a person's name. */
const NUMBER_WORDS = set(`one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen
  seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred`);
const NUMBER_UNITS = set(`one two three four five six seven eight nine`);
/** "fifty", "fifty-one" (lower case). */
export const isNumberWord = (w: string): boolean => {
  const [a, b, ...rest] = w.split('-');
  return NUMBER_WORDS.has(a!) && !rest.length && (b === undefined || NUMBER_UNITS.has(b));
};
/** "Forty-one", "Hundreds", "Dozens", "Thousands" in any case: a counted group, never a person's name. */
export const isCountWord = (w: string): boolean => {
  const l = w.toLowerCase();
  const head = l.split('-')[0]!;
  return (NUMBER_WORDS.has(head) || /^(?:hundreds|thousands?|dozens?)$/.test(head)) && /^[\p{L}]+(?:-\p{L}+)?$/u.test(l);
};

/** Nouns and verbs around a quotation that make it the title of a work ("the HBO series", "starred in"). */
export const WORK_WORDS: ReadonlySet<string> = new Set([
  ...`show series sitcom drama program programme podcast episode segment sketch movie film documentary book novel memoir
    album song single track play musical opera magazine column newsletter blog video game ad advert commercial trailer
    host anchor star actress actor author season cast premiere finale hit anthem poem tune intro encore chorus lyric setlist`.trim().split(/\s+/).flatMap(nounForms),
  ...set(`titled entitled aired airing broadcast starred starring appeared appearance performed sang singing directed published hitting`),
]);

/**
 * Words that are not nouns: after a quotation they show it is no noun's modifier ("“…” and", "“…” is"), where a noun
 * would ("the “Three Amigos” summit"). lib/analysis/not-quotes.ts (named-thing).
 */
export const FUNCTION_WORDS = set(`
  and or but nor in on at to for with by from of as about over into onto than that which who whom whose when where while
  because if after before since until during against between among through without within is was are were be been being has
  have had will would could should might may must can do does did not no it its he she they we i you him her them his their
  our the a an this these those there here so then also only even just still yet all some any each every more most such very too`);

/** A broadcaster's or publisher's name right before a title: "CBS’s “This Morning”", "on HBO’s". */
export const BROADCASTERS = /\b(?:CNN|NBC|ABC|CBS|Fox|FOX|HBO|MSNBC|PBS|NPR|BBC|ITV|Netflix|Hulu|Amazon|Showtime|Comedy Central|Bravo|ESPN|C-SPAN|Fox News|Fox Business|CNBC|MTV|Disney|TBS|TNT|AMC|Sky|Channel 4)['’]s?$/;

// ---------------------------------------------------------------------------------------------------------------------
// Words the dispute rules read (lib/analysis/disputes.ts). Nouns by lemma with generated plurals, verbs by lemma with
// the forms a rule reads generated (inflect.ts), and the closed classes (auxiliaries, pronouns, determiners …) as words.

/** Forms of verb lemmas, of the kinds asked ("deny" → base deny, s denies, past denied, ing denying); irregular ones from inflect.ts. */
type VerbFormKind = 'base' | 's' | 'past' | 'participle' | 'ing';
const LEXICON_IRREGULAR: Readonly<Record<string, VerbForms>> = { cast: { past: 'cast' } };
function verbFormsOf(lemmas: string, kinds: readonly VerbFormKind[]): ReadonlySet<string> {
  const out = new Set<string>();
  for (const entry of lemmas.trim().split(/\s+/)) {
    const lemma = entry.replace(/[+~]$/, '');
    const irregular = LEXICON_IRREGULAR[lemma] ?? irregularForms(lemma);
    for (const form of verbForms(entry, irregular)) {
      const kind: VerbFormKind =
        form === lemma ? 'base' : form === irregular.participle ? 'participle' : form.endsWith('ing') ? 'ing' : form.endsWith('s') ? 's' : 'past';
      if (kinds.includes(kind)) out.add(form);
    }
  }
  return out;
}
const ALL_FORMS: readonly VerbFormKind[] = ['base', 's', 'past', 'participle', 'ing'];
/** Plurals only, of noun lemmas: "loyalist" → loyalists. */
const plurals = (lemmas: string): string[] => lemmas.trim().split(/\s+/).flatMap((l) => nounForms(l).slice(1));

// Nouns (plurals generated)

/**
 * What a dispute is about: "denied the allegations", "the claim … is false", "disputed the figures". "decision" only in the
 * singular ("disputed the decision"): "questioning the FBI's decisions" is about acts, not an assertion.
 */
export const CLAIM_NOUNS: ReadonlySet<string> = new Set([
  ...nouns(`claim assertion allegation report accusation suggestion charge characterization characterisation figure statement account
    version narrative rumour rumor theory notion finding wrongdoing responsibility involvement assessment portrayal depiction description
    toll number count estimate tally calculation ruling verdict conclusion liability fault guilt interpretation reading outlook
    forecast projection assumption premise methodology criticism speculation story insinuation response testimony answer`),
  ...set(`decision results data offences offenses attacks critics`),
]);
/** What one may deny or reject besides a claim: "a prospect Vindman denied", "rejected the idea that …". */
export const DENIED_OBJECTS: ReadonlySet<string> = new Set([...CLAIM_NOUNS, ...nouns(`prospect idea notion contention possibility impression perception comment remark
  implication inference label comparison view framing link tie connection accuracy validity veracity credibility`)]);
/** What one calls worthless when disputing it: "called the report “outrageous”". */
export const ASSERTION_NOUNS = nouns(`claim assertion allegation report accusation suggestion charge characterization characterisation statement
  story account narrative rumor rumour theory notion idea proposition article coverage reporting`);
/** Figures a correction gives "the actual" value of. */
export const FIGURE_NOUNS = nouns(`number figure count total toll cost rate amount share`);
/** What one dispels: "dispel the image of Trump as …", "dispelled rumours". */
export const DISPELLED = new Set([...nouns(`image myth perception impression notion idea speculation`), ...set(`rumors rumours claims`)]);
/** What a rebuttal answers: "pushed back on the criticism". */
export const REBUTTED_NOUNS = new Set([...nouns(`criticism attack accusation involvement idea notion suggestion characterization characterisation
  speculation report story charge argument`), 'critics']);
/** What a misrepresentation distorts: "a distorted portrayal", "twisted his words". */
export const MISREPRESENTED = new Set([...nouns(`portrayal picture view account record position history image`), ...set(`words remarks comments facts`)]);
/** What is refused, not denied, within the three words after the verb: "rejected two earlier bids", "denied access", "rejected the bill". */
export const REFUSED = nouns(`request application appeal motion bill measure proposal offer nomination lawsuit case suit push change
  amendment deal plan petition nominee access entry permission bid candidate`);
/** What one dismisses as said: "dismissed concerns that …", "dismissed such talk". */
export const DISMISSED: ReadonlySet<string> = new Set([...nouns(`criticism concern suggestion report claim allegation question speculation
  accusation charge rumour rumor idea notion talk critique`), ...set(`critics fears worries such any those these`)]);
/** "a myth", "the fiction that …": what a speaker calls a claim they dispute. */
export const MYTH_NOUNS = nouns(`myth fiction`);
/** What one denies having meant: "which was not my intention". */
export const INTENT_NOUNS = nouns(`intention intent aim purpose`);
/** "I don't believe for a minute that …". */
export const MOMENT_NOUNS = nouns(`minute second moment`);
/** "At no point did we say …", "at no time". */
export const AT_NO_NOUNS = nouns(`point time stage`);
/** Nouns after "a false …" that make an idiom, not a verdict on anything said: "a false choice", "a false sense of security". */
export const FALSE_IDIOM = nouns(`choice sense equivalence dichotomy hope alarm start flag modesty positive negative`);
/**
 * What one denies having had, after "didn't have": "I didn't have any involvement with them", "did not have a role"
 * (not "doesn't have the answers", "don't have to figure it out").
 */
export const HAD_NO_PART = new Set([...nouns(`involvement role part knowledge contact relationship responsibility connection conversation
  communication affair sex`), ...set(`dealings ties`)]);
/** "has no plans", "had no role": a denial of an intention or a part. */
export const NO_PART = nouns(`plan intention knowledge role involvement contact part idea`);
/** What one defends with a reason, as a rebuttal: "defended the figures, saying …", "defended his record, arguing …". */
export const DEFENDED = new Set([...nouns(`record policy plan approach position stance handling action response choice move budget bill law
  practice tweet vote`), ...set(`data methods numbers figures remarks comments`)]);
/** What one stands by against criticism: "stands by the depiction". */
export const STOOD_BY = new Set([...nouns(`comment remark statement reporting story depiction account claim decision report characterization
  portrayal article book`), ...set(`figures words findings`)]);
/** Dispute verbs whose -s form is as often a plural noun: "faces questions", "legal challenges". */
export const NOUN_OR_VERB = new Set([...nouns(`question contest challenge dispute counter`), 'rejects']);
/** Collective nouns that speak as one: "(The family denies any involvement.)". */
export const COLLECTIVE_NOUNS = new Set(['family', ...plurals(`family parent relative lawyer attorney organiser organizer resident owner`)]);
/** Plural nouns for sides in a dispute that the speaker lexicon does not list: "loyalists were adamant". */
export const SIDE_NOUNS = new Set(plurals(`loyalist defender associate backer surrogate detractor`));

// Verbs (forms generated)

/** "took issue with". */
export const TAKE_FORMS = verbFormsOf(`take`, ALL_FORMS);
/** "cast doubt on". */
export const CAST_FORMS = verbFormsOf(`cast`, ALL_FORMS);
/** "shot down the rumours". */
export const SHOOT_FORMS = verbFormsOf(`shoot`, ALL_FORMS);
/** "struck down assertions that …". */
export const STRIKE_FORMS = verbFormsOf(`strike`, ALL_FORMS);
/**
 * Verbs of waving a claim away and the particle each takes: "brushed aside the allegations", "laughed off the suggestion",
 * "scoffed at the idea", "waved away the report", "shrugged off the criticism" (disputes.ts, took-issue).
 */
export const WAVE_AWAY: ReadonlyMap<string, ReadonlySet<string>> = new Map(
  (`brush aside off|wave away off aside|laugh off|scoff at|shrug off|sneer at`).split('|').flatMap((e) => {
    const [lemma, ...particles] = e.trim().split(/\s+/);
    return [...verbFormsOf(lemma, ALL_FORMS)].map((f) => [f, new Set(particles)] as const);
  }),
);
/** "rolled their eyes at the claim": a roll of one's eyes at what is said (disputes.ts, took-issue). */
export const ROLL_FORMS = verbFormsOf(`roll`, ALL_FORMS);
/** "protested her innocence". */
export const PROTEST_FORMS = verbFormsOf(`protest`, ALL_FORMS);
/** A wish is no verdict: "I hope they are fake". */
export const HOPE_FORMS = verbFormsOf(`hope wish`, ALL_FORMS);
/** Verbs that open an indirect question: "when asked what … is wrong". */
export const ASK_FORMS = verbFormsOf(`ask wonder`, ALL_FORMS);
/** Reporting verbs, past and -s, after "what": "disputed what the report claimed", "contrary to what the campaign said". */
export const SAID_FORMS: ReadonlySet<string> = new Set([
  ...verbFormsOf(`say claim allege write assert`, ['s', 'past']),
  ...verbFormsOf(`tell report suggest testify state`, ['past']),
]);
/** A plain denial verb, past or -s ("disputes" is as often a noun: only "disputed"). */
export const OPEN_DENIALS: ReadonlySet<string> = new Set([...verbFormsOf(`deny reject refute rebut+ dismiss`, ['s', 'past']), 'disputed']);
/** "never said", "never happened", "didn't say": denials of having said or done something. */
export const NEVER_DONE: ReadonlySet<string> = new Set([
  ...verbFormsOf(`say happen tell order`, ['base', 'past']),
  ...verbFormsOf(`receive ask promise know give make send instruct write call`, ['past']),
  'was', 'were',
]);
/** After "did not" / "didn't": only denials of having said or ordered something ("didn't say that"). */
export const DID_NOT_DONE = verbFormsOf(`say happen tell order instruct write send intend`, ['base']);
/** Reporting participles after a comma that give the reason for a rejection. */
export const REASON_FORMS = verbFormsOf(`say call argue insist describe add`, ['ing']);
/** Words in -ing after "denied" that name a thing refused, not a denied act: "denied funding", "denied a hearing". */
export const NOT_GERUND = set(`lodging funding housing clothing boarding parking building hearing thing king spring bring`);

// Adjectives and adverbs

/** Words that call an assertion false: "baseless allegations", "the claim is untrue". */
export const FALSITY = set(`false untrue baseless unfounded groundless misleading inaccurate incorrect fabricated bogus nonsense lies wrong
  fiction fictitious fabrication invention falsehood falsehoods untruth untruths unsubstantiated unproven discredited debunked`);
/** Predicates that call something false: "is wrong", "is a myth", "was total propaganda". */
export const FALSE_WORDS = set(`false untrue wrong inaccurate incorrect misleading baseless unfounded groundless bogus nonsense lie lies myth
  fiction fabricated fabrication distortion distorted propaganda hoax mistaken fake garbage rubbish erroneous unsupported unsubstantiated debunked
  falsehood falsehoods untruth untruths`);
/** After a negated copula, a denial: "is not true", "is not the case". */
export const NOT_FALSE_WORDS = set(`true accurate correct credible factual truthful honest the`);
/** Negated truth: "not true", "not accurate", "not credible". */
export const NOT_TRUE = set(`true accurate correct credible factual right`);
/** Words between a copula and a verdict: "is absolutely wrong", "was a total fabrication", "are also all false". */
export const PREDICATE_FILLERS = set(`absolutely totally completely simply just flatly demonstrably patently plainly clearly entirely utterly quite
  dead a an total complete pure utter outright blatant flat also all both`);
/** Adverbs that make "wrong" a moral or political judgment, not a falsity: "dangerously wrong", "morally wrong". */
export const MORAL = set(`morally ethically dangerously deeply`);
/** "falsely claimed", "wrongly said". */
export const FALSELY = set(`falsely incorrectly wrongly erroneously mistakenly`);
/** Words that may open a parenthetical "falsely": "- again falsely -". */
export const PAREN_LEAD = set(`again also once`);
/** Between "no"/"without" and "evidence": "without any evidence", "without providing evidence". */
export const EVIDENCE_LEAD = set(`any providing offering presenting citing`);
/** Between "I"/"we" and a denial verb: "I also rejected", "we never disputed". */
export const I_ADVERBS = set(`also never always`);
/** Words in -ly that are no adverbs. */
export const LY_NOUNS = set(`family ally rally assembly supply reply july italy anomaly monopoly belly jelly bully`);
/** Between a subject and its verb: "Trump also denied", "she has not publicly disputed". */
export const VERB_GAP = set(`also still not never ever even then publicly probably`);

// Closed classes

/** Forms of "be", with its contractions: "is", "’s", "it’s", "that's". */
export const BE_WORDS = set(`is are was were 's ’s be been being it's it’s that's that’s`);
/** Plain forms of "be". */
export const BE_PLAIN = set(`is are was were been be`);
/** Forms of "be" after a subject pronoun: "I am not", "it is not". */
export const AM_WORDS = set(`am are is was were`);
/** A copula, or "as" ("rated as false"). */
export const COPULA = set(`is are was were as be been`);
/** Auxiliaries of a passive: "has been disputed", "was rejected". */
export const PASSIVE_AUX = set(`been was were is are being`);
/** Auxiliaries whose negation states a fact: "was not", "did not" (not "would not": a plan). */
export const AUX_BEFORE_NOT = set(`was were is are did does do had has have`);
/** Finite verbs that open a that-less complement clause: "denied (that) the council was exaggerating". */
export const FINITE_WORDS = set(`was were is are had has have would will could did does do knew know`);
export const HAVE_WORDS = set(`has have had`);
export const DO_WORDS = set(`did do does`);
/** "there is no", "there's no evidence". */
export const THERE_IS = set(`there's there’s is was were are`);
/**
 * Words before a dispute verb (past adverbs and "not") that make it no act of the subject: a modal ("would take issue
 * with", "should correct the record") or a road not taken ("rather than challenging", "without disputing").
 */
export const UNASSERTED = set(`would could might may can cannot will should must than without`);
/** Words before a dispute verb that make it hypothetical or not the subject's act: "if they wanted to dispute", "would deny". */
export const NOT_ASSERTED = set(`to would could might may can cannot will should if`);
/** Words before a denial verb that make it hypothetical, passive or not a verb ("would deny", "was rejected", "in disputed territory"). */
export const NOT_BEFORE_OPEN: ReadonlySet<string> = new Set([...NOT_ASSERTED, ...PASSIVE_AUX, ...set(`the a an not be get got in on of over at from
  into with for by about across and or than most hotly much`)]);
/** Words that make what follows a condition or a question, not an assertion. */
export const CONDITION = set(`if whether unless until`);
/** Words that open an indirect question or a condition: "did not say which countries". */
export const WH_WORDS = set(`which what whether if how when where who why`);
/** Relative pronouns: "a request that would …". */
export const RELATIVE = set(`that which who whom whose`);
/** "whom she had never met": a relative clause describes, it does not deny. */
export const WHO_WORDS = set(`whom who which`);
/** Determiners and possessives before a noun: "a disputed penalty", "the dispute over". */
export const DETERMINERS = set(`a an the this that its his her their`);
/** What a misrepresentation is aimed at: "to misrepresent her record", "distorted the facts". */
export const AIMED_AT = set(`the his her their its our my what this that`);
/** Possessives before "innocence": "maintained his innocence". */
export const OWN_WORDS = set(`his her their its my our`);
/** "my intention", "our aim". */
export const OWN_FIRST = set(`my our`);
/** Subject pronouns before a verb. */
export const PRONOUN_SUBJECTS = set(`he she they i we it`);
/** Pronouns (and relatives) that may be a verb's subject: "he disputes", "which rejects". */
export const SUBJECT_PRONOUNS = set(`he she it they who which that`);
/** Words right before a dispute verb that make it one: "I question", "and challenges". */
export const BEFORE_VERB = set(`i we you and also`);
/** The speaker as subject. */
export const FIRST_PERSON = set(`i we`);
/** The speaker as object: "never met me". */
export const FIRST_PERSON_OBJECTS = set(`me us`);
/** Someone other than the speaker as subject: "she lied", "they are lying". */
export const THIRD_PERSON = set(`she he they you`);
/** Words before "misrepresent"/"distorted" that make it no charge: "as distorted by", "I misread". */
export const NOT_AIMED_AFTER = set(`as i we been`);
/** Capitalised words after a denial verb that point at what is denied, not a person: "denied That", "rejected Both". */
export const POINTING = set(`That This It Those These Any All Both`);
/** Objects of a refusal right after the verb, besides REFUSED: "denied him entry", "denied bail", "denied coverage". */
export const REFUSED_FIRST = set(`him her them me us you himself herself themselves itself myself ourselves bail visa visas service benefits
  coverage admission legislation everyday treatment care funds funding`);
/** Capitalised words before a body's noun that do not make it a name: "The University", "This School". */
export const NOT_A_NAME = set(`The A An This That Its Their Our His Her`);
/** Words before a group noun that do not qualify it: "but officials", "many officials", "which officials". */
export const NOT_MODIFIER = set(`but and or yet so then still also many some most other several those these both all while when although though
  because that which who said says`);

/** Nouns that brand what is called one a pretence, after "called X a": "called the impeachment process a sham" (disputes.ts, called-dismissive). */
export const SHAM_NOUNS = set(`sham hoax farce charade witch travesty scam`);
/** Words allowed between "a" and such a noun: "a total sham", "a political witch hunt". */
export const SHAM_LEAD = set(`total complete absolute political partisan big giant`);
/** Nouns for what someone did, judged "wrong" as a deed, not as a claim: "Trump’s actions were wrong" (disputes.ts, called-false). */
export const DEED_NOUNS = set(`action actions conduct behavior behaviour deed deeds act acts`);
/** Falsehoods named as what others put out: "all the nonsense and lies put out" (disputes.ts, lies-put-out). */
export const LIES_NOUNS = set(`lies falsehoods untruths smears fabrications nonsense misinformation disinformation`);
/** A falsehood named as what someone is accused of: "accused him of an “artful smear”", "of a lie" (disputes.ts, accused-of-lying). */
export const FALSEHOOD_NOUNS = new Set([...LIES_NOUNS, ...set(`lie smear falsehood untruth fabrication distortion distortions`)]);
/** Past participles of spreading, after LIES_NOUNS: "the falsehoods spread by …", "the lies peddled about me". */
export const SPREAD_PARTICIPLES = set(`spread peddled pushed circulated propagated peddled promoted told`);
/** Determiners that make LIES_NOUNS particular falsehoods, not a maxim ("lies spread fast"). */
export const LIES_DETERMINERS = set(`the these those their his her its all such`);
/** Verbs of admission: "acknowledged that they had not made the rounds" owns a failure, denies nothing (disputes.ts, said-never). */
export const ADMIT_FORMS = verbFormsOf(`acknowledge admit+ concede confess`, ALL_FORMS);

/**
 * Words right before "to" that make the verb after it an act done, not one wanted or planned: "was quick to deny", "rushed
 * to deny", "went on to rebut", "took to Twitter to deny" (with "on", "took to" read in disputes.ts, assertedTo). Not
 * "refused to", "declined to", "has yet to", "wants to", "is expected to".
 */
export const ASSERTED_TO_LEAD: ReadonlySet<string> = new Set([...set(`quick swift quickly swiftly`),
  ...verbFormsOf(`rush move hasten scramble seek try continue proceed`, ['s', 'past', 'ing']), ...set(`continue forced compelled`)]);

/**
 * What a claim is said to lack, besides "evidence": "there is no proof that", "the claim has no basis", "allegations without
 * merit", "lacked any foundation" (disputes.ts, no-evidence; these only with someone saying it).
 */
export const PROOF_NOUNS = set(`proof basis foundation merit substance`);
/** Words before such a noun that deny it: "zero evidence", "no proof", "without merit", "lacks any basis". */
export const PROOF_NONE = set(`no zero without`);
/** Verb forms of lacking: "the claims lacked evidence", "lacks any basis in fact". */
export const LACK_FORMS = verbFormsOf(`lack`, ALL_FORMS);
/** "went on to rebut": the forms of "go" before "on to" that report the act as done (disputes.ts, assertedTo). */
export const GO_FORMS = verbFormsOf(`go`, ALL_FORMS);
/**
 * What may follow "no proof", "no basis", "no foundation" when the phrase is a verdict on a claim ("no proof that …",
 * "no basis for …", "no merit whatsoever"), not "on a daily basis" or "the foundation of the house" (disputes.ts, no-proof).
 */
export const PROOF_FOLLOWERS = set(`that for to of in whatsoever at behind`);
/**
 * Little words that do not make a line a sentence: a title or a list entry ("Live at the Bowl", "Tickets on sale
 * now") has these and capitalised words only (claims.ts, titleLike, with PREPOSITIONS and DETERMINERS).
 */
export const LITTLE_WORDS: ReadonlySet<string> = new Set([...PREPOSITIONS, ...DETERMINERS, ...set(`and or vs nor but`)]);

/**
 * Verbs whose complement is wanted, not done: "demanded that Ukraine cut its army", "urged them to fund it", "called on
 * the council to hand over". An event word after one of these in the same clause is no event that happened (claims.ts).
 */
export const DIRECTIVE_FORMS = verbFormsOf(`demand urge ask call propose insist want seek plan+ vow pledge promise threaten`, ALL_FORMS);
/** Words before a verb that make it wanted or possible rather than done ("to cut", "would fund", "could hand over"). */
export const IRREALIS_BEFORE = set(`to would will could should must might may can cannot won't wouldn't shall`);
/** Past forms among the claim cues' event words that do not end in -ed or -en ("won", "fell"): done, not wanted. */
export const EVENT_PAST = set(`won lost rose fell grew stole spent sought`);

/**
 * Adjectives between "no" and "evidence" that keep the phrase a verdict on a claim: "there is no credible evidence that",
 * "no epidemiological evidence linking" (disputes.ts, no-evidence; words in -ical are read as such adjectives too).
 */
export const EVIDENCE_ADJECTIVES = set(`credible hard direct real concrete solid reliable conclusive verifiable compelling firm clear
  scientific factual documentary physical forensic empirical credible convincing substantive persuasive actual tangible`);

/**
 * Verbs that make someone do the act after "… to": "prompted the ministry to deny", "led aides to counter that", "forced the
 * company to retract" (disputes.ts, assertedTo: the act is reported as done).
 */
export const CAUSE_TO_FORMS: ReadonlySet<string> = new Set([...verbFormsOf(`prompt spur force compel cause`, ['s', 'past', 'ing']), ...set(`lead leads led leading`)]);

/**
 * Verbs that put forward a claim another may answer: "Trump claimed that …, but Sondland has said …" (disputes.ts,
 * claimed-but-said; not "said", which reports without weighing).
 */
export const CLAIMED_FORMS = verbFormsOf(`claim suggest allege assert insist contend`, ['base', 's', 'past']);
/** Words that open a clause conceding a claim before another's answer: "Even as Trump claimed …, a prosecutor said …". */
export const CONCEDING_LEAD = set(`while although though whereas`);

/** Forms of "do" before "nothing wrong": "did nothing wrong", "had done nothing illegal", "is doing nothing improper". */
export const DO_FORMS = verbFormsOf(`do`, ALL_FORMS);
/** What one denies having done with "nothing": "did nothing wrong", "done nothing illegal" (disputes.ts, nothing-wrong). */
export const WRONGDOING_WORDS = set(`wrong illegal improper inappropriate unlawful unethical criminal untoward`);

/** Verbs whose participle comes before "out of context": "taken out of context", "quoted out of context" (disputes.ts, out-of-context). */
export const OUT_OF_CONTEXT_VERBS = verbFormsOf(`take quote pull lift rip+ clip+ use cite edit present`, ['past', 'participle', 'ing', 'base', 's']);

/**
 * Predicates that wave a claim away as worthless rather than false, after a claim noun and a copula: "the allegations are
 * ridiculous", "the claims were politically motivated", "the accusations are a witch hunt" (disputes.ts, claim-dismissed;
 * the two-word ones as "politically motivated", "witch hunt").
 */
export const DISMISSIVE_PREDICATES = set(`ridiculous absurd laughable preposterous ludicrous outrageous nonsensical spurious frivolous
  meritless scurrilous specious silly`);
export const DISMISSIVE_PAIRS = set(`politically_motivated witch_hunt smear_campaign hit_job hatchet_job`);

/** Errors found in what was said or reported: "contains numerous inaccuracies", "riddled with errors" (disputes.ts, inaccuracies). */
export const ERROR_NOUNS = new Set([...nouns(`inaccuracy error falsehood untruth misstatement distortion mistake`), 'errors']);
/** Words before ERROR_NOUNS that find them in a text: "contained", "riddled with", "full of" (not "asked about factual errors"). */
export const ERROR_LEAD = new Set([...verbFormsOf(`contain include`, ['s', 'past']), ...set(`riddled littered rife replete full filled packed`)]);

/** Words that make an account someone gives another's rival: "gave a different account", "tells a conflicting story" (disputes.ts, different-account). */
export const RIVAL_WORDS = set(`different differing contrasting conflicting competing contradictory opposite`);
/** What such a rival is a version of: "account", "version of events", "story", "recollection". */
export const VERSION_NOUNS = set(`account accounts version versions story recollection explanation narrative picture`);
/** Verbs that give an account: "gave", "offered", "tells", "has", "painted". */
export const GIVE_ACCOUNT_FORMS = new Set([...verbFormsOf(`offer present provide paint recount`, ['base', 's', 'past']), ...set(`give gives gave given tell tells told have has had`)]);

/** What a claim fails to rest on: "not supported by the evidence", "not based on facts", "not grounded in fact" (disputes.ts, not-supported). */
export const FACT_NOUNS = set(`evidence fact facts data record science reality`);
/** Participles a claim is said not to rest on its facts with: "supported by", "based on", "grounded in", "backed by", "borne out by". */
export const SUPPORTED_FORMS = set(`supported based grounded backed borne rooted`);

/** Verbs that misrepresent someone or their record when done "unfairly": "unfairly maligning his record", "unfairly portrayed" (disputes.ts, unfairly). */
export const UNFAIRLY_VERBS = verbFormsOf(`malign portray characterize characterise depict paint smear target tie link blame accuse label~ brand describe`, ALL_FORMS);

/** After "could not have been": where or how one says one was not ("at", "there", "with", "involved") (disputes.ts, could-not-have). */
export const NOT_THERE_WORDS = set(`at there with in present involved responsible aware near inside`);

/**
 * Lower-case words that may follow a name without making it an adjective before a noun: function words ("The State
 * Department less than a week ago said", "Pew and Gallup") and common irregular past forms ("Pew found"). clause.ts, adjectival.
 */
export const NAME_NOT_ADJECTIVE_BEFORE: ReadonlySet<string> = new Set([...PREPOSITIONS, ...SUBORDINATORS, ...MODALS,
  ...set(`and or but nor than less more last this that now too yet so both alone all each either neither herself himself itself
    themselves began brought bought built caught chose drew fell fought found held heard led lost meant ran rose sold sought stood
    struck taught won understood`)]);

/**
 * Verbs that report the words only right after a quotation, with nothing of their own after them: "“…?” Lind pressed.",
 * "“…,” Reed started, “…”", "“…!” reacted Quill." (sieves.ts, after-quote and next-sentence; not cues elsewhere).
 */
export const QUOTE_CLOSING_VERBS = verbFormsOf(`press react start begin venture offer crack chime`, ['s', 'past']);

/** Verbs after "is due to" that make a schedule, not a cause ("is due to start", "are due to report"; claims.ts SCHEDULE). */
export const SCHEDULED_ACTS = set(`be start begin open close end take hold meet report table launch arrive return appear face vote rule decide deliver sign testify speak hear give make publish release announce resume expire leave finish run come go visit`);
