// Names of countries, US states and large cities. A capitalised run that is a place names no person:
// "South Carolina" is not someone to resolve "she" to, and "Ukraine Kurt Volker" is a place before a name.
// General geographic knowledge; a place missing here is simply read as any other name.

const PLACE_NAMES = `
  afghanistan, albania, algeria, andorra, angola, argentina, armenia, australia, austria, azerbaijan, bahamas,
  bahrain, bangladesh, barbados, belarus, belgium, belize, benin, bhutan, bolivia, bosnia, botswana, brazil,
  brunei, bulgaria, burkina faso, burundi, cambodia, cameroon, canada, chad, chile, china, colombia, comoros,
  congo, costa rica, croatia, cuba, cyprus, czechia, czech republic, denmark, djibouti, dominica, ecuador,
  egypt, el salvador, eritrea, estonia, eswatini, ethiopia, fiji, finland, france, gabon, gambia, georgia,
  germany, ghana, greece, grenada, guatemala, guinea, guyana, haiti, honduras, hungary, iceland, india,
  indonesia, iran, iraq, ireland, israel, italy, jamaica, japan, jordan, kazakhstan, kenya, kiribati, kosovo,
  kuwait, kyrgyzstan, laos, latvia, lebanon, lesotho, liberia, libya, liechtenstein, lithuania, luxembourg,
  madagascar, malawi, malaysia, maldives, mali, malta, mauritania, mauritius, mexico, micronesia, moldova,
  monaco, mongolia, montenegro, morocco, mozambique, myanmar, burma, namibia, nauru, nepal, netherlands,
  holland, new zealand, nicaragua, niger, nigeria, north korea, north macedonia, norway, oman, pakistan, palau,
  palestine, panama, papua new guinea, paraguay, peru, philippines, poland, portugal, qatar, romania, russia,
  rwanda, samoa, san marino, saudi arabia, senegal, serbia, seychelles, sierra leone, singapore, slovakia,
  slovenia, somalia, south africa, south korea, south sudan, spain, sri lanka, sudan, suriname, sweden,
  switzerland, syria, taiwan, tajikistan, tanzania, thailand, togo, tonga, trinidad, tunisia, turkey,
  turkmenistan, tuvalu, uganda, ukraine, united arab emirates, united kingdom, britain, great britain, england,
  scotland, wales, northern ireland, united states, america, uruguay, uzbekistan, vanuatu, venezuela, vietnam,
  yemen, zambia, zimbabwe, gaza, west bank, crimea, donbas, kashmir, tibet, hong kong, macau, greenland,
  puerto rico, alabama, alaska, arizona, arkansas, california, colorado, connecticut, delaware, florida,
  hawaii, idaho, illinois, indiana, iowa, kansas, kentucky, louisiana, maine, maryland, massachusetts,
  michigan, minnesota, mississippi, missouri, montana, nebraska, nevada, new hampshire, new jersey, new mexico,
  new york, north carolina, north dakota, ohio, oklahoma, oregon, pennsylvania, rhode island, south carolina,
  south dakota, tennessee, texas, utah, vermont, virginia, washington, west virginia, wisconsin, wyoming,
  africa, asia, europe, antarctica, oceania, middle east, latin america, south america, north america,
  central america, caribbean, scandinavia, balkans, baltics, siberia, london, paris, berlin, moscow, kyiv,
  kiev, beijing, shanghai, tokyo, delhi, new delhi, mumbai, karachi, lahore, islamabad, kabul, tehran, baghdad,
  damascus, beirut, jerusalem, tel aviv, cairo, riyadh, dubai, doha, ankara, istanbul, athens, rome, milan,
  madrid, barcelona, lisbon, brussels, amsterdam, vienna, warsaw, prague, budapest, bucharest, stockholm, oslo,
  copenhagen, helsinki, dublin, edinburgh, glasgow, manchester, birmingham, liverpool, leeds, bristol, cardiff,
  belfast, ottawa, toronto, montreal, vancouver, sydney, melbourne, auckland, johannesburg, lagos, nairobi,
  addis ababa, seoul, pyongyang, taipei, bangkok, hanoi, manila, jakarta, singapore, los angeles,
  san francisco, chicago, houston, dallas, austin, phoenix, philadelphia, boston, atlanta, miami, detroit,
  seattle, denver, baltimore, cleveland, pittsburgh, las vegas, new orleans, nashville, memphis, milwaukee,
  minneapolis, st. louis, kansas city, san diego, san antonio, sacramento, portland, charlotte, orlando, tampa,
  brooklyn, manhattan, queens, bronx, harlem, mexico city, havana, caracas, bogota, lima, santiago,
  buenos aires, rio de janeiro, sao paulo, brasilia
`;

/** Every place name, lower case, as its words joined by one space. */
export const PLACES: ReadonlySet<string> = new Set(
  PLACE_NAMES.split(',').map((p) => p.trim()).filter(Boolean),
);
