// Seeded randomness, ids and dates for the generator: the same seed gives the same organisation,
// so runs on different days or machines compare like with like.

export type Random = ReturnType<typeof createRandom>;

/** mulberry32: tiny, fast and good enough for test data. */
export function createRandom(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  return {
    next,
    /** An integer in [min, max]. */
    int,
    chance: (probability: number) => next() < probability,
    pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!,
    /** Exponentially distributed, with this mean. */
    exponential: (mean: number) => -Math.log(1 - next()) * mean,
    /** Pareto distributed (>= 1): a few large values, many small ones. */
    pareto: (alpha: number) => (1 - next()) ** (-1 / alpha),
    base36: (length: number) => {
      let text = "";
      for (let index = 0; index < length; index++) text += ALPHABET[Math.floor(next() * 36)];
      return text;
    },
  };
}

const ALPHABET = "0123456789abcdefghijklmnopqrstuvwxyz";

/**
 * 25-character ids shaped like Prisma's cuids ("c", time, counter, fingerprint, random). Being
 * ordered by creation time like real cuids, they also keep the bulk inserts into the primary-key
 * indexes sequential, which is several times faster than random keys.
 */
export function createIdFactory(random: Random) {
  let counter = 0;
  return (createdAtMs: number) => {
    counter = (counter + 1) % 36 ** 4;
    const time = Math.floor(createdAtMs).toString(36).padStart(8, "0").slice(-8);
    return `c${time}${counter.toString(36).padStart(4, "0")}bnch${random.base36(8)}`;
  };
}

/**
 * The text Prisma's SQLite adapter writes for a DateTime ("2026-11-23T15:52:19.703+00:00").
 * The app compares dates as text in SQL, so any other spelling would sort wrongly.
 */
export const sqliteDate = (ms: number) => new Date(ms).toISOString().replace("Z", "+00:00");

export const DAY = 24 * 60 * 60 * 1000;
