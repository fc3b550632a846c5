import type { ActionFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { z } from "zod";
import { handleForm } from "~/utils/actions.server";
import { endSession } from "~/utils/auth.server";
import { paths } from "~/utils/paths";

// Signs out this browser, or every device the person is signed in on.
const LogoutSchema = z.object({ scope: z.enum(["everywhere"]).optional() });

export async function loader() {
  return redirect(paths.home());
}

export async function action({ request }: ActionFunctionArgs) {
  return handleForm(request, LogoutSchema, (form) => endSession(request, { everywhere: form.scope === "everywhere" }));
}
