// A username made from a name, the same in the browser (filled in as the name is typed) and on
// the server (when the field was left empty or as suggested).

const MIN_LENGTH = 3;
// Room for a number when the name's username is taken: "ada.nieuw12" stays within 32 characters.
const MAX_BASE_LENGTH = 28;

/** Lowercase with the accents dropped and ß as ss, as URLs and usernames take names ("Straße" → "strasse"). */
export const asciiLowercase = (text: string) =>
  text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/ß/g, "ss");

/** "Zoë de Boer" → "zoe.de.boer": ASCII letters and digits, words joined by dots. */
export function usernameFromName(name: string) {
  const base = asciiLowercase(name)
    .replace(/[^a-z0-9]+/g, ".")
    .slice(0, MAX_BASE_LENGTH)
    .replace(/^\.+|\.+$/g, "");
  if (base.length >= MIN_LENGTH) return base;
  // A name of other letters ("李娜") or a very short one still gets one that is valid.
  return base ? `${base}.member` : "member";
}
