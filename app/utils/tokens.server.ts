import { createHash, randomBytes, randomInt } from "node:crypto";

/** A secret for a link: shown once, stored only as its hash. */
export function createSecretToken() {
  const token = randomBytes(32).toString("base64url");
  return { token, tokenHash: hashToken(token) };
}

export function hashToken(token: string) {
  return createHash("sha256").update(token).digest("hex");
}

// No 0/O or 1/I/L: join codes are read off a printed sheet and typed on a phone.
const CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
export function createJoinCode(length = 8) {
  return Array.from({ length }, () => CODE_ALPHABET[randomInt(CODE_ALPHABET.length)]).join("");
}

export function normaliseJoinCode(input: string) {
  return input.toUpperCase().replace(/[^A-Z0-9]/g, "");
}
