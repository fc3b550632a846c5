import { hash, verify } from "@node-rs/argon2";

// Argon2id with the parameters OWASP recommends for interactive sign-in (19 MiB, 2 passes).
const options = { memoryCost: 19456, timeCost: 2, parallelism: 1, outputLen: 32 } as const;

export function hashPassword(password: string) {
  return hash(password, options);
}

export async function verifyPassword(passwordHash: string, password: string) {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

// Verified against when no account matches, so a missing username costs as long as a wrong password.
let decoyHash: Promise<string> | undefined;
export function getDecoyHash() {
  return (decoyHash ??= hashPassword("not a real password, only for timing"));
}
