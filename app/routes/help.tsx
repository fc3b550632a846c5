import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useTranslation, loadTranslationArea } from "~/utils/i18n";
import { ButtonLink } from "~/components/button";
import { Page } from "~/components/page-header";
import { Section } from "~/components/section";
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
    <Page title={t("help.title")}>
      <Section title={t("help.tipsTitle")}>
        <ul className="list-disc space-y-2 pl-6">
          {tips.map((tip) => (
            <li key={tip}>{t(`help.tips.${tip}`)}</li>
          ))}
        </ul>
      </Section>
      <Section title={t("help.formattingTitle")}>
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
              <tr key={key} className="border-t border-line">
                <td className="py-2 font-mono text-sm">{syntax}</td>
                <td className="py-2">{t(`help.formats.${key}`)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </Section>
      <ButtonLink to={paths.newStory()} label={t("home.share")} variant="primary" />
    </Page>
  );
}

await loadTranslationArea("compose");
