import type { LoaderFunctionArgs } from "@remix-run/node";
import { findPeople } from "~/models/people.server";
import { requireUser } from "~/utils/auth.server";
import { searchParam } from "~/utils/list-params";

/** The composer's type-ahead asks here as someone types: a few names, never the whole organisation. */
export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const query = searchParam(request, "q", 80);
  // The query comes back with the names, so the type-ahead knows which question they answer.
  return { query, people: await findPeople(query, { excludeId: user.id }) };
}
