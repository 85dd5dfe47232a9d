import { describe, expect, it } from 'vitest';
import { givesCause, holdsType, identifiedByAct, officeAsked, officeOwner, questionType, severalAsked, sortNoun, speakersIn, tellsConsequence, tellsFormerState, typeWords } from '../src/answerTypes.ts';

describe('what a question asks for', () => {
  it('asks for several names with a plural or a count after "which": "which banks", "which japanese trading companies", "which two democrats"', () => {
    for (const q of ['which banks are lending terumo the money', 'which japanese trading companies did buffett buy into in 2020?', 'which korean chipmakers also asked commerce for licences', 'which japanese shipping cos got hit with the fees', 'which two democrats called the deal one of convenience', 'which states can ship apples to japan']) expect(severalAsked(q), q).toBe(true);
  });

  it('reads a verb in the present right after "what" as the verb, not a plural noun: "what makes the store different" asks for no list', () => {
    for (const q of ['what makes the store different from other retailers?', 'what drives the yen lower?']) expect(questionType(q), q).toBeUndefined();
    expect(questionType('what plans does toyota have for the plant?')).toBe('list');
  });

  it('reads the noun after "which other": "which other asian exporters" asks for several, as "which asian exporters" does', () => {
    expect(severalAsked('Which other Asian exporters has Washington pressed for textile restraints?')).toBe(true);
    expect(questionType('which other states joined ny and california in suing')).toBe('city');
  });

  it('asks for one name with a singular, and leaves lists and "who" questions as they were', () => {
    for (const q of ['which us senator said congress would not touch tpp', 'which minister succeeded aso', 'which minerals does the deal cover', 'who are the banks lending terumo the money']) expect(severalAsked(q), q).toBe(false);
  });

  it('reads a dotted acronym before the noun as one word: "which u.s. senator" asks for a person, as "which us senator" does', () => {
    expect(questionType('which u.s. senator called for tariffs on japanese cars?')).toBe('person');
    expect(sortNoun('which u.s. city is the plant in?')).toBe('city');
  });

  it('asks for subjects, not places, with "areas" and "fields": "what research areas does the partnership cover"', () => {
    for (const q of ['what research areas does the us-japan core partnership cover', 'which areas did motegi and lighthizer haggle over', 'which fields will they cooperate in']) expect(questionType(q), q).toBe('list');
  });

  it('asks for a place within a country with "which state" or "which prefecture", as with "which city"', () => {
    for (const q of ['which states can ship apples to japan', 'which prefecture is the plant in']) expect(questionType(q), q).toBe('city');
  });

  it('asks for what the question word joined last asks: "did japan raise the tariff, and by how much?", "was the deal signed, and when?"', () => {
    expect(questionType('did japan raise the tariff, and by how much?')).toBe('quantity');
    expect(questionType('was the deal signed, and when?')).toBe('date');
    expect(questionType('did the talks collapse, and if so, why?')).toBe('reason');
    expect(questionType('@TradeTalk did softbank invest in arm and how much?')).toBe('money');
  });

  it('asks for what a bare question word joined to a question with its own asks: "who signed it and when?" asks when', () => {
    expect(questionType('who signed it and when?')).toBe('date');
    expect(questionType('who was the minister when the deal was signed?')).toBe('person');
  });

  it('reads "may" before a number as the month in a heading, not as the auxiliary of a yes/no question', () => {
    expect(questionType('may 2019 tariff talks: how many rounds were held?')).toBe('count');
  });

  it('asks for an amount with "how much", "how big", "what share"', () => {
    for (const q of ['how much is the deficit', 'how big is the gap', 'what share of imports']) expect(questionType(q), q).toBe('quantity');
  });

  it('asks for an amount with a share written as a piece of a whole: "what slice of", "what sliver of", "what chunk of"', () => {
    for (const q of ['what slice of us steel imports came from japan', 'what sliver of the buyer will mufg hold', 'what chunk of the world economy do they cover', 'what fraction of sales is abroad']) {
      expect(questionType(q), q).toBe('quantity');
      expect(typeWords(q).length, q).toBeGreaterThan(0);
    }
  });

  it('does not search for a share word past the copula and a determiner or possessor either: "what\'s the slice of", "what is japan\'s slice of"', () => {
    for (const [q, word] of [["what's the slice of us steel imports that came from japan", 'slice'], ['what was the fraction of us steel imports from japan', 'fraction'], ["what is japan's slice of us steel imports", 'slice']] as const) {
      expect(questionType(q), q).toBe('quantity');
      expect(typeWords(q), q).toContain(word);
    }
  });

  it('asks for a list, not an amount, with a share word in the plural: "what chunks of the agreement remain unsigned" asks which pieces', () => {
    for (const q of ['what chunks of the agreement remain unsigned', 'which slices of the market did japan open to us rice']) expect(questionType(q), q).toBe('list');
  });

  it('asks what the question word that comes first asks: "who was the minister when…" asks who, "where did they play when…" where', () => {
    expect(questionType('who was japans industry minister when the steel quota deal got done')).toBe('person');
    expect(questionType("where'd trump n abe play golf when abe came to florida in feb 2017")).toBe('place');
    expect(questionType('when did the deal take effect')).toBe('date');
    expect(questionType('how many times a year do they meet')).toBe('frequency');
  });

  it('asks for an amount with a plural noun for one ("what were the tariff rates"), not with a plural that names other things ("what values")', () => {
    expect(questionType('what were the tariff rates on steel and aluminium')).toBe('quantity');
    expect(questionType('what values does the pact protect')).toBe('list');
  });

  it('reads past a clause that only sets the scene: "when abe visited mar-a-lago how many holes did they play" asks for a count', () => {
    expect(questionType('when abe visited mar-a-lago how many holes did they play')).toBe('count');
    expect(questionType('when trump came to tokyo in 2019, how much beef did japan agree to buy')).toBe('quantity');
    expect(questionType('when trump visit japan')).toBe('date');
  });

  it('names "rates" in "what rates?" as only the sort of answer wanted, as "rate" is', () => {
    expect(sortNoun('what rate?')).toBe('rate');
    expect(sortNoun('what rates?')).toBe('rates');
    expect(sortNoun('what values?')).toBeUndefined();
  });

  it('asks for a count with "what was the number of"', () => {
    expect(questionType('what was the number of rounds held')).toBe('count');
  });

  it('asks for a count with "how many" and "what number"', () => {
    for (const q of ['how many holes did they play', 'what number of cars were shipped']) expect(questionType(q), q).toBe('count');
  });

  it('asks for an amount with "what was the deficit", a noun for an amount after the copula', () => {
    for (const q of ["what was japan's trade surplus with the us", 'what is the deficit now', 'which rate applies']) expect(questionType(q), q).toBe('quantity');
  });

  it('reads "what was the senate vote" as asking for the tally, a figure ("92-5")', () => {
    for (const q of ['what was the senate vote on banning toshiba', "what was the final tally in the upper house"]) expect(questionType(q), q).toBe('quantity');
    expect(holdsType('The Senate voted 92-5 on Tuesday night to bar Toshiba.', 'quantity')).toBe(true);
  });

  it('reads "what was the vote about?" as asking what it was about, not for a tally', () => {
    for (const q of ['what was the vote about?', "what's the senate vote about", 'what was the budget about']) expect(questionType(q), q).toBeUndefined();
    expect(questionType('what was the senate vote on banning toshiba')).toBe('quantity');
  });

  it('reads no other sort past the copula: "what are the three parts of the deal" asks for no place', () => {
    expect(questionType('what are the three parts of the deal')).toBeUndefined();
  });

  it('asks for an amount when "what" is the object of a verb of price, not when it names the noun', () => {
    for (const q of ['what did bridgestone pay for the plant in 1983', 'what will a ploom device cost in the us', 'what is the deal worth']) expect(questionType(q), q).toBe('money');
    expect(questionType('what did he say about the cost?')).toBeUndefined();
    expect(questionType('what did they pay attention to?')).toBeUndefined();
  });

  it('reads "whats" as "what\'s", as chat writes it, and "premium" as an amount', () => {
    expect(questionType('whats the premium takeda is paying for millenium')).toBe('quantity');
    expect(questionType("what's the premium takeda is paying")).toBe('quantity');
  });

  it('asks for a sum of money when an amount is asked with a word of price', () => {
    for (const q of ["what's the price in jera's contract", 'how much is daikin paying for goodman global', 'how much did japan spend propping up the yen', 'how much is the deal worth', 'how much did the store take in on opening day', 'how much is that in dollars?', 'how much profit did toyota make'])
      expect(questionType(q), q).toBe('money');
  });

  it('asks for a sum of money when an amount is invested: "how much did softbank invest", "how much new investment"', () => {
    for (const q of ['how much did softbank invest in the us', 'how much is microsoft investing in japan', 'how much has japan already invested there?', 'how much new investment does the deal call for'])
      expect(questionType(q), q).toBe('money');
    expect(questionType('how big a stake did it invest in')).toBe('quantity');
  });

  it('asks for a sum of money when a tariff or a rate is what costs: "how much will the tariffs cost toyota"', () => {
    for (const q of ['how much are us tariffs going to cost toyota this fiscal year', 'how much will the tariffs cost american farmers', 'what will the rate hike cost borrowers'])
      expect(questionType(q), q).toBe('money');
    for (const q of ['what tariff do japanese cars pay now', 'how much did the costs of tariffs rise']) expect(questionType(q), q).toBe('quantity');
  });

  it('asks for a quantity of goods when "how much" names them and they are brought in: "how much us beef does japan bring in"', () => {
    for (const q of ['how much us beef does japan bring in each year', 'how much foreign rice can japan take in under the deal']) expect(questionType(q), q).toBe('quantity');
    for (const q of ['how much did the store take in on opening day', 'how much did us-made corn liquor shipped overseas bring in last yr?']) expect(questionType(q), q).toBe('money');
  });

  it('asks for a sum of money when an amount is asked in any currency: "how much is that in u.s. dollars?", "in yuan"', () => {
    for (const q of ['how much is that in u.s. dollars?', 'how much is that in yuan', 'how big is the fund in euro']) expect(questionType(q), q).toBe('money');
  });

  it('asks for a measure, not a sum, when a price is compared: "how much pricier is japanese rice than the world price"', () => {
    for (const q of ['how much pricier is japanese rice than the world price', 'how much cheaper is us beef now', 'how much more expensive are japanese cars in the us'])
      expect(questionType(q), q).toBe('quantity');
    // The answer is a multiple, which is a measure and no sum of money.
    const multiple = 'Japanese rice sells for five to seven times the world market price.';
    expect(holdsType(multiple, 'quantity')).toBe(true);
    expect(holdsType(multiple, 'money')).toBe(false);
    expect(holdsType('Abe and Trump met three times last year.', 'quantity')).toBe(false);
  });

  it('asks for a measure, not a sum, when a cost is raised or reduced: "how much would the levy bump up borrowing costs"', () => {
    for (const q of ['how much would the levy bump up long term borrowing costs for foreigners in the us', 'how much will the deal reduce costs', 'how much did the tariff raise prices'])
      expect(questionType(q), q).toBe('quantity');
    expect(questionType('how much will the tariffs cost toyota')).toBe('money');
  });

  it('asks for a sum of money for a price per share and a share price, which are no share of anything', () => {
    for (const q of ['how much per share is nippon steel paying for us steel', 'how much cash per share is matsushita paying for mca?', 'what price per share is nippon steel offering', "what's toshiba's share price"])
      expect(questionType(q), q).toBe('money');
    for (const q of ['what share of the cost will japan pay', 'how many shares did it buy and what did it pay']) expect(questionType(q), q).not.toBe('money');
  });

  it('asks for another measure when a price question names one: a premium, a rate, a tariff, a stake', () => {
    for (const q of ['what premium is nippon steel paying for us steel', 'what interest rate will daikin pay on the bonds', 'what tariff do japanese cars pay now', 'how much of a stake did it pay for', "how much did mazda's operating profit fall", 'how much did the yen cost in dollars after it fell'])
      expect(questionType(q), q).toBe('quantity');
    expect(questionType('how big is the deal?')).toBe('quantity');
  });

  it('asks for an age with "how old" and "what age", not for any amount', () => {
    for (const q of ['how old is he?', 'what age is she?', 'how old is the company']) expect(questionType(q), q).toBe('age');
    expect(questionType('how big is the deal?')).toBe('quantity');
  });

  it('asks for a length of time with "how long", but for a date with "how long ago"', () => {
    for (const q of ['auto tariffs delayed how long?', 'how long was the meeting at akasaka palace', 'over how long?']) expect(questionType(q), q).toBe('duration');
    expect(questionType('how long ago did the talks start')).toBe('date');
  });

  it('names the adjective of "how long", "how many", "how big" as a word that only states the type, not a thing to search for', () => {
    expect(typeWords('auto tariffs delayed how long?')).toEqual(['long']);
    expect(typeWords('how big is the surplus and how high could tariffs go')).toEqual(['big', 'high']);
    expect(typeWords('did japan play a big role in the long talks')).toEqual([]);
  });

  it('names the preposition of "until when?" as a word that only says which end of a time is asked, but not "until" elsewhere', () => {
    expect(typeWords('until when?')).toEqual(['until']);
    expect(typeWords('till what date will the beef safeguard tariff stay in place?')).toEqual(['till', 'date']);
    expect(typeWords('why is trump willing to hold off on the japan deal until after july?')).toEqual([]);
  });

  it('names a hedge before the question word as a word that only says an estimate will do, but not a hedge in the topic', () => {
    expect(typeWords('roughly what slice of the steel came from nippon in 2024')).toEqual(['roughly', 'slice']);
    expect(typeWords('approximately how many folks live between tokyo and nagoya')).toEqual(['many', 'approximately']);
    expect(typeWords('what japanese town makes almost all the forks')).toEqual([]);
  });

  it('names the plain verb of speech of a question for the speaker as a word that only states the type, not a verb that says how', () => {
    expect(typeWords('who spoke for ibm?')).toEqual(['spoke']);
    expect(typeWords('who said that?')).toEqual(['said']);
    expect(typeWords('who warned about losing japan?')).toEqual([]);
    expect(typeWords('what did he say about rice?')).toEqual([]);
  });

  it('names a noun that only says "a person" ("the apple commission guy") as a word that only states the type', () => {
    expect(typeWords("who's the us wheat associates guy who warned about losing japan")).toEqual(['guy']);
    expect(typeWords("who's the apple commission guy quoted about people eating on the street?")).toEqual(['guy']);
  });

  it('keeps a noun for a person that says more than that: "the first woman to chair…", "the japanese official who…"', () => {
    expect(typeWords('who is the first woman to chair keidanren')).toEqual([]);
    expect(typeWords("who's the japanese official who played down the beef tariff hike")).toEqual([]);
  });

  it('keeps "fellow", a title news gives a think tank\'s scholar: "a senior fellow at the Peterson Institute"', () => {
    expect(typeWords("who's the peterson institute fellow who warned about the deal")).toEqual([]);
  });

  it('takes the verb of speech "who" is the subject of, not the first one the question writes', () => {
    expect(typeWords('tell me who spoke for ibm')).toEqual(['spoke']);
    expect(typeWords('who warned that japan would say no?')).toEqual([]);
  });

  it('asks for a date with "when", and with "which" or "what" before a word for a time', () => {
    for (const q of ['when did they meet', 'whens the next round', 'what month will talks start']) expect(questionType(q), q).toBe('date');
  });

  it('asks for a person with "who", and with "which" before a word for a person', () => {
    for (const q of ['who is the trade representative', 'which minister said that']) expect(questionType(q), q).toBe('person');
  });

  it('asks for no type in a yes/no question whose "when" or "where" only joins a clause', () => {
    expect(questionType('will north korea come up when pence visits tokyo in april 2017?')).toBeUndefined();
    expect(questionType('do japan and the us see eye to eye on where trade should go?')).toBeUndefined();
    expect(questionType("isn't that odd? when did they meet")).toBe('date');
    expect(questionType('the first round was supposed to start when?')).toBe('date');
  });

  it('asks what the question a polite request holds asks: "can you tell me when…", "do you know how much…"', () => {
    expect(questionType('can you tell me when the talks start?')).toBe('date');
    expect(questionType('@TradeTalk could u please tell me who leads the talks for japan')).toBe('person');
    expect(questionType('do you know how much japan invests in the us?')).toBe('money');
    expect(questionType('can japan avoid the tariffs?')).toBeUndefined();
    expect(questionType('would you say the talks went well?')).toBeUndefined();
  });

  it('does not end a yes/no clause at the full stop of "u.s."', () => {
    expect(questionType('did the u.s. push japan when they met?')).toBeUndefined();
    expect(questionType('that is odd. when did they meet')).toBe('date');
  });

  it('asks about the owner when "which" comes before a possessive', () => {
    expect(questionType("which president's administration negotiated korus?")).toBe('person');
    expect(questionType("which city's port handles the cars")).toBe('city');
    expect(questionType('which administration negotiated korus')).toBeUndefined();
  });

  it('asks for a person with "which" and a word for one, ended by an irregular past form: "which official shot down…"', () => {
    expect(questionType("which japanese official shot down trump's talk of an august deal?")).toBe('person');
  });

  it('reads "what\'s" as "what is": the possessive after it owns what is asked about', () => {
    expect(questionType("what's japan's tariff on us wine?")).toBeUndefined();
    expect(questionType("what's tokyo's stance on autos")).toBeUndefined();
  });

  it('asks for a place with "where", and with "which" before a word for a place', () => {
    for (const q of ['where did they play golf', 'which region grows the rice']) expect(questionType(q), q).toBe('place');
  });

  it('asks for a place within a country with "which city", "what port", "which towns"', () => {
    expect(questionType('which city?')).toBe('city');
    expect(questionType('what port did the ship leave from?')).toBe('city');
    expect(questionType('which towns did he visit?')).toBe('city');
    expect(questionType('which port cleared the shipment')).toBe('city');
    expect(questionType('where did they meet?')).toBe('place');
  });

  it('asks for a reason with "why" or "how come"', () => {
    for (const q of ['why is japan against a currency clause', 'how come tokyo said no']) expect(questionType(q), q).toBe('reason');
  });

  it('asks for no particular type with "what" or with "which" before a thing', () => {
    for (const q of ['what did abe say', 'which japanese warship did they board']) expect(questionType(q), q).toBeUndefined();
  });

  it('asks for a list with "which" or "what" before a plural noun of no other sort', () => {
    for (const q of ['which minerals does the deal cover', 'what sectors did japan protect', 'which japanese products get lower tariffs']) expect(questionType(q), q).toBe('list');
  });

  it('asks for the sort a plural noun names, not a list, when it names one: "which ministers" asks for people', () => {
    expect(questionType('which ministers met in tokyo')).toBe('person');
    expect(questionType('which months did the talks run')).toBe('date');
  });

  it('does not search for a degree adverb that stresses a verb: "why did the yen rally so hard"', () => {
    for (const q of ['why did the yen rally so hard in early aug 2024', 'why does terumo want caridian so badly', 'why has the yen been tanking so hard', 'why is the yen falling so hard']) expect(typeWords(q), q).toContain(q.includes('badly') ? 'badly' : 'hard');
  });

  it('searches for the adjective after a copula, which is what is asked about: "why is the treasury so hard on china"', () => {
    for (const q of ['why is the treasury so hard on china in the fx report', "why's it so hard", 'why was the rice harvest so bad']) expect(typeWords(q), q).toEqual([]);
  });

  it('asks for a list, not an amount, with a count before a noun of measure: "what three units" asks which units', () => {
    expect(questionType('what three units did firestone break itself into in december')).toBe('list');
    expect(questionType('which two units did it sell')).toBe('list');
    expect(questionType('how many units did firestone break itself into')).toBe('count');
  });

  it('keeps the sort of a counted noun that names people or places: "which two democrats"', () => {
    expect(questionType('which two democrats called the deal one of convenience')).toBe('person');
  });

  it('asks for a list with a request for the parts of something: "break down the skyteam offer for me"', () => {
    for (const q of ['break down the skyteam offer for me', "break down takata's $1bn criminal penalty in the us for me", 'pls break it down', "what's the breakdown of the penalty", 'itemize the costs']) expect(questionType(q), q).toBe('list');
    expect(typeWords('break down the skyteam offer for me')).toContain('break');
  });

  it('reads a request for things in the plural as the "which" question it asks: "list the four forums…"', () => {
    expect(questionType('@TradeTalk list the four forums under the new growth partnership pls')).toBe('list');
    expect(questionType('can you list the sectors the deal covers')).toBe('list');
    expect(questionType('give me the tariffs that japan cut')).toBe('list');
    expect(severalAsked('name some banks that lent to toshiba')).toBe(true);
    expect(severalAsked('name three banks that lent to toshiba')).toBe(true);
    // The request says what sort of answer is wanted; no article writes "list" for it.
    expect(typeWords('list the four forums under the new growth partnership')).toContain('list');
  });

  it('reads no list request in a noun or a singular: "list price", "name of the ceo", "give me a break"', () => {
    for (const q of ["list price of ana's boeing order vs the airbus one?", 'name of the ceo?', 'give me a break', 'list of tariffs?']) {
      expect(questionType(q), q).toBeUndefined();
      expect(typeWords(q), q).toEqual([]);
    }
  });

  it('reads "break down" and "breakdown" inside a question as what happened: "why did the talks break down?"', () => {
    expect(questionType('why did the talks break down?')).toBe('reason');
    expect(questionType('what caused the breakdown of the talks')).toBeUndefined();
    expect(typeWords('why did the talks break down?')).not.toContain('break');
  });
});

