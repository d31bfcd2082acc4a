import { describe, expect, it } from 'vitest';
import { analyze } from './index';

const quotes = (text: string) => analyze(text).filter((f) => f.kind === 'quote').map((f) => f.text);

describe('terms in quotation marks', () => {
  it('drops terms and rating scales but keeps short quotes with a speaker', () => {
    const text = [
      'It began cutting power during winds, a practice known as “public safety power shutoff”.',
      'Prosecutors say he changed the rating from “poor” to “fair”.',
      'Ms Ada Lowe called the plan “a disgrace”.',
    ].join('\n\n');
    expect(quotes(text)).toEqual(['a disgrace']);
  });
});

describe('titles of works and headline terms', () => {
  it('drops titles of shows, books and songs, keeps what people said about them', () => {
    const text = [
      'She appeared on CBS’s “Face the Nation” on Sunday, where she said the plan was “dead on arrival”.',
      'He is best known for the HBO series “The Wire,” which ended in 2008.',
      'The author of “Lost Tycoon” said he had no regrets.',
      '“It is a masterpiece,” the critic Dan Hale wrote.',
    ].join('\n\n');
    expect(quotes(text)).toEqual(['dead on arrival', 'It is a masterpiece,']);
  });

  it('drops a list of titles when a work word names one of them, keeps a quote that follows the list', () => {
    const text = [
      'The band played its old hits, including “Harbour Lights,” “Slow Train Home” and “Paper Moon,” before an encore.',
      'The choir closed with the anthem “Rise Again” and a poem called “Winter Field”.',
      '“We Never Stopped,” the drummer, Ola Berg, said. “Thank You, Leeds,” she added.',
    ].join('\n\n');
    expect(quotes(text)).toEqual(['We Never Stopped,', 'Thank You, Leeds,']);
  });

  it('does not join two sentences into a list of titles', () => {
    const text = 'Her first hit was a ballad she called “Late Light at the End of a Long Summer Road.” “Good Night Everyone,” Rhea Dunn tells every crowd.';
    expect(quotes(text)).toEqual(['Good Night Everyone,']);
  });

  it('drops a scare-quoted word in a headline but keeps a headline quote that names its speaker', () => {
    expect(quotes('Council’s ‘Green’ Plan Faces Vote\n\nThe council will vote on Monday.')).toEqual([]);
    expect(quotes('Mayor Lin: “We Will Not Back Down”\n\nThe mayor spoke on Monday.')).toEqual(['We Will Not Back Down']);
  });
});

describe('lone terms', () => {
  it('drops a word or two in marks when nobody speaks in the sentence and only an earlier paragraph names anyone', () => {
    const text = [
      '“We will keep the station open,” the mayor, Ruth Okafor, said on Friday.',
      'A “welcome” van handed out soup to the crowd outside the hall.',
      'She said the cuts were “reckless”.',
    ].join('\n\n');
    expect(quotes(text)).toEqual(['We will keep the station open,', 'reckless']);
  });

  it('drops up to three words in marks that nobody says anywhere near, keeps longer or said ones', () => {
    const text = [
      'The new laptop stays quiet under a “normal” load, and its fan wakes up at about 80 degrees.',
      'Reviewers measured a “quiet office” baseline before each test.',
      '“It runs cooler than last year’s model,” the engineer, Mia Tran, said.',
      'Fans of the “new way to work all day” were let down on launch day, when no store had it in stock.',
    ].join('\n\n');
    expect(quotes(text)).toEqual(['It runs cooler than last year’s model,', 'new way to work all day']);
  });

  it('keeps a short quote whose sentence has a reporting verb', () => {
    const text = ['“The plan is dead,” the senator, Ken Ames, told reporters.', 'Later, aides called it “premature”.'].join('\n\n');
    expect(quotes(text)).toEqual(['The plan is dead,', 'premature']);
  });
});

