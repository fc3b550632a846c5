import { setTimeout as sleep } from "node:timers/promises";
import { describe, expect, it } from "vitest";
import { db } from "~/utils/db.server";
import { createTestPerson } from "../factories";

// Every request shares one SQLite connection. A transaction spans several awaits, and without a
// gate another request's query would run on that connection in the middle of it: inside someone
// else's transaction, seeing its uncommitted rows and undone with it when it rolls back.
describe("the shared connection", () => {
  it("keeps a write made beside a transaction that rolls back", async () => {
    const person = await createTestPerson({ name: "Before" });
    const failing = db.$transaction(async (tx) => {
      await tx.user.update({ where: { id: person.id }, data: { language: "de" } });
      await sleep(50);
      throw new Error("the transaction fails");
    });
    await sleep(10);
    // Acknowledged to its request while the other transaction is still open.
    await db.user.update({ where: { id: person.id }, data: { name: "After" } });
    await expect(failing).rejects.toThrow("the transaction fails");

    const stored = await db.user.findUniqueOrThrow({
      where: { id: person.id },
      select: { name: true, language: true },
    });
    expect(stored).toEqual({ name: "After", language: "en" });
  });

  it("does not show another request a transaction's uncommitted rows", async () => {
    const person = await createTestPerson({ name: "Committed" });
    const failing = db.$transaction(async (tx) => {
      await tx.user.update({ where: { id: person.id }, data: { name: "Never committed" } });
      await sleep(50);
      throw new Error("rolled back");
    });
    await sleep(10);
    const seen = await db.user.findUniqueOrThrow({ where: { id: person.id }, select: { name: true } });
    await expect(failing).rejects.toThrow("rolled back");
    expect(seen.name).toBe("Committed");
  });

  it("opens again when a transaction's COMMIT itself fails", async () => {
    const person = await createTestPerson({ name: "Kept" });
    // A deferred foreign key is only checked at COMMIT, which then fails inside SQLite.
    const failing = db.$transaction(async (tx) => {
      await tx.$executeRawUnsafe("PRAGMA defer_foreign_keys = ON");
      await tx.user.update({ where: { id: person.id }, data: { name: "Broken" } });
      await tx.$executeRawUnsafe(`UPDATE "User" SET "teamId" = 'no-such-team' WHERE id = ?`, person.id);
    });
    await expect(failing).rejects.toThrow(/ForeignKey/i);
    const after = await Promise.race([
      db.user.findUniqueOrThrow({ where: { id: person.id }, select: { name: true } }),
      sleep(3_000).then(() => "still waiting"),
    ]);
    expect(after).toEqual({ name: "Kept" });
    // Transactions, too, start again.
    await db.$transaction(async (tx) => tx.user.update({ where: { id: person.id }, data: { name: "Changed" } }));
    expect((await db.user.findUniqueOrThrow({ where: { id: person.id }, select: { name: true } })).name).toBe(
      "Changed",
    );
  });

  it("still runs transactions one after another and queries beside them", async () => {
    const person = await createTestPerson();
    const bumps = Array.from({ length: 20 }, (_, index) =>
      index % 2
        ? db.$transaction(async (tx) => {
            const row = await tx.user.findUniqueOrThrow({ where: { id: person.id }, select: { name: true } });
            await tx.user.update({ where: { id: person.id }, data: { name: `${row.name}+` } });
          })
        : db.user.findUniqueOrThrow({ where: { id: person.id } }),
    );
    await Promise.all(bumps);
    const stored = await db.user.findUniqueOrThrow({ where: { id: person.id }, select: { name: true } });
    expect(stored.name).toBe(`${person.name}${"+".repeat(10)}`);
  });
});
