import type { LoaderFunctionArgs } from "@remix-run/node";
import type { InsightChart } from "~/models/insights.server";
import {
  getInsights,
  insightCharts,
  insightsCsvFilename,
  insightsCsvRows,
  parseInsightsParams,
  toCsv,
} from "~/models/insights.server";
import { requireUser } from "~/utils/auth.server";
import { notFound } from "~/utils/domain-error.server";
import { getFixedT, resolveLanguage } from "~/utils/i18n.server";

/** One chart or table of /insights as CSV: `/insights.csv?chart=weekly&period=90&team=<slug>`. */
export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request, { role: "manager" });
  const url = new URL(request.url);
  const chart = url.searchParams.get("chart") as InsightChart | null;
  if (!chart || !insightCharts.includes(chart)) throw notFound();
  const insights = await getInsights(parseInsightsParams(url.searchParams));
  const t = getFixedT(await resolveLanguage(request, user));
  // The byte-order mark makes spreadsheet programs read the file as UTF-8 (umlauts, ë).
  return new Response(`\uFEFF${toCsv(insightsCsvRows(insights, chart, t))}`, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${insightsCsvFilename(insights, chart)}"`,
      "Cache-Control": "private, no-store",
    },
  });
}
