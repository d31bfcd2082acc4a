// Word lists shared by the analysis modules. Lower-case unless noted.

const set = (words: string): ReadonlySet<string> => new Set(words.trim().split(/\s+/));

/** Abbreviations that always precede a name or number: a full stop after them never ends a sentence. */
export const TITLE_ABBREVIATIONS = set(`
  mr mrs ms dr prof gen sen rep gov lt col capt sgt st rev fr hon mt det insp supt cllr messrs maj cmdr adm
  brig pres supt no nos fig vol pp approx
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
]);

/** Capitalised title words that may precede a name ("US President Donald Trump"). */
export const TITLE_WORDS = set(`
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
`);

/** Capitalised words that make a run a place or event rather than a person ("Black Sea", "Second World War"). */
export const PLACE_WORDS = set(`
  god sea ocean river war world street road avenue square park island islands mountain valley airport station
  region republic kingdom states province county bridge storm cup league
`);

/** Lower-case connectors allowed inside a capitalised name ("Bank of England", "Ludwig van Beethoven"). */
export const NAME_CONNECTORS = set(`of for on de van von der da bin al la le du del`);

/** Nouns for a person's role: "the president", "the manager". */
export const PERSON_ROLE_NOUNS = set(`
  president minister secretary chancellor senator governor mayor chairman chairwoman chair chief executive
  director leader commissioner ambassador envoy judge prosecutor spokesman spokeswoman spokesperson coach
  manager captain referee defendant officer detective inspector economist analyst reporter correspondent
  king queen prince pope premier lawmaker congressman congresswoman senator mp councillor candidate founder
  boss owner striker midfielder goalkeeper player attorney lawyer supervisor sheriff administrator
  superintendent sergeant constable commander official critic backbencher strategist adviser advisor pollster
  columnist commentator master
`);

/** Nouns that describe a person rather than an office: "the retired teacher", "the mother of two". */
export const DESCRIPTIVE_NOUNS = set(`
  teacher nurse doctor farmer resident student pupil mother father woman man girl boy grandmother grandfather
  pensioner retiree driver worker engineer scientist researcher veteran victim survivor witness neighbour
  neighbor widow widower shopkeeper mum dad son daughter wife husband
`);

/** Capitalised titles that may stand between an affiliation and a name: "NATO Secretary General Mark Rutte". */
export const PERSON_TITLES: ReadonlySet<string> = new Set([...PERSON_ROLE_NOUNS, 'general', 'justice', 'counsel', 'engineer', 'scientist', 'surgeon', 'physician']);

/** Nouns for an organisation's role: "the company", "the council". */
export const ORG_ROLE_NOUNS = set(`
  company firm council government ministry department agency club party union federation committee
  commission administration regulator bank court police army board authority charity group trust
  network operator retailer insurer utility watchdog campaign military broadcaster publisher platform
  airline carmaker manufacturer developer
`);

/** Role nouns for businesses: "the company" is not a council, a court or a charity. */
export const COMPANY_HEADS = set(`company firm utility retailer insurer operator bank carmaker airline manufacturer platform broadcaster publisher developer network group`);

/** Role nouns for public bodies: "the regulator" is not a company. */
export const INSTITUTION_HEADS = set(`government ministry department agency regulator watchdog court police army military authority council commission committee administration board`);

/** Name words of public bodies. */
export const INSTITUTION_WORDS = set(`
  government ministry department office administration council parliament senate congress house kremlin
  commission agency authority police court army navy force forces military pentagon nato regulator board
  committee organisation organization district division service services
`);

/** Name words of charities, campaigns and other non-profit bodies. */
export const NONPROFIT_WORDS = set(`charity foundation trust society association institute research fund campaign initiative watch international union federation`);

/** Plural nouns for groups of speakers: "some analysts", "Russian officials". */
export const GROUP_NOUNS = set(`
  analysts economists critics officials experts residents campaigners lawmakers politicians prosecutors
  investigators scientists doctors researchers activists opponents supporters protesters authorities leaders
  sources diplomats ministers tenants teachers nurses workers unions democrats republicans traders
  witnesses lawyers observers
`);

/** Quantifiers that may precede a group noun. */
export const GROUP_QUANTIFIERS = set(`some many several other most few two three four five the`);

/** Nouns standing for a speaker's representative: "Whitfield's office said" means Whitfield. */
export const PROXY_NOUNS = set(`office spokesman spokeswoman spokesperson campaign team spokespeople`);

/** Verbs that introduce reported speech. */
export const SPEECH_VERBS = set(`
  said says say told tells tell added adds wrote writes posted posts tweeted stated states insisted insists
  argued argues warned warns claimed claims noted notes explained explains grumbled described describes called
  calls asked asks replied replies responded responds declared declares announced announces acknowledged
  acknowledges admitted admits conceded concedes suggested suggests urged urges continued recalled recalls
  quipped joked complained complains boasted boasts vowed vows pledged promised promises predicted predicts
  confirmed confirms observed observes remarked remarks alleged alleges testified testifies maintained
  maintains stressed stresses emphasised emphasized tells labelled labeled branded dubbed repeated repeats
  reiterated reiterates denied denies rejected rejects dismissed dismisses condemned condemns criticised
  criticized criticises criticizes accused accuses countered counters saying adding arguing insisting warning
`);

/** Contractions that look like a possessive but are not ("it's", "there's"). */
export const NOT_POSSESSIVE = set(`it he she that there what who where here how let`);

export const MONTHS = set(`
  january february march april may june july august september october november december jan feb mar apr jun
  jul aug sep sept oct nov dec
`);

export const WEEKDAYS = set(`monday tuesday wednesday thursday friday saturday sunday`);

/** Lower-case words that may sit inside a role phrase: "press secretary", "Senedd member". */
export const ROLE_MODIFIERS = set(`press special cabinet chief deputy senior former shadow member vice prime foreign home finance health defence defense`);
