import { Link } from "@remix-run/react";
import type { ReactNode } from "react";
import { useTranslation } from "~/utils/i18n";
import type { DimensionKey } from "~/utils/dimensions";
import { useFormatters } from "~/utils/format";
import { paths } from "~/utils/paths";
import { Section } from "./section";

/** Stands in for a figure about fewer people than the threshold: never a number, never a hint. */
export function TooFew() {
  const { t } = useTranslation();
  return <span className="text-ink-muted italic">{t("insights.tooFew")}</span>;
}

type Chart = "weekly" | "participation" | "heatmap" | "barriers" | "onboarding";

/**
 * One chart or table of the page, titled, with an optional line about it and its CSV download
 * (for the same period and team as the page) below it.
 */
export function InsightsSection({
  chart,
  query,
  intro,
  children,
}: {
  chart: Chart;
  query: { period: string; team?: string };
  intro?: string;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <Section plain title={t(`insights.${chart}.title`)} description={intro}>
      {children}
      <p>
        <a href={paths.insightsCsv({ ...query, chart })} className="link" download>
          {t("insights.downloadCsv")}
          <span className="sr-only"> · {t(`insights.${chart}.title`)}</span>
        </a>
      </p>
    </Section>
  );
}

/**
 * A chart's figures as a table: its title as the caption (for screen readers), the columns'
 * headings (`insights.<chart>.<column>`), and a heading cell per row.
 */
export function InsightsTable({
  chart,
  columns,
  rows,
}: {
  chart: Chart;
  columns: string[];
  rows: { key: string; header: ReactNode; cells: ReactNode[] }[];
}) {
  const { t } = useTranslation();
  return (
    <table className="w-full max-w-2xl text-left">
      <caption className="sr-only">{t(`insights.${chart}.title`)}</caption>
      <thead>
        <tr>
          {columns.map((column) => (
            <th key={column} scope="col">
              {t(`insights.${chart}.${column}`)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.key} className="border-t border-line">
            <th scope="row" className="font-normal">
              {row.header}
            </th>
            {row.cells.map((cell, index) => (
              <td key={index}>{cell}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** A team's share of people who took part, as a bar and a percentage. */
export function ShareBar({ share }: { share: number }) {
  const { t } = useTranslation();
  return (
    <span className="flex items-center gap-2">
      <span className="inline-block h-2 w-24 rounded bg-surface-muted" aria-hidden="true">
        <span className="block h-2 rounded bg-blue-700" style={{ width: `${share}%` }} />
      </span>
      {t("insights.participation.percent", { share })}
    </span>
  );
}

type HeatmapData = {
  dimensions: DimensionKey[];
  rows: { slug: string; name: string; cells: { dimension: DimensionKey; stories: number | null; href: string }[] }[];
};

/**
 * Values × dimensions: on phones a list per value with a small bar per dimension, from md up a
 * table. Each figure links to the feed filtered to it; empty ones stand out; a figure about fewer
 * people than the threshold is never shown.
 */
export function Heatmap({ heatmap }: { heatmap: HeatmapData }) {
  const { t } = useTranslation();
  if (heatmap.rows.length === 0) return <p>{t("insights.heatmap.noValues")}</p>;
  const max = Math.max(1, ...heatmap.rows.flatMap((row) => row.cells.map((cell) => cell.stories ?? 0)));
  return (
    <>
      <div className="md:hidden">
        <HeatmapList heatmap={heatmap} max={max} />
      </div>
      <div className="hidden md:block">
        <HeatmapTable heatmap={heatmap} max={max} />
      </div>
    </>
  );
}

type Cell = HeatmapData["rows"][number]["cells"][number];

/** A cell's figure: the number, "none yet", or the stand-in for too few people. */
function CellFigure({ cell }: { cell: Cell }) {
  const { t } = useTranslation();
  const { formatNumber } = useFormatters();
  if (cell.stories === null) return t("insights.tooFew");
  return cell.stories === 0 ? t("insights.heatmap.none") : formatNumber(cell.stories);
}

function HeatmapList({ heatmap, max }: { heatmap: HeatmapData; max: number }) {
  const { t } = useTranslation();
  return (
    <ul className="space-y-4" aria-label={t("insights.heatmap.title")}>
      {heatmap.rows.map((row) => (
        <li key={row.slug} className="card space-y-2">
          <h3 className="font-semibold">{row.name}</h3>
          <ul className="space-y-1">
            {row.cells.map((cell) => (
              <li key={cell.dimension}>
                <Link to={cell.href} className="block min-h-11 py-1 text-sm text-ink">
                  <span className="flex flex-wrap items-baseline justify-between gap-x-3">
                    <span className="underline">
                      <span className="sr-only">{row.name} · </span>
                      {t(`dimensions.${cell.dimension}.name`)}
                    </span>
                    <span
                      className={`ms-auto rounded px-1 text-end ${cell.stories === 0 ? "bg-warning-soft" : cell.stories === null ? "text-ink-muted italic" : "font-semibold"}`}
                    >
                      <CellFigure cell={cell} />
                    </span>
                  </span>
                  <span className="mt-1 block h-1.5 rounded bg-surface-muted" aria-hidden="true">
                    {cell.stories ? (
                      <span
                        className="block h-1.5 rounded bg-blue-700"
                        style={{ width: `${Math.max(4, (cell.stories / max) * 100)}%` }}
                      />
                    ) : null}
                  </span>
                </Link>
              </li>
            ))}
          </ul>
        </li>
      ))}
    </ul>
  );
}

function HeatmapTable({ heatmap, max }: { heatmap: HeatmapData; max: number }) {
  const { t } = useTranslation();
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
                    className={`border border-surface p-0 ${cell.stories === 0 ? "bg-warning-soft" : cell.stories === null ? "bg-surface-muted" : ""}`}
                    style={cell.stories ? { backgroundColor: `rgba(29, 78, 216, ${strength.toFixed(2)})` } : undefined}
                  >
                    <Link to={cell.href} className="block min-w-20 p-2 text-ink underline">
                      <CellFigure cell={cell} />
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
