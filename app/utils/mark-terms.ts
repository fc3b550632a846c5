// Finds search terms in text the way the search index does: ignoring case and accents.

export type Segment = { text: string; isMatch: boolean };

/** Text without case and accents, as the search index compares it ("Élan" → "elan"). */
export const foldAccents = (text: string) =>
  text
    .normalize("NFD")
    .replace(/\p{Diacritic}/gu, "")
    .toLowerCase();

/** Folds one character; one input character, one output, so matches map back onto the text. */
function fold(character: string) {
  const folded = foldAccents(character);
  return folded.length === 1 ? folded : character.toLowerCase().slice(0, 1) || character;
}

/** Splits text into plain and matching segments; every character of the text is kept exactly. */
export function markTerms(text: string, terms: string[]): Segment[] {
  const characters = [...text];
  const folded = characters.map(fold).join("");
  const needles = terms.map((term) => [...term].map(fold).join("")).filter(Boolean);
  if (needles.length === 0) return [{ text, isMatch: false }];
  const isMatch = new Array<boolean>(characters.length).fill(false);
  for (const needle of needles) {
    for (let at = folded.indexOf(needle); at !== -1; at = folded.indexOf(needle, at + 1)) {
      for (let index = at; index < at + needle.length; index++) isMatch[index] = true;
    }
  }
  const segments: Segment[] = [];
  characters.forEach((character, index) => {
    const last = segments.at(-1);
    if (last && last.isMatch === isMatch[index]) last.text += character;
    else segments.push({ text: character, isMatch: isMatch[index]! });
  });
  return segments;
}

/** A window of the text around the first match, so a card shows why it was found. */
export function excerptAround(text: string, terms: string[], length = 220) {
  const characters = [...text];
  if (characters.length <= length) return text;
  if (terms.length === 0) return `${characters.slice(0, length).join("")}…`;
  const folded = characters.map(fold).join("");
  const first = Math.min(
    ...terms.map((term) => folded.indexOf([...term].map(fold).join(""))).filter((at) => at >= 0),
    Number.POSITIVE_INFINITY,
  );
  const start = Number.isFinite(first) ? Math.max(0, first - 60) : 0;
  const window = characters.slice(start, start + length).join("");
  return `${start > 0 ? "…" : ""}${window}${start + length < characters.length ? "…" : ""}`;
}
