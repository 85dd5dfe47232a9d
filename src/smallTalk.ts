/**
 * Messages that are not questions about the articles: commands (`sources`, `help`), questions
 * about the bot itself, greetings and thanks, and questions in another language. They get the
 * sources list, the help or a short friendly reply, never a retrieval "answer".
 */
import { parseCommand } from './commands.ts';
import { isEnglishWord } from './lexical/wordnet.ts';
import { patternForm } from './question.ts';
import { deu, fra, ita, nld, por, spa } from 'stopword';
import { STOP_WORDS } from './stopWords.ts';

export type SmallTalk = 'sources' | 'help' | 'greeting' | 'thanks' | 'language' | 'clock';

/** What may follow a request for the sources and still ask for all of them: "what do you cover here?", "how many articles do you have in total?". */
const ALL_OF_THEM = String.raw`(?:\s+(?:here|exactly|so\s+far|now|currently|in\s+total|altogether|all|do\s+you\s+(?:have|know)|you\s+have|about|pls|please))*$`;
const SOURCES = new RegExp(
  String.raw`^(?:(?:what|which)\s+(?:are|r)\s+(?:your|ur|the)\s+(?:sources|articles)|what(?:\s+is|'s|s)\s+(?:your|ur)\s+sources?|(?:list|show)(?:\s+me)?\s+(?:your|the|all)?\s*(?:sources|articles)|(?:what|which)\s+(?:articles|sources)\s+do\s+you\s+(?:know|have|use|cover)|what\s+do\s+you\s+(?:know|cover)|how\s+many\s+(?:articles|sources|stories)(?:\s+do\s+you\s+(?:know|have|use|cover|read))?|what(?:\s+is|'s|s)\s+(?:the|your)\s+(?:oldest|first)\s+(?:article|source|story)|where\s+do\s+you\s+get\s+(?:your\s+)?(?:information|info|news|answers|facts))` +
    ALL_OF_THEM,
);
/** Verbs that say an article is about something: "mention", "that cover". */
const MENTION = String.raw`mention(?:s|ing)?|cover(?:s|ing)?|that\s+(?:mention|cover|discuss)|talk\s+about|discuss(?:es|ing)?`;
/**
 * "Which articles mention rice?", "list the articles about the steel deal", "how many articles do you have on
 * korus?": the sources on a topic, read from after the preposition. "Sources" only with a verb ("which sources mention
 * rice?"): "which sources on the japanese side confirmed the deal?" asks about people.
 */
const SOURCES_ON = new RegExp(
  String.raw`^(?:(?:what|which|how\s+many)\s+(?:of\s+(?:your|the)\s+)?(?:(?:articles|stories)\s+(?:do\s+you\s+(?:have|know)\s+|are\s+there\s+|have\s+you\s+got\s+)?(?:about|on|regarding|${MENTION})|sources\s+(?:${MENTION}))` +
    String.raw`|(?:list|show)(?:\s+me)?\s+(?:your\s+|the\s+|all\s+(?:the\s+)?)?(?:sources|articles|stories)\s+(?:about|on|regarding|${MENTION}))\s+(.+)$`,
);

/** The topic of a request for the articles on it ("rice" in "which articles mention rice?"), or undefined. */
export function sourcesTopic(text: string): string | undefined {
  return SOURCES_ON.exec(patternForm(text))?.[1];
}

/**
 * "What time is it?", "what's the date today?", "what day is it?": the present, which no article gives. As words to
 * search for, "time" and "date" are in every article, and "what's the date?" had been answered with confidence 1.
 * A bare "what day?" or "what time?" names no present: in a conversation it asks when of the last question.
 */