describe('headline repeats', () => {
  it('marks words quoted in both the headline and the text once, in the text, with their speaker', () => {
    const text = 'Mayor Vows ‘Fair to All’ Budget for Schools\n\nThe budget will be “fair to all districts,” Mayor Ines Roy said on Monday.';
    const found = analyze(text).filter((f) => f.kind === 'quote');
    expect(found.map((f) => [f.text, f.speaker])).toEqual([['fair to all districts,', 'Ines Roy']]);
  });

  it('keeps a headline quote the text does not repeat', () => {
    expect(quotes('Mayor Lin: “We Will Not Back Down”\n\nThe mayor spoke on Monday about the strike.')).toEqual(['We Will Not Back Down']);
  });
});

describe('single marks in an article that quotes in double marks', () => {
  const doubles = [
    '“We have the votes,” the whip, Dana Cole, said on Tuesday.',
    '“It will pass by Friday,” Cole added.',
    'Opponents said the bill was “rushed” and “unfair to renters”.',
  ];

  it('drops a label in single marks when the article quotes people in double marks', () => {
    const text = [...doubles, 'A man in a ‘Renters First’ shirt stood at the back of the room.'].join('\n\n');
    expect(quotes(text)).toEqual(['We have the votes,', 'It will pass by Friday,', 'rushed', 'unfair to renters']);
  });

  it('keeps single-mark quotations in an article that quotes in single marks', () => {
    const text = [
      '‘We have the votes,’ the whip, Dana Cole, said on Tuesday.',
      '‘It will pass by Friday,’ Cole added.',
      'Opponents said the bill was “rushed”, and one called it ‘unfair to renters’.',
    ].join('\n\n');
    expect(quotes(text)).toEqual(['We have the votes,', 'It will pass by Friday,', 'rushed', 'unfair to renters']);
  });
});

describe('terms quoted again', () => {
  it('drops a word or two quoted again where no one speaks, keeps them where someone says them again', () => {
    const text = [
      'The minister, Tom Hale, called the scheme a “bridge loan” on Monday. Under the “bridge loan” the town would repay the money in ten years.',
      'On Tuesday Hale again said it was a “bridge loan”.',
    ].join('\n\n');
    expect(quotes(text)).toEqual(['bridge loan', 'bridge loan']);
    const found = analyze(text).filter((f) => f.kind === 'quote');
    expect(found.map((f) => f.start)).toEqual([text.indexOf('bridge loan'), text.lastIndexOf('bridge loan')]);
  });
});

describe('words someone used, named as a term', () => {
  it('keeps “the term …” and “the phrase …” (someone used those words), still drops names given with “known as”', () => {
    const text = [
      'The senator promised to stop using the phrase “tax relief” in her speeches.',
      'Critics said the mayor had used the term “ghost town” for the old docks.',
      'The bay was long known as “the Quiet Mile” among sailors.',
    ].join('\n\n');
    expect(quotes(text)).toEqual(['tax relief', 'ghost town']);
  });
});

describe('cited articles in a reading list', () => {
  it('drops the headline credited to an outlet’s reporter and the excerpt after it, keeps the quote that follows', () => {
    const text = [
      'MORNING READS:',
      '—“Harbour town votes to keep its old library,” by the Coast Gazette’s Ann Lee: “The council voted 6 to 3 on Tuesday night to keep the branch open.”',
      '—“A ferry line returns after ten years,” by Tidewater News’ Omar Vance http://example.com/ferry.',
      '“We fought for this library for two years,” said Rosa Pell, who leads the friends group.',
    ].join('\n\n');
    expect(quotes(text)).toEqual(['We fought for this library for two years,']);
  });

  it('keeps a quote followed by “by” that is not a credit', () => {
    const text = 'Ms Dana Orr said she was “deeply shaken” by the news from the plant.';
    expect(quotes(text)).toEqual(['deeply shaken']);
  });
});

describe('programmes named after a channel', () => {
  it('drops the title of a programme after a news channel or a station’s call letters', () => {
    const text = [
      'On Tuesday, on Harbor News Channel’s “Evening Desk,” the governor said the budget was “balanced at last”.',
      'He spoke later on WKXR’s “Morning Line” about the vote.',
    ].join('\n\n');
    expect(quotes(text)).toEqual(['balanced at last']);
  });
});

