import { describe, expect, it } from 'vitest';
import { answer } from '../src/answer.ts';
import { CHANNEL_NOTE_TEXT, NOT_A_QUESTION_TEXT } from '../src/messages.ts';
import { questionType } from '../src/answerTypes.ts';
import { isChannelNote, isKeyboardMash, MAX_MESSAGE_CHARS_READ, patternForm, prepareQuestion, stripMarkup } from '../src/question.ts';
import { article, otherArticles, realIndex, tempIndex } from './helpers/corpus.ts';

describe('markup in a message', () => {
  it('drops script and style elements with their code, keeping the words around them', () => {
    expect(stripMarkup("what <script>alert('x')</script> is <STYLE type=\"text/css\">p { color: red }</style> korus?")).toBe('what is korus?');
  });

  it('drops only the tag of an element nothing closes, keeping the words after it', () => {
    expect(stripMarkup('<script>what is korus?')).toBe('what is korus?');
    expect(stripMarkup('<style>who is <script>taro aso</script>?')).toBe('who is ?');
  });

  it('drops tags and HTML comments, each ending at its ">"', () => {
    expect(stripMarkup('<b>who</b> is <!-- note --> <a href="x">taro aso</a>?')).toBe('who is taro aso ?');
  });
});

describe('a long message', () => {
  it(`is read up to ${MAX_MESSAGE_CHARS_READ} characters: a question after a longer code block is not seen`, () => {
    const code = (length: number) => '```' + 'x = 1\n'.repeat(Math.ceil(length / 6)) + '```';
    expect(prepareQuestion(`${code(1000)} what is korus?`).text).toBe('what is korus?');
    expect(prepareQuestion(`${code(MAX_MESSAGE_CHARS_READ)} what is korus?`).text).not.toContain('korus');
  });
});

describe('keyboard mash', () => {
  it('is two or more mashed words (a run of one letter or of adjacent keys), whatever real words stand among them', () => {
    expect(isKeyboardMash('jjjjjj kkkk ;;;; ?? tariff tariff uwu 15%%%% lol')).toBe(true);
    expect(isKeyboardMash('asdf;lkj 2+2=5?? qqq zzz')).toBe(true);
  });

  it('is a message of nothing but mash', () => {
    expect(isKeyboardMash('qwertyuiop')).toBe(true);
  });

  it('is not a question with one mashed word in it, nor an ordinary question', () => {
    expect(isKeyboardMash('mmm, what is korus?')).toBe(false);
    expect(isKeyboardMash('what did japan agree to on us car exports at the second economic dialogue?')).toBe(false);
    expect(isKeyboardMash('whats the deal w the 15% tariff lol')).toBe(false);
  });

  it('is declined as no question, not answered from the real word among it', async () => {
    const index = await realIndex();
    const a = answer(index, 'jjjjjj kkkk ;;;; ?? tariff tariff uwu 15%%%% lol');
    expect(a.status).toBe('no_answer');
    expect(a.text).toBe(NOT_A_QUESTION_TEXT);
  });
});

describe('a note to the whole channel', () => {
  it('is a message that opens by addressing everyone and asks nothing', () => {
    for (const m of ['@here pls stop pushing to main without review 🙏🙏 thx', '@channel reminder: expense reports due friday!!!', '@here @everyone lunch order is in the pinned msg, vote by 2pm pls', '<!here> ping', '<@everyone> **PSA** tariffs are back'])
      expect(isChannelNote(m), m).toBe(true);
  });

  it('is no note when it asks something, or does not address everyone', () => {
    for (const m of ['@here i was wondering what the tariff on cars is', '@here someone explain how the beef safeguard works', '@here what tariff did japan agree to on cars?', '@channel anyone know when the deal takes effect', '@everyone tell me about the beef safeguard', '@here did the talks end', 'pls stop pushing to main without review', 'review of the car tariffs', '@here @everyone'])
      expect(isChannelNote(m), m).toBe(false);
  });

  it('is no note when a greeting, the people addressed, a please, a label or an emoji stands before what it asks', () => {
    for (const m of [
      '@here hey all, does anyone know when the deal takes effect',
      '@channel hi everyone when do the auto tariffs come down',
      '@here team, who signed the deal for japan',
      '@here please explain the beef safeguard',
      '@here question: what tariff did japan accept on cars',
      '<!here> :wave: who signed the deal for japan',
      '@here — what did japan agree to on cars',
    ])
      expect(isChannelNote(m), m).toBe(false);
  });

  it('is a note still when what stands first is an order to everyone, not a question ("@here everyone should…", "@here please review…")', () => {
    for (const m of ['@here everyone should submit their expense reports by friday', '@here please review the pinned doc before standup', '@channel hi all, lunch is in the kitchen'])
      expect(isChannelNote(m), m).toBe(true);
  });

  it('reads a Slack message of 40,000 characters of greetings without backtracking', () => {
    expect(isChannelNote(`<!here> ${'hi all , :ok: '.repeat(2_850)}lunch is in`)).toBe(true);
  });

  it('is declined with a reply that says it was taken as a note for the channel, not answered from the words it shares with the articles', async () => {
    const index = await realIndex();
    const a = answer(index, '@here reminder: the trade review reports are due friday');
    expect(a.status).toBe('no_answer');
    expect(a.text).toBe(CHANNEL_NOTE_TEXT);
    expect(a.text).not.toMatch(/@here|@channel|@everyone/);
  });
});

