import type { LoaderFunctionArgs } from "@remix-run/node";
import { exportPersonData } from "~/models/own-data.server";
import { requireUser } from "~/utils/auth.server";

/** Everything about the signed-in person, as a JSON download. */
export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const body = JSON.stringify(await exportPersonData(user.id), null, 2);
  return new Response(body, {
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Content-Disposition": `attachment; filename="brandworthy-${user.username}.json"`,
      "Cache-Control": "no-store",
    },
  });
}
