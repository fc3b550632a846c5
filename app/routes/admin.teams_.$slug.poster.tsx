import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { useTranslation, isLanguage, loadTranslationArea } from "~/utils/i18n";
import { SubmitButton } from "~/components/button";
import { LanguageField } from "~/components/language-field";
import { getTeamForPoster } from "~/models/teams.server";
import { requireUser } from "~/utils/auth.server";
import { getFixedT, resolveLanguage } from "~/utils/i18n.server";
import { pageTitle } from "~/utils/meta";
import { paths } from "~/utils/paths";
import { publicUrl } from "~/utils/public-url.server";
import { qrCodeSvg } from "~/utils/qr.server";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "admin.poster.title");

/**
 * The poster speaks the language of the people in the break room, chosen here (`?lang=`), which
 * need not be the admin's: its text is translated on the server, the page around it stays in the
 * admin's language.
 */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const admin = await requireUser(request, { role: "admin" });
  const team = await getTeamForPoster(params.slug!);
  const asked = new URL(request.url).searchParams.get("lang");
  const language = isLanguage(asked) ? asked : await resolveLanguage(request, admin);
  const t = getFixedT(language);
  const joinLink = publicUrl(request, paths.join(team.joinCode));
  return {
    language,
    joinCode: team.joinCode,
    joinLink,
    qrSvg: await qrCodeSvg(joinLink),
    text: {
      heading: t("admin.poster.heading", { team: team.name }),
      scan: t("admin.poster.scan"),
      qrLabel: t("admin.poster.qrLabel", { team: team.name }),
      orVisit: t("admin.poster.orVisit"),
      code: t("admin.poster.code"),
    },
  };
}

export default function TeamPosterPage() {
  const { t } = useTranslation();
  const { language, joinCode, joinLink, qrSvg, text } = useLoaderData<typeof loader>();
  return (
    <div className="space-y-6">
      <div className="space-y-3 print:hidden">
        <p className="flex flex-wrap gap-4">
          <Link to={paths.adminTeams()} className="link">
            {t("admin.poster.back")}
          </Link>
          <span className="text-ink-muted">{t("admin.poster.printHint")}</span>
        </p>
        <Form method="get" className="flex flex-wrap items-end gap-2">
          <LanguageField label={t("admin.poster.language")} name="lang" defaultValue={language} key={language} />
          <SubmitButton label={t("admin.poster.languageSubmit")} variant="secondary" />
        </Form>
      </div>
      <article
        lang={language}
        className="card mx-auto max-w-xl space-y-6 text-center print:max-w-none print:border-0 print:shadow-none"
        aria-labelledby="poster-title"
      >
        <h1 id="poster-title" className="text-3xl font-bold print:text-5xl">
          {text.heading}
        </h1>
        <p className="text-lg print:text-2xl">{text.scan}</p>
        <div
          role="img"
          aria-label={text.qrLabel}
          className="mx-auto w-64 print:w-[12cm] [&>svg]:h-auto [&>svg]:w-full"
          // The SVG comes from the qrcode library for a link we built; nothing a person typed goes in unescaped.
          dangerouslySetInnerHTML={{ __html: qrSvg }}
        />
        <p className="text-lg print:text-2xl">{text.orVisit}</p>
        <p className="font-mono text-lg break-all print:text-xl">{joinLink}</p>
        <p className="text-lg print:text-2xl">
          {text.code} <strong className="font-mono text-2xl tracking-widest print:text-4xl">{joinCode}</strong>
        </p>
      </article>
    </div>
  );
}

await loadTranslationArea("manage");
