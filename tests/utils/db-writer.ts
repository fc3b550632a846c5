// One of the processes tests/utils/db.multiprocess.test.ts starts against the same SQLite file:
// it interleaves interactive transactions that read and then write with plain writes, as fast as
// it can, and prints what was acknowledged and what failed as one JSON line.
import { db } from "~/utils/db.server";

const [name, rounds] = [process.argv[2] ?? "writer", Number(process.argv[3] ?? 100)];
const acknowledged: string[] = [];
const errors: string[] = [];

async function transactionRound(round: number) {
  const key = `${name}-tx-${round}`;
  await db.$transaction(async (tx) => {
    // The read first: it fixes the transaction's snapshot before it asks for the write lock.
    const counter = await tx.rateLimit.findUniqueOrThrow({ where: { key: "counter" } });
    await tx.rateLimit.update({ where: { key: "counter" }, data: { count: counter.count + 1 } });
    await tx.rateLimit.create({ data: { key, count: counter.count, resetAt: new Date() } });
  });
  acknowledged.push(key);
}

async function plainRound(round: number) {
  const key = `${name}-plain-${round}`;
  await db.rateLimit.create({ data: { key, count: 0, resetAt: new Date() } });
  acknowledged.push(key);
}

// Ten requests at a time in this process, as a busy server has (more would only queue at the
// gate, into Prisma's time limit for starting a transaction).
const LANES = 10;
await Promise.all(
  Array.from({ length: LANES }, async (_, lane) => {
    for (let round = lane; round < rounds; round += LANES) {
      await (round % 3 === 2 ? plainRound(round) : transactionRound(round)).catch((error: unknown) => {
        errors.push(error instanceof Error ? error.message : String(error));
      });
    }
  }),
);
await db.$disconnect();
console.log(JSON.stringify({ acknowledged, errors }));