describe('the office a "who" question asks the holder of', () => {
  it('reads the person noun after "who", a copula, a determiner and a possessor', () => {
    expect(officeAsked("who is aig's ceo")).toBe('ceo');
    expect(officeAsked('who is the ceo of sentinel midstream')).toBe('ceo');
    expect(officeAsked("who was mitsubishi estate's president when it bought into rockefeller center")).toBe('president');
    expect(officeAsked("who's the japanese farm minister who played down the beef tariff hike")).toBe('minister');
  });

  it('reads a person noun after a possessor chat writes without its apostrophe, though it is a verb too: "japans minister when…"', () => {
    expect(officeAsked('who was japans minister when the steel quota deal got done')).toBe('minister');
    expect(officeAsked('who was japans industry minister when the steel quota deal got done')).toBe('minister');
  });

  it('reads an office to come: "who will be", "who\'ll be", "who\'s going to be", "who is set to become", "who became"', () => {
    expect(officeAsked("who's going to be president of merrill lynch japan securities")).toBe('president');
    expect(officeAsked('who will be chairman of the new company')).toBe('chairman');
    expect(officeAsked("who'll be the new ceo")).toBe('ceo');
    expect(officeAsked('who is set to become chairman of the unit')).toBe('chairman');
    expect(officeAsked('who became prime minister after abe')).toBe('minister');
  });

  it('reads whether the question also says what the holder did, in a relative clause right after the office', () => {
    expect(identifiedByAct("who's the tokyo govt spokesman that called the metals tariffs regrettable", 'spokesman')).toBe(true);
    expect(identifiedByAct("who's the japanese farm minister who played down the beef tariff hike", 'minister')).toBe(true);
    expect(identifiedByAct("who is biogen's ceo", 'ceo')).toBe(false);
    // "That" before a noun further on is a determiner, and a time clause says when, not what the holder did.
    expect(identifiedByAct("who was nissan's president when fraser gave that speech", 'president')).toBe(false);
    expect(identifiedByAct("who was mitsubishi estate's president when it bought into rockefeller center", 'president')).toBe(false);
    // Nor right after the office, before a time: "that year" says when.
    expect(identifiedByAct("who was toyota's president that year", 'president')).toBe(false);
    expect(identifiedByAct('who was the us ambassador that summer', 'ambassador')).toBe(false);
  });

  it('reads whose office is asked for, from a possessive before it', () => {
    expect(officeOwner("who is biogen's ceo", 'ceo')).toBe('biogen');
    expect(officeOwner("who is aig's new ceo", 'ceo')).toBe('aig');
    expect(officeOwner('who is the ceo of sentinel midstream', 'ceo')).toBeUndefined();
    expect(officeOwner("who's the japanese farm minister who played down the beef tariff hike", 'minister')).toBeUndefined();
  });

  it('finds none in a verb to come: "who will lead the talks?", "who is going to buy it?"', () => {
    expect(officeAsked('who will lead the talks?')).toBeUndefined();
    expect(officeAsked('who is going to buy it?')).toBeUndefined();
  });

  it('finds none in a verb to come that is also a noun for a person: "who will host the summit?", "who would sponsor the bill?"', () => {
    expect(officeAsked('who will host the g20 summit?')).toBeUndefined();
    expect(officeAsked("who's going to host the next round of talks")).toBeUndefined();
    expect(officeAsked('who would sponsor the bill?')).toBeUndefined();
  });

  it('finds none in the subject of a verb to come: "who will the president nominate?" asks for the nominee', () => {
    expect(officeAsked('who will the president nominate as ambassador to japan?')).toBeUndefined();
    expect(officeAsked("who'll the prime minister appoint as trade minister")).toBeUndefined();
  });

  it('finds none in a name, a plural or a noun for anyone at all', () => {
    expect(officeAsked('who is taro aso?')).toBeUndefined();
    expect(officeAsked('who are the owners of gambro?')).toBeUndefined();
    expect(officeAsked('who is the guy who said that?')).toBeUndefined();
    expect(officeAsked('who is the japanese official who played down the beef tariff hike?')).toBeUndefined();
    expect(officeAsked('who said the deal was dead?')).toBeUndefined();
  });
});

