/** Sentence boundaries, from the sbd library (it knows abbreviations such as "U.S." and "Mr."). */
import sbd from 'sbd';

const SBD_OPTIONS: sbd.Options = {
  newline_boundaries: false,
  html_boundaries: false,
  sanitize: false,
  preserve_whitespace: false,
  // Titles that sbd's default list lacks but news copy uses before names.
  abbreviations: ['gov', 'sen', 'rep', 'gen', 'lt', 'col', 'sgt', 'corp', 'inc', 'co', 'jan', 'feb', 'aug', 'sept', 'oct', 'nov', 'dec', 'no'],
};

/** Splits plain text into sentences; each returned sentence occurs verbatim in `text`. */
export function splitSentences(text: string): string[] {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (!flat) return [];
  const out: string[] = [];
  let from = 0;
  for (const candidate of sbd.sentences(flat, SBD_OPTIONS)) {
    const s = candidate.trim();
    if (!s) continue;
    const at = flat.indexOf(s, from);
    // sbd may normalise a character; fall back to the unsplit rest rather than quote text that is not in the article.
    if (at < 0) {
      const rest = flat.slice(from).trim();
      if (rest) out.push(rest);
      return out;
    }
    out.push(s);
    from = at + s.length;
  }
  const rest = flat.slice(from).trim();
  if (rest) out.push(rest);
  return out;
}
