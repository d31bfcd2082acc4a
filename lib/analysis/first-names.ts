// Common given names and the gender they usually signal, so that "Mrs. Clinton" is not read as Bill and
// "she" finds the right person. General knowledge of English-language naming (no corpus text); a name
// missing here simply gives no gender.

const MALE = `
  aaron abdul abraham adam adrian ahmed al alan albert alberto alec alejandro alex alexander alexei alfred ali allen alvin
  amir andre andrew andy angelo anthony antonio arnold arthur ashton austin barack barry ben benjamin bernard bernie bill billy
  bob bobby boris brad bradley brandon brendan brent brett brian bruce bryan byron calvin cameron carl carlos carson cecil
  chad charles charlie chris christian christopher chuck clarence clark claude clayton cliff clifford clint clinton cody colin
  connor corey cory craig curtis dale dan daniel danny darrell darren dave david dean dennis derek desmond devin dick dmitry
  dominic don donald doug douglas duane dustin dwayne dwight earl ed eddie edgar eduardo edward edwin eli elias elijah elliot
  elon emanuel emmanuel enrique eric erik ernest ethan eugene evan felix fernando francis francisco frank franklin fred
  freddie freddy frederick gabriel gareth garrett gary gavin gene geoff geoffrey george gerald gerard gilbert glenn gordon
  graham greg gregory guy hank harold harry harvey hector henry herbert herman howard hugh hugo ian ibrahim isaac ivan jack
  jacob jake james jamie jared jason javier jay jeb jeff jeffrey jeremy jerome jerry jesse jesus jim jimmy joe joel john
  johnny jon jonathan jordan jorge jose joseph josh joshua juan julian julio justin karl keith kelvin ken kenneth kevin
  khalid kirk kurt kyle lamar lance larry lawrence lee leo leon leonard leroy lewis lindsey lloyd logan louis luis luke
  malcolm manuel marcus mario mark marshall martin marvin mason matt matthew maurice max maxwell michael miguel mike mikhail
  miles milton mitch mitchell mitt mohammed muhammad nathan nathaniel neil nelson nicholas nick nigel noah norman oliver
  omar orrin oscar owen pablo patrick paul pedro pete peter phil philip phillip ralph ramon randall randy ray raymond reed
  reggie reginald reince rex ricardo richard rick ricky rob robert roberto rodney roger roland ron ronald ross roy ruben
  rudy rupert russell ryan salvador sam samuel saul scott sean sebastian sergei sergio seth shane shaun shawn sheldon sidney
  simon stanley stephen steve steven stuart ted terrence terry theodore thomas tim timothy todd tom tommy tony travis trent
  trevor troy tyler vernon victor vince vincent vladimir walter warren wayne wesley will william willie xavier yusuf zach
  zachary
`;
const FEMALE = `
  abby abigail ada adriana agnes aisha alexandra alexis alice alicia alison allison amanda amber amelia amy ana andrea angela
  angelina anita ann anna anne annie april ariana ashley audrey barbara becky belinda beth betsy betty beverly bonnie brenda
  bridget brittany brooke caitlin camila candace carla carly carmen carol caroline carolyn cassandra catherine cathy cecile
  charlotte chelsea cheryl chloe christina christine cindy claire clara claudia colleen connie courtney crystal cynthia daisy
  dana danielle daphne darlene dawn debbie deborah debra denise diana diane dolores donna doris dorothy edith eileen elaine
  eleanor elena elisabeth elise eliza elizabeth ella ellen elsa emily emma erica erin esther eva evelyn faith fiona florence
  frances gabriela gabrielle gail georgia geraldine gina ginger gladys gloria grace gretchen gwen hannah harriet hayley
  heather heidi helen hillary holly hope huma irene iris isabel isabella ivana ivanka jackie jacqueline jade jane janet
  janice jasmine jean jeanne jennifer jenny jessica jill joan joanna joanne jocelyn jodi josephine joy joyce judith judy
  julia julie june karen kate katharine katherine kathleen kathryn kathy katie kay kayla kellyanne kelsey kimberly
  kirsten kristen kristin krystal laura lauren leah leslie lily linda lisa lois loretta lori lorraine louise lucia lucy
  lydia lynn madeleine madison maggie mandy marcia margaret margarita maria marian marie marilyn marion marjorie marsha
  martha mary maureen maxine megan meghan melania melanie melissa melody meredith mia michele michelle mildred mindy miranda
  molly monica nadia nancy naomi natalie natasha nicole nikki nina nora olivia paige pam pamela patricia patty paula pauline
  peggy penny phyllis priscilla rachel rebecca regina renee rita roberta robin rosa rosalind rose rosemary ruby ruth sally
  samantha sandra sandy sara sarah savannah selena serena sharon sheila shelby shirley sonia sophia sophie stacey stephanie
  sue susan suzanne sylvia tamara tammy tanya tara teresa theresa tiffany tina tracy valerie vanessa vera veronica victoria
  virginia vivian wanda wendy whitney yvonne zoe
`;

export const FIRST_NAME_GENDER: ReadonlyMap<string, 'm' | 'f'> = new Map([
  ...MALE.trim().split(/\s+/).map((n) => [n, 'm'] as const),
  ...FEMALE.trim().split(/\s+/).map((n) => [n, 'f'] as const),
]);

/** Given names ending in -a that are usually men's: the -a rule below does not apply to them. */
const MALE_IN_A = new Set('joshua luca nikola sasha misha kosta garcia costa mustafa musa yahya issa hamza attila andrea elijah jonah noah zacharia'.split(' '));

/** The gender a given name suggests: the list above, else the common -a ending of women's names (Ghazala, Marta). */
export function genderOfFirstName(name: string): 'm' | 'f' | null {
  const n = name.toLowerCase();
  const known = FIRST_NAME_GENDER.get(n);
  if (known) return known;
  if (n.length > 3 && n.endsWith('a') && !MALE_IN_A.has(n)) return 'f';
  return null;
}