describe('nicknames', () => {
  it('drops a nickname inside a person’s name, keeps a one-word quote after a verb', () => {
    const text = 'Rep. Robert C. “Bobby” Scott opened his yard on Monday. The crowd chanted “Bobby!” as he spoke, and Scott called the race “winnable.”';
    expect(quotes(text)).toEqual(['Bobby!', 'winnable.']);
  });
});

describe('a word talked about as a word', () => {
  it('drops a lone pronoun in marks and a word after "the word" or "the name", keeps a speaker’s one word', () => {
    const text = [
      'Neumann planned to charge WeWork for his trademark of the word “We” after the rebrand.',
      'He also agreed to return the cash he received from the use of “We.”',
      'The name “Trump” is being removed from the signs.',
      'Ms Ada Lowe called the plan “disgraceful”.',
    ].join('\n\n');
    expect(quotes(text)).toEqual(['disgraceful']);
  });
});

describe('points of a scale', () => {
  it('drops the words that name points of a scale between "the" and "range" or "zone"', () => {
    const text = 'The design weighed on the "it\'ll do" to "this is terrible" range, with few folks in the "this is great" zone. Smith called it "a mess".';
    expect(quotes(text)).toEqual(['a mess']);
  });
});

describe('names set before the noun they name', () => {
  it('drops a title-case name before its noun, keeps a title-case quote a verb reports and a lower-case fragment', () => {
    const text = [
      'Governor Ana Reed ran a “Drive Slow Stay Home” campaign for two winters.',
      'Ana Reed boarded a three-day “Reed Can Win It” bus tour across the valley.',
      'The mayor, Ruth Okafor, said: “We Will Build It Together.”',
      'Her aide said the plan was a “fair deal” for tenants.',
    ].join('\n\n');
    expect(quotes(text)).toEqual(['We Will Build It Together.', 'fair deal']);
  });

  it('drops a name given with “known as the”', () => {
    expect(quotes('The three men were known as the “Three Wise Men.” Ms Ada Lowe called them “useful”.')).toEqual(['useful']);
  });
});

describe('programmes after "on"', () => {
  it('drops a title-case programme name after "on", keeps what was said there', () => {
    const text = '“I expect to be vetted,” Sen. Jo Reed said on “Meet the Voters.” She later told reporters it was “on track”.';
    expect(quotes(text)).toEqual(['I expect to be vetted,', 'on track']);
  });
});

describe('coined words', () => {
  it('drops one capitalised word written nowhere else, keeps a capitalised word that ends a reported sentence or names someone', () => {
    const text = [
      'A debate by Ana Reed, who said she felt ready, sparked a wave of “Reedmania” that carried her party to power.',
      '“We will not give up,” Lowe said. Some fear the “Docklandisation” of the old town.',
      'Lowe said the plan would bring another “Disaster.”',
      'Critics kept calling the senator “Sparky” in their posts, and Sparky himself laughed it off.',
    ].join('\n\n');
    expect(quotes(text)).toEqual(['We will not give up,', 'Disaster.', 'Sparky']);
  });
});

describe('possessive terms', () => {
  it('drops one word in marks with a possessive ending', () => {
    const text = 'Would the committee keep the “informant’s” identity secret? Ms Ada Lowe called it “likely”.';
    expect(quotes(text)).toEqual(['likely']);
  });
});

describe('titles near words of a performance', () => {
  it('drops a song title after "the intro to" or "hitting"', () => {
    const text = [
      'The singer took his place at the keyboard and began the intro to “Moving On Down the Line.”',
      'After hitting “Blue River Road,” the band told the audience, “We might go on the road again.”',
    ].join('\n\n');
    expect(quotes(text)).toEqual(['We might go on the road again.']);
  });
});

describe('titles beside a title', () => {
  it('drops a title-case quotation in a sentence where another is a work title, keeps one a verb reports', () => {
    const text = [
      'The service offers movies and TV shows from “Star Voyage,” the Ridge Studios and classic fare, including “Paper Kites” and “Bramble.”',
      'Ms Ada Lowe said the service was “Better Than Ever.”',
    ].join('\n\n');
    expect(quotes(text)).toEqual(['Better Than Ever.']);
  });
});