const CLOCK =
  /^(?:(?:what|wat)(?:\s+is|'s|s)\s+(?:the\s+)?(?:time|date|day)(?:\s+(?:is\s+it|it\s+is))?|(?:what|wat)\s+(?:time|date|day)(?=\s+(?:now|today|right\s+now)\b)|(?:what|wat)\s+(?:time|date|day|year|month)\s+(?:is\s+it|it\s+is)|what(?:\s+is|'s|s)\s+today'?s\s+date|(?:do\s+(?:you|u)\s+)?(?:have|know)\s+the\s+time)(?:\s+(?:now|today|right\s+now|please|pls))*$/;

const HELP =
  /^(?:who\s+are\s+you|what\s+are\s+you|what\s+can\s+you\s+do|what\s+do\s+you\s+do|how\s+do\s+(?:i|you)\s+(?:use|ask|work)|how\s+does\s+this(?:\s+bot)?\s+work|what(?:\s+is|'s|s)\s+(?:this\s+(?:bot|app|tool|thing)|tradetalk)|tell\s+me\s+about\s+yourself)\b/;
const GREET = String.raw`(?:hi|hello|hey|yo|hiya|howdy|good\s+(?:morning|afternoon|evening)|greetings|sup|what'?s\s+up)(?:\s+(?:there|all|everyone|bot|tradetalk))?`;
/** Checking that someone is there: "anyone home?", "you there?", "is this thing on?". */
const PRESENCE = String.raw`(?:(?:is\s+)?(?:anyone|any\s+one|anybody|someone|somebody)\s+(?:home|there|around|here|awake|alive)|(?:are\s+)?(?:you|u)\s+(?:there|around|awake|alive|up|working)|is\s+(?:this|it)\s+(?:thing\s+)?(?:on|working|alive))`;
/**
 * Asking after the bot as people ask after each other: "how are you?", "how are you doing today?", "how's it going?",
 * "how are things?", "hows ur day going lol".
 */
const WELLBEING = String.raw`(?:how(?:\s+(?:are|r)\s+(?:you|u|ya)(?:\s+doing)?|\s+(?:you|u|ya)\s+doing|\s+(?:are|r)\s+things(?:\s+going)?|(?:'?s|\s+is)\s+(?:it\s+going|(?:your|ur|the)\s+(?:day|week|morning|afternoon|evening|night)(?:\s+(?:going|been))?|life|things))(?:\s+today)?)`;
/** A laugh after small talk: "lol", "haha". */
const LAUGH = String.raw`(?:\s+(?:lol|lmao|haha+|hehe+))?`;
/** Smileys and emoji, which say nothing a pattern needs: ":)", ";-)", ":D", "<3", "🙂", "👋". */
const SMILEY = /(?<![\p{L}\p{N}])[:;=8][-']?[)(\][dDpPoO3|/\\*]+(?![\p{L}\p{N}])|<3|\p{Extended_Pictographic}/gu;
const GREETING = new RegExp(String.raw`^(?:${GREET}(?:\s+(?:${PRESENCE}|${WELLBEING}))?|${PRESENCE}|${WELLBEING})${LAUGH}$`);
const THANKS = /^(?:thanks|thank\s+you|thx|ty|cheers|great|nice|cool|awesome|perfect|ok|okay|got\s+it)(?:\s+(?:so\s+much|a\s+lot|very\s+much|bot|tradetalk))?$/;
/** Letters of scripts other than Latin: a question written mostly in them is not English. */
const NON_LATIN = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Cyrillic}\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Greek}\p{Script=Thai}\p{Script=Devanagari}]/gu;

/** Spanish opens a question or an exclamation with these; English never does. */
const INVERTED_MARK = /[¿¡]/;
/** A Latin letter with a mark English does not write ("qué", "über", "é"). */
const MARKED_LETTER = /[\u00C0-\u00FF\u0100-\u024F]/;

/**
 * Function words of the other languages people most often write to a bot in Europe and the Americas
 * (the `stopword` package's lists for Spanish, French, German, Portuguese, Italian and Dutch) that are
 * not English stop words. One counts only when it is no English word either ("qué", "über", "gesagt",
 * "zei", not "die" or "as"): WordNet is asked of these words alone, so a greeting does not load it.
 */
const FOREIGN_STOP_WORDS: ReadonlySet<string> = new Set([spa, fra, deu, por, ita, nld].flat().map((w) => w.toLowerCase()).filter((w) => !STOP_WORDS.has(w)));
const isForeignFunctionWord = (word: string) => FOREIGN_STOP_WORDS.has(word) && !isEnglishWord(word);

/**
 * Whether a message is in another language: mostly in another script; opened with "¿" or "¡"; with
 * more of another language's function words than of English's, two at least ("Was hat Abe über Zölle
 * gesagt?"), or one beside a marked word no dictionary knows and none of English's ("qué es el
 * TPP?"); or, at four words or more with no English function word, mostly words no dictionary knows.
 * Names and numbers don't count against English ("what did Nestlé say?", "São Paulo deal?").
 */
function looksForeign(text: string): boolean {
  const letters = text.match(/\p{L}/gu)?.length ?? 0;
  if (letters > 0 && (text.match(NON_LATIN)?.length ?? 0) / letters > 0.5) return true;
  if (INVERTED_MARK.test(text)) return true;
  const words = text.toLowerCase().match(/\p{L}+/gu) ?? [];
  const ours = words.filter((w) => STOP_WORDS.has(w)).length;
  const theirs = words.filter(isForeignFunctionWord).length;
  if (theirs > ours && (theirs >= 2 || (ours === 0 && words.some((w) => MARKED_LETTER.test(w) && !isEnglishWord(w))))) return true;
  if (words.length < 4) return false;
  // English questions almost always have a function word ("the", "did", "what", "is"); other languages' ones are not on the list.
  if (ours > 0) return false;
  // Only then are the words looked up in WordNet, which costs more than the rest of this check.
  const dictionary = words.filter((w) => isEnglishWord(w)).length;
  return dictionary / words.length < 0.5;
}

/** What kind of small talk a cleaned message is, or undefined for a question to answer from the articles. */
export function smallTalk(text: string): SmallTalk | undefined {
  const command = parseCommand(text);
  if (command) return command;
  const t = patternForm(text.replace(SMILEY, ' '));
  if (SOURCES.test(t)) return 'sources';
  if (HELP.test(t)) return 'help';
  if (GREETING.test(t)) return 'greeting';
  if (THANKS.test(t)) return 'thanks';
  if (CLOCK.test(t)) return 'clock';
  if (looksForeign(text)) return 'language';
  return undefined;
}