describe('the form message patterns read', () => {
  it('is lower case with one kind of apostrophe, and no punctuation between words, an ellipsis included', () => {
    expect(patternForm('What’s NEW?!')).toBe("what's new");
    expect(patternForm('more…')).toBe('more');
    expect(patternForm('and now:   go on; ok.')).toBe('and now go on ok');
  });
});

describe('chat shorthand for "why"', () => {
  it('reads "y" opening a question before an auxiliary, or alone, as "why"', () => {
    expect(prepareQuestion('y did kioxia pull its tokyo listing').text).toBe('why did kioxia pull its tokyo listing');
    expect(prepareQuestion('y isnt australian beef hit by the safeguard').text).toBe('why isnt australian beef hit by the safeguard');
    expect(prepareQuestion('@TradeTalk y did son go to trump tower').text).toBe('@TradeTalk why did son go to trump tower');
    expect(prepareQuestion('y?').text).toBe('why?');
    expect(prepareQuestion('y not?').text).toBe('why not?');
  });

  it('reads it before a negative typed with a curly apostrophe, or none, and before "can’t" and "won’t"', () => {
    expect(prepareQuestion('y didn’t japan retaliate').text).toBe('why didn’t japan retaliate');
    expect(prepareQuestion('y isn’t australian beef hit').text).toBe('why isn’t australian beef hit');
    expect(prepareQuestion("y can't they agree on cars").text).toBe("why can't they agree on cars");
    expect(prepareQuestion('y cant they agree on cars').text).toBe('why cant they agree on cars');
    expect(prepareQuestion('y won’t japan budge on rice').text).toBe('why won’t japan budge on rice');
    expect(prepareQuestion('y wont japan budge on rice').text).toBe('why wont japan budge on rice');
  });

  it('leaves a "y" that asks nothing alone', () => {
    expect(prepareQuestion('y axis of the tariff chart').text).toBe('y axis of the tariff chart');
  });

  it('so the question asks for a reason', () => {
    expect(questionType(prepareQuestion('y did kioxia pull its tokyo listing').text)).toBe('reason');
  });
});

