import type { LoaderFunctionArgs } from "@remix-run/node";
import { exportPersonArchive } from "~/models/own-data.server";
import { requireUser } from "~/utils/auth.server";

/** Everything about the signed-in person, with their photos, as a zip download. */
export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const archive = await exportPersonArchive(user.id);
  return new Response(archive, {
    headers: {
      "Content-Type": "application/zip",
      "Content-Disposition": `attachment; filename="brandworthy-${user.username}.zip"`,
      "Cache-Control": "no-store",
    },
  });
}
