import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { requireUser } from "~/utils/auth.server";
import { pageTitle } from "~/utils/meta";
import { paths } from "~/utils/paths";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "help.title");

export async function loader({ request }: LoaderFunctionArgs) {
  await requireUser(request);
  return null;
}

const tips = ["moment", "people", "why", "privacy"] as const;
const formats = [
  ["**bold**", "bold"],
  ["*italic*", "italic"],
  ["- item", "list"],
  ["[text](https://…)", "link"],
  ["> quote", "quote"],
] as const;

/** How to write a story that others learn from, and the Markdown the composer understands. */
export default function HelpPage() {
  const { t } = useTranslation();
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">{t("help.title")}</h1>
      <section aria-labelledby="help-tips" className="card space-y-3">
        <h2 id="help-tips" className="text-lg font-semibold">
          {t("help.tipsTitle")}
        </h2>
        <ul className="list-disc space-y-2 pl-6">
          {tips.map((tip) => (
            <li key={tip}>{t(`help.tips.${tip}`)}</li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="help-formatting" className="card space-y-3">
        <h2 id="help-formatting" className="text-lg font-semibold">
          {t("help.formattingTitle")}
        </h2>
        <table className="w-full text-left">
          <thead>
            <tr>
              <th scope="col" className="py-1">
                {t("help.youType")}
              </th>
              <th scope="col" className="py-1">
                {t("help.youGet")}
              </th>
            </tr>
          </thead>
          <tbody>
            {formats.map(([syntax, key]) => (
              <tr key={key} className="border-t border-slate-200">
                <td className="py-2 font-mono text-sm">{syntax}</td>
                <td className="py-2">{t(`help.formats.${key}`)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <Link to={paths.newStory()} className="button-primary">
        {t("home.share")}
      </Link>
    </div>
  );
}
