/** wink-lemmatizer ships no type definitions; this covers the part TradeTalk uses. */
declare module 'wink-lemmatizer' {
  const lemmatizer: {
    verb(word: string): string;
    noun(word: string): string;
    adjective(word: string): string;
  };
  export default lemmatizer;
}

declare module 'wink-lexicon/src/wn-words.js' {
  /** Every WordNet base form, mapped to its position in the word list. */
  const words: Record<string, number>;
  export default words;
}
