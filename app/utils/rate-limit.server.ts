import { db } from "./db.server";

export type RateLimitResult = { allowed: boolean; retryAfterSeconds: number };

/**
 * Fixed-window counter kept in the database, so several app servers share it.
 * Counting happens before the check: a burst of parallel attempts cannot slip through.
 */
export async function hitRateLimit(
  key: string,
  { max, windowMs, now = new Date() }: { max: number; windowMs: number; now?: Date },
): Promise<RateLimitResult> {
  const resetAt = new Date(now.getTime() + windowMs);
  const row = await db.$transaction(async (tx) => {
    const existing = await tx.rateLimit.findUnique({ where: { key } });
    if (!existing || existing.resetAt <= now) {
      return tx.rateLimit.upsert({
        where: { key },
        create: { key, count: 1, resetAt },
        update: { count: 1, resetAt },
      });
    }
    return tx.rateLimit.update({ where: { key }, data: { count: { increment: 1 } } });
  });
  return {
    allowed: row.count <= max,
    retryAfterSeconds: Math.max(0, Math.ceil((row.resetAt.getTime() - now.getTime()) / 1000)),
  };
}

export async function clearRateLimit(key: string) {
  await db.rateLimit.deleteMany({ where: { key } });
}

/** Whether a key is over its limit, without counting this look. */
export async function isRateLimited(key: string, { max, now = new Date() }: { max: number; now?: Date }) {
  const row = await db.rateLimit.findUnique({ where: { key } });
  if (!row || row.resetAt <= now || row.count < max) return { limited: false, retryAfterSeconds: 0 };
  return { limited: true, retryAfterSeconds: Math.ceil((row.resetAt.getTime() - now.getTime()) / 1000) };
}
