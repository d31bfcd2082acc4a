// Common given names and the gender they usually signal, so that "Mrs. Clinton" is not read as Bill and
// "she" finds the right person. General knowledge of English-language naming (no corpus text); a name
// missing here simply gives no gender.

const MALE = `
  aaron abdul abdullah abraham adam adrian ahmad ahmed al alan albert alberto alec alejandro alex alexander alexei alfred
  ali allen alvaro alvin amir andre andres andrew andy angelo anthony antonio ari arnold arthur ashton austin barack
  barry ben benjamin bernard bernie beto bill billy bob bobby boris brad bradley brandon brendan brent brett brian bruce
  bryan byron calvin cameron carl carlos carson cecil chad charles charlie chris christian christopher chuck clarence
  clark claude clayton cliff clifford clint clinton cody colin connor corey cory craig curt curtis dale dan daniel danny
  dante darrell darren dave david dean dennis derek desmond devin dick diego dmitri dmitry dominic don donald doug
  douglas duane dustin dwayne dwight dylan earl ed eddie edgar eduardo edward edwin eli elias elijah elliot elon emanuel
  emmanuel enrique eric erik ernest ernesto ethan eugene evan federico felipe felix fernando francesco francis francisco
  francois frank franklin fred freddie freddy frederick gabriel gareth garrett gary gavin gene geoff geoffrey george
  gerald gerard gilbert giuseppe glenn gonzalo gordon graham greg gregory gustavo guy hakeem hamid hank harold harry
  harvey hassan hector henry herbert herman herschel howard hugh hugo hussein ian ibrahim ignacio isaac ivan jack jacob
  jacques jake james jamie jared jason javier jay jeb jeff jeffery jeffrey jeremiah jeremy jerome jerry jesse jesus jim
  jimmy joe joel john johnny jon jonah jonathan jordan jorge jose joseph josh joshua juan julian julio justin karim karl
  keir keith kelvin ken kenneth kenny kevin khalid khalil kirk kurt kyle lamar lance larry laurence lawrence lee leo leon
  leonard leroy lewis liam lindsey lloyd logan louis luca lucas luis luke mahmoud malcolm manuel marc marcelo marcel marco
  marcus mario mark marshall martin marty marvin mason matt matteo matthew maurice mauricio max maxwell michael mick
  mickey miguel mike mikhail miles milton mitch mitchell mitt mohammed muhammad nate nathan nathaniel ned neil nelson
  nicholas nick nicolas nigel noah norman olaf oliver omar orrin oscar owen pablo patrick paul pedro pete peter phil
  philip phillip pierre rafael ralph ramon randall randy raphael raul ray raymond reed reggie reginald reince rex ricardo
  richard rick ricky rishi rob robby robert roberto rodney rodrigo roger roland ron ronald ross roy ruben rudy rupert
  russell ryan sajid salvador sam samuel saul scott sean sebastian sergei sergey sergio seth shane shaun shawn sheldon
  sidney simon stan stanley stephen steve steven stuart tariq ted terrence terry theodore thomas tim timothy todd tom
  tommy tony travis trent trevor trey troy tyler vernon victor vince vincent vladimir walter warren wayne wes wesley will
  william willie xavier yusuf zach zachary
`;
const FEMALE = `
  abby abigail ada adriana agnes aisha alexandra alexis alice alicia alison allison amanda amber amelia amy ana andrea
  angela angelina anita ann anna anne annie april ariana ashley audrey ayanna barbara becky belinda beth betsy betty
  beverly bonnie brenda bridget brittany brooke caitlin camila candace carla carly carmen carol caroline carolyn
  cassandra catherine cathy cecile charlotte chelsea cheryl chloe christina christine cindy claire clara claudia colleen
  connie courtney crystal cynthia daisy dana danielle daphne darlene dawn debbie deborah debra denise diana diane dianne
  dolores donna doris dorothy edith eileen elaine eleanor elena elisabeth elise eliza elizabeth ella ellen elsa emily
  emma erica erin esther eva evelyn faith fiona florence frances gabriela gabrielle gail gayle georgia geraldine gina
  ginger gladys gloria grace gretchen gwen hannah harriet hayley heather heidi helen hillary hoda holly hope huma ilhan
  irene iris isabel isabella ivana ivanka jackie jacqueline jade jane janet janice jasmine jean jeanne jenna jennifer
  jenny jessica jill joan joanna joanne jocelyn jodi joni josephine joy joyce judith judy julia julianne julie june
  kamala karen kate katharine katherine kathleen kathryn kathy katie kay kayla kellyanne kelsey kimberly kirsten kristen
  kristi kristin krystal laura lauren laurie leah lesley leslie lily linda lindsay lisa liz lois loretta lori lorraine
  louise lucia lucy lydia lynn madeleine madison maggie mandy marcia margaret margarita maria marian marianne marie
  marilyn marion marjorie marsha martha mary maureen maxine megan meghan megyn melania melanie melissa melody meredith
  mia michele michelle mika mildred mindy miranda molly monica nadia nancy naomi natalie natasha nicole nikki nina nora
  norah olivia paige pam pamela patricia patty paula pauline peggy penny phyllis priscilla priti rachel rashida rebecca
  regina renee rita roberta robin rosa rosalind rose rosemary ruby ruth sally samantha sandra sandy sara sarah savannah
  selena serena sharon sheila shelby shirley sonia sophia sophie stacey stephanie sue susan suzanne sylvia tamara tammy
  tanya tara teresa theresa tiffany tina tracy tulsi valerie vanessa vera veronica victoria virginia vivian wanda wendy
  whitney whoopi yvonne zoe
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