describe('what a sentence holds', () => {
  it('holds a time of day for "what time", which is a date of its own: "the 6:30 a.m. ribbon-cutting", "at noon"', () => {
    expect(questionType('what time did they cut the ribbon?')).toBe('date');
    for (const s of ['About 100 people were waiting for the 6:30 a.m. ribbon-cutting.', 'The talks resumed at 9 pm.', 'Trading halted at noon.']) expect(holdsType(s, 'date'), s).toBe(true);
  });

  it('holds a date in a decade and in a time limit, which "smaller than when?" and "by when?" ask for', () => {
    for (const s of ["Its share is much smaller than in the 1980s and 1990s.", "Tariffs were higher in the '80s.", 'They agreed to convene a ministerial within 180 days.'])
      expect(holdsType(s, 'date'), s).toBe(true);
    for (const s of ['They talked for 180 days.', 'Within the company, 180 workers agreed.']) expect(holdsType(s, 'date'), s).toBe(false);
  });

  it('asks what a budget or a fund is spent on, not its amount, with a verb in the progressive: "what is the budget paying for?"', () => {
    for (const q of ['what is the defense budget in fiscal 2025 paying for?', "what's the fund investing in?"]) expect(questionType(q), q).toBeUndefined();
    for (const q of ['what is the deficit running at?', 'what was the defense budget for 2025?']) expect(questionType(q), q).toBe('quantity');
  });

  it('takes no prime minister nor a bare figure for a time of day: "PM Abe", "at 6.30 percent"', () => {
    for (const s of ['PM Abe met the president.', 'The rate was 6.30 percent.']) expect(holdsType(s, 'date'), s).toBe(false);
  });

  it('holds a sum of money in a currency, not a quantity of goods nor a percentage', () => {
    for (const s of ['Suntory will pay $83.50 a share.', 'The deal values it at 350 billion yen.', 'It costs US$ 5 a pack.', 'The bill runs to several trillions of yen.', 'A pack sells for 600 yen.'])
      expect(holdsType(s, 'money'), s).toBe(true);
    for (const s of ['JERA signed a 20-year agreement to buy 1 million tonnes a year.', 'The premium is 40 percent.', 'Imports rose 17 percent in April-June.']) expect(holdsType(s, 'money'), s).toBe(false);
  });

  it('holds a sum in dollars of a named country and in a currency code: "14.1 billion U.S. dollars", "2 billion USD"', () => {
    for (const s of ['Nippon Steel will pay 14.1 billion U.S. dollars.', 'The deal is worth 2 billion USD.', 'It paid 300 million Australian dollars.', 'The fund holds 5 trillion JPY.'])
      expect(holdsType(s, 'money'), s).toBe(true);
  });

  it('holds no sum of money in a year or a count before a verb, nor in pounds of goods: "which in 2012 won", "In 2019, yen weakness", "300 pounds of beef"', () => {
    for (const s of ['The LDP, which in 2012 won a landslide, kept power.', 'Of the 60 candidates, 52 won seats.', 'In 2019, yen weakness hurt importers.', 'Since 2012 yen has lost a third of its value.', 'By 2013, dollars were flowing into Tokyo.', 'Japan bought 300 pounds of beef.', 'It weighs 86,000 pounds (39,000 kg) at take-off.'])
      expect(holdsType(s, 'money'), s).toBe(false);
    for (const s of ['Samsung paid 1 trillion won.', 'A ticket costs 5,000 won.', 'The fund is worth 2 billion pounds ($2.6 billion).', 'It costs 2,000 yen.', 'It costs 300 yen.']) expect(holdsType(s, 'money'), s).toBe(true);
  });

  it('reads a length of time in a long run of digits and commas without backtracking', () => {
    expect(holdsType(`${'1,'.repeat(60_000)}x`, 'duration')).toBe(false);
    expect(holdsType(`${'1,'.repeat(1_000)}5 days`, 'duration')).toBe(true);
  });

  it('reads a sum of money in a long run of digits and commas without backtracking', () => {
    expect(holdsType(`${'1,'.repeat(60_000)}x`, 'money')).toBe(false);
    expect(holdsType(`${'1.'.repeat(60_000)}x`, 'money')).toBe(false);
  });

  it('holds an age in years of a person or a company, not a price nor a founding year', () => {
    for (const s of ['Nobutada Saji, 68, said the deal was good.', 'It is the 138-year-old U.S. maker of toilets.', 'He retired at the age of 70.'])
      expect(holdsType(s, 'age'), s).toBe(true);
    for (const s of ['Suntory will pay $83.50 a share.', 'Shares fell 5 percent, the lowest in 10 years.', 'Suntory was founded in 1899.', 'On Monday, 12,000 workers went on strike.']) expect(holdsType(s, 'age'), s).toBe(false);
  });

  it('holds a date, a number, a person, a place', () => {
    expect(holdsType('The talks start in August.', 'date')).toBe(true);
    expect(holdsType('They played 16 holes.', 'quantity')).toBe(true);
    expect(holdsType('The deal was signed by Finance Minister Taro Aso.', 'person')).toBe(true);
    expect(holdsType('Japan rejected the idea.', 'place')).toBe(true);
  });

  it('holds a place within a country in a city or a state, not in a country alone', () => {
    expect(holdsType('The talks will be held in Tokyo next week.', 'city')).toBe(true);
    expect(holdsType('Motegi met Lighthizer in Washington on Thursday.', 'city')).toBe(true);
    expect(holdsType('Japan and the United States will hold talks in the United States on June 10-11.', 'city')).toBe(false);
    expect(holdsType('Japan and the United States will hold talks in the United States on June 10-11.', 'place')).toBe(true);
  });

  it('holds a person when a capitalised word is no English word, as many Japanese names are', () => {
    expect(holdsType('The talks were led by Toshimitsu Motegi for Japan.', 'person')).toBe(true);
  });

  it('holds a person whose name has a capital inside it ("McCall", "DeSantis"), not only its first letters ("Mc", an English word)', () => {
    expect(holdsType('The letter came from McCall.', 'person')).toBe(true);
    expect(holdsType('The plan was backed by DeSantis on Monday.', 'person')).toBe(true);
    expect(speakersIn('"Press releases and political speeches are easy. Binding commitments are hard," McCall said.')).toEqual(['McCall']);
  });

  it('holds a person when a capitalised word is one the articles use as a name and the dictionary knows only as a thing ("Pence", pennies), not as a place or a time', () => {
    const names = new Set(['pence', 'tokyo', 'may']);
    const isName = (w: string) => names.has(w);
    const sentence = '“We’re entering a new area where we start from cooperation,” he said, standing next to Pence.';
    expect(holdsType(sentence, 'person')).toBe(false);
    expect(holdsType(sentence, 'person', isName)).toBe(true);
    expect(holdsType('the talks resumed in Tokyo in May.', 'person', isName)).toBe(false);
  });

  it('holds no person in a name the dictionary knows as no thing at all: "United" of "the United States" is an adjective', () => {
    const isName = (w: string) => ['united', 'pence'].includes(w);
    expect(holdsType('Half of that depends on minerals being sourced in the United States.', 'person', isName)).toBe(false);
    expect(holdsType('Half of that depends on minerals, Pence said.', 'person', isName)).toBe(true);
  });

  it('still holds a person in such a word standing alone, a surname: "criticized by Blunt on Tuesday"', () => {
    const isName = (w: string) => ['united', 'blunt'].includes(w);
    expect(holdsType('The deal was criticized by Blunt on Tuesday.', 'person', isName)).toBe(true);
  });

  it('holds no person in a lower-case word the tagger takes for a first name ("drew swift criticism")', () => {
    expect(holdsType('The deal drew swift criticism from lawmakers of both parties.', 'person')).toBe(false);
  });

  it('holds a person or a place the tagger finds after a quotation mark or a bracket', () => {
    expect(holdsType('“Abe is right,” he said.', 'person')).toBe(true);
    expect(holdsType('Tariffs hit (Japan) hard.', 'place')).toBe(true);
  });

  it('holds no person in titles, places and months alone', () => {
    expect(holdsType('The Economy Minister spoke in Tokyo in May.', 'person')).toBe(false);
  });

  it('holds an amount in figures or in words of scale, not in a count, a date or a name ("the two governments", "April 9", "5G")', () => {
    for (const s of ['The United States committed $2.5 billion.', 'Tariffs fell to 30%.', 'It adds $1,800 to a Camry.', 'It put in 5bn.', 'American growers accounted for about a quarter of imports.', 'Cars make up close to two-thirds of it.', 'Washington touted hundreds of billions of dollars.']) {
      expect(holdsType(s, 'quantity'), s).toBe(true);
    }
    for (const s of ['Biden and Suga agreed to put joint money into what the two governments called a partnership.', 'The summit had been planned for around April 9.', 'The deal took effect in 2020.', 'Biden listed 5G networks.', 'Leaders met at the G20 summit.']) {
      expect(holdsType(s, 'quantity'), s).toBe(false);
    }
  });

  it('holds a date in a month\'s short form only before a full stop or a number: not in "Mar-a-Lago" or "Jun Azumi"', () => {
    expect(holdsType('The talks could have begun as early as Jan. 20.', 'date')).toBe(true);
    expect(holdsType('The dialogue resumed in Oct 2017.', 'date')).toBe(true);
    expect(holdsType('Abe flew to Mar-a-Lago to see Trump.', 'date')).toBe(false);
    expect(holdsType('Jun Azumi of the opposition spoke.', 'date')).toBe(false);
  });

  it('holds an amount in a share or a percentage written in words ("a third of", "one-third", "seven percent"), and in "$5B"', () => {
    for (const s of ['About a third of the imports come from there.', 'One-third of the beef comes in duty free.', 'Tariffs rose to seven percent.', 'The fund is worth $5B.']) {
      expect(holdsType(s, 'quantity'), s).toBe(true);
    }
  });

  it('holds no amount in a number that labels a thing or an idiom of scale ("Section 232", "Group of 20", "2+2", "doubled down")', () => {
    for (const s of ['The exemption from the Section 232 tariffs ended.', 'Leaders of the Group of 20 met.', 'The Economic 2+2 met in Washington.', 'Trump doubled down on his tariff threat.']) {
      expect(holdsType(s, 'quantity'), s).toBe(false);
    }
  });

  it('holds a count in any number, written out too', () => {
    expect(holdsType('The two governments met.', 'count')).toBe(true);
    expect(holdsType('They played 16 holes.', 'count')).toBe(true);
    expect(holdsType('They played golf.', 'count')).toBe(false);
    expect(holdsType('Biden listed 5G networks.', 'count')).toBe(false);
  });

  it('holds a length of time only when a number or article goes with a unit of time', () => {
    expect(holdsType('Trump delayed the tariffs by 180 days.', 'duration')).toBe(true);
    expect(holdsType('They met for two hours and 40 minutes.', 'duration')).toBe(true);
    expect(holdsType('The talks came a month before the trip.', 'duration')).toBe(true);
    expect(holdsType('Japan would be exempt for as long as negotiations continue.', 'duration')).toBe(true);
    expect(holdsType('Japan exported 1.7 million cars in 2018.', 'duration')).toBe(false);
    expect(holdsType('The talks began a year ago.', 'duration')).toBe(false);
    expect(holdsType('The opening session ran about two and a half hours.', 'duration')).toBe(true);
    expect(holdsType('They met for half an hour.', 'duration')).toBe(true);
  });

  it('holds a length of time in the end a period runs through: "through 1965", "through April 16"', () => {
    expect(holdsType('The administration describes it as a temporary measure, to remain in effect through 1965.', 'duration')).toBe(true);
    expect(holdsType('The higher rate will apply to U.S. beef through April 16.', 'duration')).toBe(true);
    expect(holdsType('Japan worked through the night.', 'duration')).toBe(false);
  });

  it('gives a cause only in so many words: "because", "in order to", not "after" or "amid"', () => {
    expect(givesCause('Japan resisted because farmers are a powerful lobby.')).toBe(true);
    expect(givesCause('Japan agreed after the talks ended.')).toBe(false);
    expect(holdsType('Japan agreed after the talks ended.', 'reason')).toBe(true);
  });

  it('reads a purpose or cause news copy names as such: "the idea is to", "part of an effort to", "based on", ", so the…"', () => {
    for (const s of [
      'The idea is to capture renewable energy when it is most abundant, store it as hydrogen and burn it when demand peaks.',
      'The sale is part of a broader effort to raise money and reduce debt ahead of the EMC purchase.',
      'The deal positions Lixil to ride the recovery in U.S. home building.',
      '"The decision was based on the economic growth of Asia and emerging countries," ANA said in a statement.',
      'Tokyo raised the duty in response to the surge in imports.',
      "That is why Japan wants the clause dropped.",
    ]) {
      expect(givesCause(s), s).toBe(true);
      expect(holdsType(s, 'reason'), s).toBe(true);
    }
    // ", so the…" ties the cause before it to what follows, in so many words (the looser reason type does not read it).
    expect(givesCause('The authority expires on June 11, so the United States had to sign before that date or lose the chance.')).toBe(true);
    // What follows from a claim is no reason for it, nor is "so" that only intensifies.
    expect(givesCause('It is now selling the business for less than it paid, which means a loss of $900 million.')).toBe(false);
    expect(givesCause('The yen has been so weak this year.')).toBe(false);
  });

  it('reads no cause in the "due to" of a schedule nor in the "since" of a perfect tense, which tell time', () => {
    const scheduled = 'Pence was due to leave Tokyo later on Tuesday for Singapore, where he will attend meetings with Southeast Asian leaders.';
    expect(givesCause(scheduled)).toBe(false);
    expect(holdsType(scheduled, 'reason')).toBe(false);
    expect(givesCause('The talks are due to start on Monday.')).toBe(false);
    const perfect = "Japan raised its tariff on U.S. beef to 38.5 percent after imports passed a safeguard threshold, the first time the emergency measure has been used since the pact took effect last year.";
    expect(givesCause(perfect)).toBe(false);
    expect(givesCause('Exports have fallen ever since the yen rose.')).toBe(false);
    // A cause's "due to" and "since" still give one.
    expect(givesCause('The drop was due to weak demand.')).toBe(true);
    expect(givesCause('Sales fell due to the strong yen.')).toBe(true);
    expect(givesCause('Tokyo had little room to refuse, since the quotas would take effect on their own.')).toBe(true);
  });

  it('asks for a successor with "who replaced", "which minister succeeded", "who took over from"', () => {
    for (const q of ["who replaced seko as japan's trade minister", 'which minister succeeded aso?', 'who took over from abe as prime minister'])
      expect(questionType(q), q).toBe('successor');
    expect(questionType('who is the trade minister')).toBe('person');
    expect(questionType('who succeeded in getting the tariffs cut?')).toBe('person');
    expect(questionType('who said the usmca would replace nafta?')).toBe('speaker');
    expect(questionType("who is abe's successor?")).toBe('successor');
  });

  it('asks for a successor in the progressive and with a contraction: "who\'s taking over as president", "who is replacing him"', () => {
    for (const q of ["who's taking over as president at toshiba", 'who is replacing him?', 'who will be succeeding watari', 'whos taking over'])
      expect(questionType(q), q).toBe('successor');
    expect(questionType('who is taking the blame?')).toBe('person');
  });

  it('holds a succession in the progressive the question asks with: "Satoshi Tsunakawa is taking over as president"', () => {
    expect(questionType("who's taking over as president at toshiba")).toBe('successor');
    expect(holdsType('Satoshi Tsunakawa is taking over as president of Toshiba.', 'successor')).toBe(true);
  });

  it('asks for a successor in the future chat writes: "who\'s going to replace motegi", "who\'ll take over" (as a head question reads "who\'s going to run it?")', () => {
    for (const q of ["who's going to replace motegi", 'who is going to take over at toshiba', "who'll replace him?", 'whos gonna succeed abe'])
      expect(questionType(q), q).toBe('successor');
    expect(questionType("who's going to take the blame?")).toBe('person');
  });

  it('asks for a successor when someone gets, takes or fills another\'s job: "who gets ando\'s job as president", "who\'ll fill his shoes"', () => {
    for (const q of ["who gets ando's job as president", "who'll fill his shoes", 'who is taking her seat on the board', "who's aso's replacement", 'who will step into idei\'s role'])
      expect(questionType(q), q).toBe('successor');
    for (const q of ['who gets the money', 'who took the job cuts hardest', "who got trump's attention"]) expect(questionType(q), q).toBe('person');
  });

  it('asks for a successor when someone gets or takes another\'s job with any auxiliary, or as "which" and a noun, as "who could replace" does', () => {
    for (const q of ["who could take aso's job", 'who might fill his shoes', 'who will be taking his place', "which minister got aso's job"])
      expect(questionType(q), q).toBe('successor');
  });

  it('asks for a successor with "replacement" only when the replacement is the one asked for ("who\'s aso\'s replacement"), not a thing replaced ("replacement parts")', () => {
    for (const q of ["who's aso's replacement", 'who will be his replacement', "who did abe pick as motegi's replacement", 'who is the replacement for aso'])
      expect(questionType(q), q).toBe('successor');
    for (const q of ['who makes the replacement inflators for honda?', 'who pays for replacement airbags in the takata recall', 'who proposed a replacement for nafta'])
      expect(questionType(q), q).toBe('person');
  });

  it('asks for a succession too when "who" is the one followed: "who did he take over from?", "who was his predecessor?"', () => {
    for (const q of ['who did he take over from?', 'who did suga replace?', 'who was his predecessor?']) expect(questionType(q), q).toBe('successor');
    expect(questionType('who did trump say would replace nafta?')).toBe('person');
    expect(questionType('who did abe meet?')).toBe('person');
  });

  it('asks for a speaker when "who" is the subject of a verb of speaking: "who said that?", "who spoke for IBM?"', () => {
    for (const q of ['who said that?', 'who says so?', 'who spoke for ibm?', 'who announced it?', 'who else spoke about it from the us side?', 'who called the 232 auto probe bogus'])
      expect(questionType(q), q).toBe('speaker');
    // A phrase that says where the speaker is from may stand between: "who at japan's farm ministry said…".
    for (const q of ["who at japan's farm ministry said they'd stop buying", 'who in the white house said that?']) expect(questionType(q), q).toBe('speaker');
    expect(questionType('who in tokyo is in charge of the talks?')).toBe('person');
    // The one spoken of, and the byline, are not the speaker.
    expect(questionType('who did abe say would do the corn purchasing')).toBe('person');
    expect(questionType('who wrote the article about the june talks')).toBe('person');
  });

  it('asks whose report a quote gives for "who reported that?", a news organisation reporting as a speaker does', () => {
    expect(questionType('who reported that?')).toBe('speaker');
    // The passive asks for the one spoken of.
    expect(questionType("who's reported to be next in line for the job?")).toBe('person');
    expect(questionType('who is said to have proposed the dialogue?')).toBe('person');
    expect(holdsType('Sony and Kioxia have applied for licences, the Yomiuri Shimbun reported on Sunday.', 'speaker')).toBe(true);
  });

  it('tells a former state by what had been, what changed from it, or "previously", not by what is to be', () => {
    expect(tellsFormerState('Cars and auto parts, which have been paying 27.5 percent, will also drop to 15 percent.')).toBe(true);
    expect(tellsFormerState('The tariff, which rose to 27.5 percent in April, will fall to 15 percent.')).toBe(true);
    expect(tellsFormerState('The duty was reduced from 38.5 percent under the deal.')).toBe(true);
    expect(tellsFormerState('Japan previously charged 9 percent.')).toBe(true);
    expect(tellsFormerState('The rate on generic drugs is to be lowered to zero.')).toBe(false);
    expect(tellsFormerState('The deal sets a 15 percent tariff on most Japanese goods.')).toBe(false);
  });

  it('tells no former state by a present perfect of what holds now ("which has been in force since September")', () => {
    expect(tellsFormerState('The 15 percent tariff on Japanese glass, which has been in force since September, covers solar glass.')).toBe(false);
    expect(tellsFormerState('The deal has been signed by both leaders.')).toBe(false);
    expect(tellsFormerState('The rate had been 2.5 percent for decades.')).toBe(true);
  });

  it('holds a speaker only in a sentence in which someone named speaks', () => {
    expect(holdsType('"It is extremely regrettable," Trade Minister Hiroshige Seko told a news conference.', 'speaker')).toBe(true);
    expect(holdsType("The group's president, Vince Peterson, told a hearing in December.", 'speaker')).toBe(true);
    expect(holdsType('Cody Lusk, president of the American International Automobile Dealers Association, earlier called the probe "bogus."', 'speaker')).toBe(true);
    expect(holdsType('"We will keep talking," said Toshimitsu Motegi.', 'speaker')).toBe(true);
    // A pronoun speaks here, and the name is the one spoken to.
    expect(holdsType('"It is absolutely going to be leading-edge technology," he told Axios.', 'speaker')).toBe(false);
    // Someone acts, and no one speaks.
    expect(holdsType("Japan's government reacted with dismay on Friday.", 'speaker')).toBe(false);
    expect(holdsType('Toyota Motor posted record profits for the quarter.', 'speaker')).toBe(false);
    expect(holdsType('Hiroshige Seko met Robert Lighthizer in Brussels.', 'speaker')).toBe(false);
  });

  it('holds a speaker named after a capitalised opening and a comma: "On Tuesday, Amari told…", "However, Tanaka said…"', () => {
    expect(holdsType('On Tuesday, Economy Minister Akira Amari told reporters that the rice talks had stalled.', 'speaker')).toBe(true);
    expect(holdsType('However, Koji Tanaka said the talks would resume in March.', 'speaker')).toBe(true);
    expect(holdsType('Last May, Hiroshige Seko said the tariffs were regrettable.', 'speaker')).toBe(true);
  });

  it('holds a speaker named by "According to" opening a sentence', () => {
    expect(holdsType('According to Koji Tanaka, the negotiations will focus on the rice quota.', 'speaker')).toBe(true);
  });

  it('holds a speaker named as the agent of a passive verb of speaking: "announced by President Donald Trump"', () => {
    expect(holdsType('The new tariffs on Japanese steel, announced by President Donald Trump on Wednesday, take effect next month.', 'speaker')).toBe(true);
  });

  it('holds a speaker in the perfect: "Katherine Tai has repeatedly said", "Chuck Grassley has called for"', () => {
    expect(holdsType('Trade Representative Katherine Tai has repeatedly said the beef quota must go.', 'speaker')).toBe(true);
    expect(holdsType('Senator Chuck Grassley has called for higher tariffs on Japanese beef.', 'speaker')).toBe(true);
    expect(holdsType('Hiroshige Seko had warned of retaliation.', 'speaker')).toBe(true);
  });

  it('holds a successor only in a sentence that names a person and says one followed another', () => {
    expect(holdsType('Yoshihide Suga succeeded Shinzo Abe as prime minister in September 2020.', 'successor')).toBe(true);
    expect(holdsType('Toshimitsu Motegi was named foreign minister, replacing Taro Kono.', 'successor')).toBe(true);
    expect(holdsType('Hiroshige Seko said the tariffs were regrettable.', 'successor')).toBe(false);
    expect(holdsType('The 15 percent rate replaces the 25 percent levy.', 'successor')).toBe(false);
    expect(holdsType('Seko was replaced by Hiroshi Kajiyama in September.', 'successor')).toBe(true);
    expect(holdsType('Motegi, who replaced Yoshihide Suga as negotiator, spoke first.', 'successor')).toBe(true);
    expect(holdsType('Fumio Kishida became prime minister on Monday, following Yoshihide Suga.', 'successor')).toBe(true);
  });

  it('looks for the answer only in the part of a sentence that may give it, and for a succession in the whole', () => {
    // "who took over from Kono?": the part without Kono names Motegi; a sentence naming Kono alone gives no one.
    expect(holdsType('Toshimitsu Motegi was named foreign minister, replacing Taro Kono.', 'successor', undefined, 'Toshimitsu Motegi was named foreign minister, replacing  .')).toBe(true);
    expect(holdsType('Taro Kono was replaced on Wednesday.', 'successor', undefined, '  was replaced on Wednesday.')).toBe(false);
    expect(holdsType('They met Toshimitsu Motegi and Taro Kono.', 'person', undefined, 'They met Toshimitsu Motegi and  .')).toBe(true);
    expect(holdsType('They met Taro Kono.', 'person', undefined, 'They met  .')).toBe(false);
  });

  it('reads "replaced" and "followed" as a succession only with a person as their object or subject', () => {
    // The articles' names, as the index gives them: "Trump" is a card in the dictionary, a person in the articles.
    const isName = (word: string) => ['trump', 'motegi', 'abe', 'suga', 'nishimura'].includes(word);
    const successor = (sentence: string) => holdsType(sentence, 'successor', isName);
    expect(successor('The 15 percent rate replaces the 25 percent levy Trump had threatened to impose.')).toBe(false);
    expect(successor('It replaces the 25 percent levy Trump had threatened.')).toBe(false);
    expect(successor('The 15 percent rate, agreed in Tokyo, replaces the levy Trump had threatened.')).toBe(false);
    expect(successor("The talks followed Trump's threat of tariffs.")).toBe(false);
    expect(successor("Following Tuesday's meeting, Motegi said talks would go on.")).toBe(false);
    expect(successor('The vote was followed by a debate in which Trump spoke.')).toBe(false);
    expect(successor('Motegi was replaced as economy minister by Yasutoshi Nishimura.')).toBe(true);
    expect(successor('Motegi was replaced on Wednesday by Yasutoshi Nishimura.')).toBe(true);
    expect(successor('Suga was elected to replace outgoing Prime Minister Shinzo Abe.')).toBe(true);
    expect(successor('Nishimura, replacing the outgoing Motegi, spoke first.')).toBe(true);
    expect(successor('Abe was followed by Suga.')).toBe(true);
  });

  it('asks how often with "how often" and "how frequently", answered by a frequency, not a date', () => {
    for (const q of ['how often do they review the agreement', 'how frequently do the ministers meet?']) expect(questionType(q), q).toBe('frequency');
    for (const s of ['Every two years they will review the agreement.', 'The ministers meet twice a year.', 'The quota is reviewed annually.', 'They meet three times a year.'])
      expect(holdsType(s, 'frequency'), s).toBe(true);
    expect(holdsType('The ministers meet every spring.', 'frequency')).toBe(true);
    for (const s of ['They reviewed the agreement in 2019.', 'The two years of talks ended.', "Each year's quota is set in March.", 'Each round of talks began in Tokyo.'])
      expect(holdsType(s, 'frequency'), s).toBe(false);
  });

  it('gives a cause when a stance is set out with what it explains, and a step with what it is to reflect', () => {
    const explained = '"My understanding is that IPEF and TPP are different," government spokesman Noriyuki Shikata said on Friday, explaining that the new framework puts more weight on supply chains.';
    const reflected = 'The fund lowered its offer to 425 yen a share from 1,700 yen to reflect the millions of new shares Bull-Dog is issuing.';
    for (const s of [explained, reflected]) {
      expect(givesCause(s), s).toBe(true);
      expect(holdsType(s, 'reason'), s).toBe(true);
    }
    // What was explained is no reason: "explained the timeline", "explained on Friday what powers…".
    expect(holdsType('Neither company explained on Friday what powers the golden share would carry.', 'reason')).toBe(false);
    expect(givesCause('Lighthizer explained the timeline and the procedures for the tariffs.')).toBe(false);
  });

  it('gives a cause when a stance is explained by what it warns of or argues', () => {
    expect(givesCause('The U.S. auto industry has also opposed the tariffs, warning they would raise the cost of parts.')).toBe(true);
    expect(givesCause('Farm groups objected, arguing that the quota was too small.')).toBe(true);
    expect(givesCause('Toyota objected, citing its investment in U.S. plants.')).toBe(true);
    expect(givesCause('The ministry issued a warning on Friday.')).toBe(false);
    // Reporting, not a reason: a finite "warned that", attribution "citing sources".
    expect(givesCause('Trump warned that he would impose tariffs on cars.')).toBe(false);
    expect(givesCause('The deal is close, Nikkei said, citing people familiar with the matter.')).toBe(false);
  });

  it('tells a consequence with a modal of what would follow ("would", "could", "might"), not with one in reported speech', () => {
    expect(tellsConsequence('Abe\'s Liberal Democratic Party faces a House of Councillors election in July, and concessions to American farmers would be politically costly before the poll.')).toBe(true);
    expect(tellsConsequence('Japan worries such a clause could tie its hands if it ever needed to intervene to stem a sharp rise in the yen.')).toBe(true);
    expect(tellsConsequence('Trump said the levies would apply "without exceptions or exemptions."')).toBe(false);
    expect(tellsConsequence('Hayashi said the two countries would keep discussing the details of the duties.')).toBe(false);
    // A relative clause tells a consequence even in reported speech.
    expect(tellsConsequence('The prime minister, he said, "is going to be purchasing massive amounts of military equipment, as he should," which would mean "a lot of jobs for us."')).toBe(true);
    expect(tellsConsequence('Abe\'s Liberal Democratic Party faces a House of Councillors election in July.')).toBe(false);
  });

  it('holds a reason when it gives a cause or a purpose', () => {
    expect(holdsType('The administration wants a deal to give US goods more access to Japanese markets.', 'reason')).toBe(true);
    expect(holdsType('Japan rejected the idea because of farm politics.', 'reason')).toBe(true);
    expect(holdsType('The opposition voted against it, pointing out that tariffs on cars stay.', 'reason')).toBe(true);
    expect(holdsType('Toyota objected, citing its investment in U.S. plants.', 'reason')).toBe(true);
    expect(holdsType('The talks were held in Tokyo.', 'reason')).toBe(false);
  });

  it('holds a date in a month or weekday name, not in the verb "may"', () => {
    expect(holdsType('The deal may come later.', 'date')).toBe(false);
    expect(holdsType('Talks resume on Monday.', 'date')).toBe(true);
  });

  it('holds a list when it names three or more things in a series', () => {
    for (const s of ['It covers lithium, nickel, cobalt, graphite and manganese.', 'Argentina, Australia, Brazil and Canada were spared.', 'Tariffs on almonds, blueberries, and broccoli go.']) expect(holdsType(s, 'list'), s).toBe(true);
  });

  it('holds a list in three sums of money given together, the parts of a whole', () => {
    expect(holdsType('That sum comprises a $25 million fine, a $125 million fund for people injured by the air bags and an $850 million fund to repay automakers.', 'list')).toBe(true);
    expect(holdsType('Delta had offered JAL $1 billion; American countered with $1.4 billion.', 'list')).toBe(false);
  });

  it('holds no list in one or two things', () => {
    for (const s of ['It covers lithium.', 'It covers lithium and nickel.', 'In Tokyo, the minister spoke.']) expect(holdsType(s, 'list'), s).toBe(false);
  });

  it('holds no list in clauses set off by commas, nor in a date', () => {
    for (const s of ['He said, however, that tariffs would rise.', 'On May 1, 2019, and again in June, they met.', 'In Tokyo, on Monday, the minister spoke.']) expect(holdsType(s, 'list'), s).toBe(false);
  });

  it('reads a series in a long sentence without backtracking', () => {
    expect(holdsType(`${'ab cd, '.repeat(30_000)}.`, 'list')).toBe(false);
    expect(holdsType('a'.repeat(200_000), 'list')).toBe(false);
  });

  it('holds no number when it gives none', () => {
    expect(holdsType('He said the trade imbalance was unbelievably big.', 'quantity')).toBe(false);
  });
});
