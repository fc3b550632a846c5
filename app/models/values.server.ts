import { db } from "~/utils/db.server";

export function listActiveValues() {
  return db.value.findMany({
    where: { archivedAt: null },
    orderBy: [{ position: "asc" }, { name: "asc" }],
    select: { id: true, slug: true, name: true, explanation: true, colour: true, kind: true },
  });
}
