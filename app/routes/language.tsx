import type { ActionFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { z } from "zod";
import { setLanguage } from "~/models/people.server";
import { handleForm } from "~/utils/actions.server";
import { getUser, safeRedirect } from "~/utils/auth.server";
import { languages } from "~/utils/i18n";
import { languageCookie } from "~/utils/i18n.server";
import { paths } from "~/utils/paths";

const LanguageSchema = z.object({ language: z.enum(languages), redirectTo: z.string().max(2000).optional() });

export async function loader() {
  return redirect(paths.home());
}

/** Open to everyone: before sign-in the choice lives in a cookie, afterwards on the account too. */
export async function action({ request }: ActionFunctionArgs) {
  return handleForm(request, LanguageSchema, async (form) => {
    const user = await getUser(request);
    if (user) await setLanguage(user.id, form.language);
    return redirect(safeRedirect(form.redirectTo), {
      headers: { "Set-Cookie": await languageCookie.serialize(form.language) },
    });
  });
}
