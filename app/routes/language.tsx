import type { ActionFunctionArgs } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { z } from "zod";
import { setLanguage } from "~/models/people.server";
import { getUser, safeRedirect } from "~/utils/auth.server";
import { parseForm } from "~/utils/forms";
import { languages } from "~/utils/i18n";
import { languageCookie } from "~/utils/i18n.server";

const LanguageSchema = z.object({ language: z.enum(languages), redirectTo: z.string().max(2000).optional() });

export async function loader() {
  return redirect("/");
}

/** Open to everyone: before sign-in the choice lives in a cookie, afterwards on the account too. */
export async function action({ request }: ActionFunctionArgs) {
  const parsed = parseForm(LanguageSchema, await request.formData());
  if (!parsed.success) return data(parsed.failure, { status: 400 });
  const user = await getUser(request);
  if (user) await setLanguage(user.id, parsed.data.language);
  return redirect(safeRedirect(parsed.data.redirectTo), {
    headers: { "Set-Cookie": await languageCookie.serialize(parsed.data.language) },
  });
}