describe('content words chat writes short', () => {
  it('reads "ppl", "yr", "yrs", "econ" and "exec" as the words', () => {
    expect(prepareQuestion('how many ppl were lined up for the ginza opening').text).toBe('how many people were lined up for the ginza opening');
    expect(prepareQuestion('goodman sales last yr vs daikin').text).toBe('goodman sales last year vs daikin');
    expect(prepareQuestion('share of us car sales 20 yrs ago').text).toBe('share of us car sales 20 years ago');
    expect(prepareQuestion('when is the first econ 2+2').text).toBe('when is the first economic 2+2');
    expect(prepareQuestion("who's the terumo exec that gave the target").text).toBe("who's the terumo executive that gave the target");
  });

  it('so "ppl" is searched for as people', async () => {
    const index = await tempIndex({
      ...otherArticles(),
      'starbucks.md': article({ title: 'Starbucks opens in Ginza', publisher: 'Wire', date: '1996-08-02' }, 'About 100 people lined up outside the store before it opened on Friday.'),
    });
    const short = answer(index, 'how many ppl were lined up for the opening');
    expect(short.text).toContain('About 100 people');
    expect(short.confidence).toBe(answer(index, 'how many people were lined up for the opening').confidence);
  });

  it('reads them with a possessive or in a compound, as "non-exec" is read: "the terumo exec\'s target", "yr-end"', () => {
    expect(prepareQuestion("what was the terumo exec's target").text).toBe("what was the terumo executive's target");
    expect(prepareQuestion('why did ppl’s wages fall').text).toBe('why did people’s wages fall');
    expect(prepareQuestion("what's toyota's yr-end forecast").text).toBe("what's toyota's year-end forecast");
    expect(prepareQuestion('when are the exec-level talks').text).toBe('when are the executive-level talks');
  });

  it('leaves a dotted name: "econ.jp", "exec.py"', () => {
    expect(prepareQuestion('what does econ.jp say about rice').text).toBe('what does econ.jp say about rice');
  });

  it('reads them in a question written in capitals, whose capitals name nothing: "HOW MANY PPL LINED UP…"', () => {
    expect(prepareQuestion('HOW MANY PPL LINED UP FOR THE GINZA OPENING').text).toBe('HOW MANY people LINED UP FOR THE GINZA OPENING');
    expect(prepareQuestion('WHAT DID THE TERUMO EXEC SAY pls').text).toBe('WHAT DID THE TERUMO executive SAY pls');
  });

  it('reads "yr" as "your" where no word of time or number stands before it: "what\'s yr source", not "a normal yr"', () => {
    expect(prepareQuestion("what's yr source").text).toBe("what's your source");
    expect(prepareQuestion('where do u get yr info').text).toBe('where do u get your info');
    expect(prepareQuestion('how much wheat does japan import in a normal yr').text).toBe('how much wheat does japan import in a normal year');
    expect(prepareQuestion('what yr is rapidus aiming for').text).toBe('what year is rapidus aiming for');
    expect(prepareQuestion('how much per yr').text).toBe('how much per year');
    expect(prepareQuestion('the yr-end bonus').text).toBe('the year-end bonus');
  });

  it('leaves a short form written in capitals, a name ("PPL Corp"), and a word that only begins with one', () => {
    expect(prepareQuestion('who runs PPL Corp').text).toBe('who runs PPL Corp');
    expect(prepareQuestion('what did the executives say about yrly targets').text).toBe('what did the executives say about yrly targets');
  });
});

describe('the byline', () => {
  it('is asked for by "who wrote…" and "who reported this story", not by "who reported that?"', () => {
    expect(prepareQuestion('who wrote the article about the june talks').intent.author).toBe(true);
    expect(prepareQuestion('who reported this story?').intent.author).toBe(true);
    expect(prepareQuestion('who reported that?').intent.author).toBe(false);
  });
});

describe('years chat writes in two digits', () => {
  it('reads a year after an apostrophe, a season or a part of a year, or after "in", "since", "until" ending the question, in full', () => {
    expect(prepareQuestion("how big was the surplus in '85").text).toBe('how big was the surplus in 1985');
    expect(prepareQuestion("what was the trade war of the '80s about?").text).toBe('what was the trade war of the 1980s about?');
    expect(prepareQuestion('which club did tokyo join in spring 64?').text).toBe('which club did tokyo join in spring 1964?');
    expect(prepareQuestion("goldman's capital at end of 85 compared to merrill?").text).toBe("goldman's capital at end of 1985 compared to merrill?");
    expect(prepareQuestion('what did the us stop exporting in 73').text).toBe('what did the us stop exporting in 1973');
    expect(prepareQuestion('what happened to the yen in the late 80s').text).toBe('what happened to the yen in the late 1980s');
    expect(prepareQuestion('who has run sony since 05?').text).toBe('who has run sony since 2005?');
  });

  it('leaves a number that is as often an amount or a day', () => {
    for (const q of ['a tariff of 25?', 'raised from 25 to 50 percent', 'did they cut it by 25?', 'within 30 days', 'what about dec 30?', 'at the end of 25 years'])
      expect(prepareQuestion(q).text, q).toBe(q);
  });

  it('so the year is asked for', () => {
    expect(prepareQuestion("what did japan export in '73?").years).toEqual([1973]);
  });
});
