import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { ValueBadge } from "~/components/value-badge";
import { getOrganization } from "~/models/organization.server";
import { listActiveValues } from "~/models/values.server";
import { requireUser } from "~/utils/auth.server";
import { pageTitle } from "~/utils/meta";
import { useUser } from "~/utils/user";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "home.title");

export async function loader({ request }: LoaderFunctionArgs) {
  await requireUser(request);
  const [organization, values] = await Promise.all([getOrganization(), listActiveValues()]);
  return { brandPromise: organization?.brandPromise ?? "", values };
}

export default function HomePage() {
  const { t } = useTranslation();
  const user = useUser();
  const { brandPromise, values } = useLoaderData<typeof loader>();
  return (
    <div className="space-y-6">
      <header className="space-y-2">
        <h1 className="text-2xl font-bold">{t("home.greeting", { name: user.name })}</h1>
        {brandPromise ? (
          <p className="text-lg text-slate-700">
            <span className="sr-only">{t("home.brandPromise")}: </span>
            {brandPromise}
          </p>
        ) : null}
        <Link to="/stories/new" className="button-primary">
          {t("home.share")}
        </Link>
      </header>
      <section aria-labelledby="home-values" className="space-y-3">
        <h2 id="home-values" className="text-xl font-semibold">
          {t("home.values")}
        </h2>
        {values.length === 0 ? <p className="text-slate-700">{t("home.noValues")}</p> : null}
        <ul className="grid gap-3 sm:grid-cols-2">
          {values.map((value) => (
            <li key={value.id} className="card space-y-2">
              <ValueBadge name={value.name} colour={value.colour} />
              <p className="text-sm text-slate-600">{t(`valueKinds.${value.kind}`)}</p>
              <p className="text-slate-800">{value.explanation}</p>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
