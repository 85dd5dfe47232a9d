/**
 * The one list of words that carry no meaning for search, used for articles and questions alike:
 * the English stop words of the `stopword` package, plus the words people add when they ask in a
 * chat ("hey", "pls", "tell me", "explain") and question words, whose job the answer type does
 * (src/answerTypes.ts). Nothing else in the core keeps a word list of this kind.
 */
import { eng as englishStopWords } from 'stopword';

/**
 * Chat shorthand for function words, written without apostrophes or spelled short, as people type
 * in Slack and Discord: "whats", "vs", "w/", "n" (and), "thru", "etc", "wut" (what), "cuz", "rn" (right now).
 */
const CHAT_SHORTHAND = 'whats whens wheres whos hows whys vs versus etc thru w n wrt abt wut wht cuz coz rn'.split(' ');

/**
 * Chat and question words that the `stopword` list lacks ("besides", "else", "anyway": a question
 * naming what it does not ask about still asks about the rest; "actually", "finally", "eventually":
 * they say a question is about how something ended, which src/outcome.ts reads from the text, and
 * "finally" stemmed is the "final" of "the final vote"), and the particles of phrasal verbs it
 * lacks ("down", "off": it has "up", "out" and "over"), which match any other phrasal verb ("sit
 * down" found "broke down", "played this down").
 */
const CHAT_WORDS = 'besides else anyway anyways lol amongst so much many lot lots during within upon among amid amidst toward towards via per onto across throughout whether also yet even ever though although however may might can cannot will shall why when how where whose whom article articles piece pieces story lmao haha pls plz please thx thanks thank hey hi hello yo guys folks quick question q tell wondering wonder know anyone anybody somebody someone btw imo tbh smh ngl u ur r ya ok okay um uh hmm gonna wanna kinda sorta bot tradetalk exactly just really basically actually finally eventually ultimately say says tho though explain describe mean means happen happened go goes went gone going get got down off does do did doing done s t d ll ve re m'.split(' ');

/**
 * Personal pronouns the `stopword` list lacks: it has "he", "him" and "her" but not "she" or "hers". A pronoun
 * points back at someone named before, which follow-ups read from the text (src/followUp.ts); searched for, "she" matched
 * any sentence that writes it, and where no article did, "what did whitman admit around when she left" was declined as
 * asking about something no article mentions.
 */
const PRONOUNS = 'she shes hes hers'.split(' ');

export const STOP_WORDS: ReadonlySet<string> = new Set([...englishStopWords, ...CHAT_WORDS, ...CHAT_SHORTHAND, ...PRONOUNS]);
