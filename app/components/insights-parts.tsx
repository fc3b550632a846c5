import { Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import type { DimensionKey } from "~/utils/dimensions";
import { useFormatters } from "~/utils/format";
import { paths } from "~/utils/paths";

/** Stands in for a figure about fewer people than the threshold: never a number, never a hint. */
export function TooFew() {
  const { t } = useTranslation();
  return <span className="text-slate-700 italic">{t("insights.tooFew")}</span>;
}

/** The CSV download of one chart or table, for the same period and team as the page. */
export function CsvLink({ chart, query }: { chart: string; query: { period: string; team?: string } }) {
  const { t } = useTranslation();
  return (
    <p>
      <a href={paths.insightsCsv({ ...query, chart })} className="link" download>
        {t("insights.downloadCsv")}
        <span className="sr-only"> · {t(`insights.${chart}.title`)}</span>
      </a>
    </p>
  );
}

type Heatmap = {
  dimensions: DimensionKey[];
  rows: { slug: string; name: string; cells: { dimension: DimensionKey; stories: number | null; href: string }[] }[];
};

/** Values × dimensions as a table: each cell links to the feed filtered to it; empty cells stand out. */
export function HeatmapTable({ heatmap }: { heatmap: Heatmap }) {
  const { t } = useTranslation();
  const { formatNumber } = useFormatters();
  const max = Math.max(1, ...heatmap.rows.flatMap((row) => row.cells.map((cell) => cell.stories ?? 0)));
  if (heatmap.rows.length === 0) return <p>{t("insights.heatmap.noValues")}</p>;
  return (
    <div className="overflow-x-auto">
      <table className="border-collapse text-center text-sm">
        <caption className="sr-only">{t("insights.heatmap.title")}</caption>
        <thead>
          <tr>
            <th scope="col" className="p-2 text-left">
              {t("insights.heatmap.value")}
            </th>
            {heatmap.dimensions.map((dimension) => (
              <th key={dimension} scope="col" className="p-2">
                {t(`dimensions.${dimension}.name`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {heatmap.rows.map((row) => (
            <tr key={row.slug}>
              <th scope="row" className="p-2 text-left font-semibold">
                {row.name}
              </th>
              {row.cells.map((cell) => {
                // Up to 0.7 the dark link text keeps a contrast of at least 4.5:1 on the blue.
                const strength = cell.stories ? 0.1 + 0.6 * (cell.stories / max) : 0;
                const label = t("insights.heatmap.cellLabel", {
                  value: row.name,
                  dimension: t(`dimensions.${cell.dimension}.name`),
                });
                return (
                  <td
                    key={cell.dimension}
                    className={`border border-white p-0 ${cell.stories === 0 ? "bg-amber-50" : cell.stories === null ? "bg-slate-100" : ""}`}
                    style={cell.stories ? { backgroundColor: `rgba(29, 78, 216, ${strength.toFixed(2)})` } : undefined}
                  >
                    <Link to={cell.href} className="block min-w-20 p-2 text-slate-900 underline">
                      {cell.stories === null
                        ? t("insights.tooFew")
                        : cell.stories === 0
                          ? t("insights.heatmap.none")
                          : formatNumber(cell.stories)}
                      <span className="sr-only"> · {label}</span>
                    </Link>
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
