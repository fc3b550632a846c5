import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import QRCode from "qrcode";
import { useTranslation } from "react-i18next";
import { getTeamForPoster } from "~/models/teams.server";
import { requireUser } from "~/utils/auth.server";
import { pageTitle } from "~/utils/meta";
import { paths } from "~/utils/paths";
import { publicUrl } from "~/utils/public-url.server";
import { loadTranslationArea } from "~/utils/i18n";

await loadTranslationArea("manage");

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "admin.poster.title");

export async function loader({ request, params }: LoaderFunctionArgs) {
  await requireUser(request, { role: "admin" });
  const team = await getTeamForPoster(params.slug!);
  const joinLink = publicUrl(request, paths.join(team.joinCode));
  // Rendered on the server as SVG: the poster prints sharp at any size and needs no JavaScript.
  const qrSvg = await QRCode.toString(joinLink, { type: "svg", errorCorrectionLevel: "M", margin: 2 });
  return { teamName: team.name, joinCode: team.joinCode, joinLink, qrSvg };
}
export default function TeamPosterPage() {
  const { t } = useTranslation();
  const { teamName, joinCode, joinLink, qrSvg } = useLoaderData<typeof loader>();
  return (
    <div className="space-y-6">
      <p className="flex flex-wrap gap-4 print:hidden">
        <Link to={paths.adminTeams()} className="link">
          {t("admin.poster.back")}
        </Link>
        <span className="text-ink-muted">{t("admin.poster.printHint")}</span>
      </p>
      <article
        className="card mx-auto max-w-xl space-y-6 text-center print:max-w-none print:border-0 print:shadow-none"
        aria-labelledby="poster-title"
      >
        <h1 id="poster-title" className="text-3xl font-bold print:text-5xl">
          {t("admin.poster.heading", { team: teamName })}
        </h1>
        <p className="text-lg print:text-2xl">{t("admin.poster.scan")}</p>
        <div
          role="img"
          aria-label={t("admin.poster.qrLabel", { team: teamName })}
          className="mx-auto w-64 print:w-[12cm] [&>svg]:h-auto [&>svg]:w-full"
          // The SVG comes from the qrcode library for a link we built; nothing a person typed goes in unescaped.
          dangerouslySetInnerHTML={{ __html: qrSvg }}
        />
        <p className="text-lg print:text-2xl">{t("admin.poster.orVisit")}</p>
        <p className="font-mono text-lg break-all print:text-xl">{joinLink}</p>
        <p className="text-lg print:text-2xl">
          {t("admin.poster.code")}{" "}
          <strong className="font-mono text-2xl tracking-widest print:text-4xl">{joinCode}</strong>
        </p>
      </article>
    </div>
  );
}
