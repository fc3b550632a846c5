// Finds search terms in text the way the search index does: ignoring case and accents, at the
// start of a word, with simple plurals (docs/decisions/0017-search-tokenizer.md).

export type Segment = { text: string; isMatch: boolean };

/** Needles at least this long also match inside a word: the tail of a compound ("Lieferverzögerung"). */
export const MIN_INNER_LENGTH = 6;
const MIN_STEM_LENGTH = 3;

/**
 * The singular forms a search word may be the plural of, in English, German and Dutch ("rugs" →
 * "rug", "Kinder" → "kind", "klanten" → "klant"), longest first. Deliberately light: it only
 * takes endings off, and the index still needs the full word or one of these forms at a word's
 * start, so a wrong guess costs a few extra matches, never a missed one.
 */
export function singularForms(term: string) {
  const forms = new Set<string>();
  const add = (form: string) => {
    if (form.length >= MIN_STEM_LENGTH && form !== term) forms.add(form);
  };
  if (term.endsWith("ies")) add(`${term.slice(0, -3)}y`);
  if (/(?:s|x|z|ch|sh)es$/.test(term)) add(term.slice(0, -2));
  if (term.endsWith("s") && !term.endsWith("ss")) add(term.slice(0, -1));
  for (const ending of ["en", "er", "n", "e"]) if (term.endsWith(ending)) add(term.slice(0, -ending.length));
  return [...forms];
}

/** The term and its singular forms: what the index and the highlighting look for. */
export const termForms = (term: string) => [term, ...singularForms(term)];

const isWordCharacter = (character: string | undefined) => character !== undefined && /[\p{L}\p{N}]/u.test(character);

/** Where the needle occurs in folded text: at a word's start, or anywhere when it is long. */
function* matchPositions(folded: string, needle: string) {
  for (let at = folded.indexOf(needle); at !== -1; at = folded.indexOf(needle, at + 1)) {
    if (needle.length >= MIN_INNER_LENGTH || !isWordCharacter(folded[at - 1])) yield at;
  }
}

/** Whether any form of the term occurs in the text as the search index finds it. */
export const hasTerm = (text: string, term: string) => {
  const folded = foldAccents(text);
  return termForms(foldAccents(term)).some((needle) => !matchPositions(folded, needle).next().done);
};

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
  const needles = terms.flatMap((term) => termForms([...term].map(fold).join(""))).filter(Boolean);
  if (needles.length === 0) return [{ text, isMatch: false }];
  const isMatch = new Array<boolean>(characters.length).fill(false);
  for (const needle of needles) {
    for (const at of matchPositions(folded, needle)) {
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
    ...terms
      .flatMap((term) =>
        termForms([...term].map(fold).join("")).map((needle) => matchPositions(folded, needle).next().value ?? -1),
      )
      .filter((at) => at >= 0),
    Number.POSITIVE_INFINITY,
  );
  const start = Number.isFinite(first) ? Math.max(0, first - 60) : 0;
  const window = characters.slice(start, start + length).join("");
  return `${start > 0 ? "…" : ""}${window}${start + length < characters.length ? "…" : ""}`;
}
