// Lighthouse on the pages people open most, as one signed-in person on a phone would see them:
// the default (mobile) configuration, Debian's Chromium, the benchmark session's cookie.
import { mkdirSync, writeFileSync } from "node:fs";
import { get } from "node:http";
import { join } from "node:path";
import { launch } from "chrome-launcher";
import type { Result } from "lighthouse";
import lighthouse, { generateReport } from "lighthouse";

export type AuditedPage = { name: string; path: string };

type Scripts = { gzip: number; sent: number };
type PageResult = { page: AuditedPage; lhr: Result; scripts: Scripts } | { page: AuditedPage; error: string };
/** A trace that went wrong (NO_NAVSTART and the like) is Lighthouse's flake on a busy machine: tried again this often. */
const TRIES = 3;

const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"] as const;
/** From the issue; SEO is shown but has no target (the app is for signed-in staff only). */
const TARGETS: Partial<Record<(typeof CATEGORIES)[number], number>> = {
  performance: 95,
  accessibility: 100,
  "best-practices": 100,
};
/**
 * From the issue: the JavaScript a page loads stays within this many kB of gzip, counted as the
 * compressed bodies the server sends. The transfer with its response headers (about 0.9 kB a file,
 * the security headers on every asset) is printed beside it.
 */
const SCRIPT_BUDGET_KB = 120;
const METRICS = [
  { id: "first-contentful-paint", label: "FCP", unit: "s" },
  { id: "largest-contentful-paint", label: "LCP", unit: "s" },
  { id: "total-blocking-time", label: "TBT", unit: "ms" },
  { id: "cumulative-layout-shift", label: "CLS", unit: "" },
] as const;
// Without the networking flags Chromium keeps trying to reach Google's hosts, which do not exist here.
const CHROME_FLAGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/**
 * Audits each page `runs` times in one Chromium and keeps the run with the median performance
 * score (Lighthouse's own advice against noise), writes each kept report as HTML to `reportDir`
 * and prints the scores, the metrics, the targets and the audits that keep a category below its target.
 */
export async function runLighthouse({
  baseUrl,
  pages,
  headers,
  reportDir,
  runs,
}: {
  baseUrl: string;
  pages: AuditedPage[];
  headers: Record<string, string>;
  reportDir: string;
  runs: number;
}) {
  mkdirSync(reportDir, { recursive: true });
  const chrome = await launch({
    chromePath: process.env.CHROME_PATH ?? "/usr/bin/chromium",
    chromeFlags: CHROME_FLAGS,
    logLevel: "silent",
    handleSIGINT: false,
  });
  const results: PageResult[] = [];
  try {
    for (const page of pages) {
      const attempts: Result[] = [];
      let error = "";
      for (let run = 0; run < runs && !error; run++) {
        const audited = await auditOnce(baseUrl + page.path, { port: chrome.port, headers });
        if (typeof audited === "string") error = audited;
        else attempts.push(audited);
      }
      if (error) {
        results.push({ page, error });
        console.log(`  ${page.name.padEnd(12)} ${page.path}  failed ${TRIES} times: ${error}`);
        continue;
      }
      const kept = medianByPerformance(attempts);
      writeFileSync(reportFile(reportDir, page), generateReport(kept, "html"));
      results.push({ page, lhr: kept, scripts: await measureScripts(kept) });
      console.log(
        `  ${page.name.padEnd(12)} ${page.path}  ${runs > 1 ? `performance ${attempts.map((lhr) => score(lhr, "performance")).join(", ")} → kept the median` : "done"}`,
      );
    }
  } finally {
    chrome.kill();
  }
  report(results, { runs, reportDir });
}

/** The result of one audit, or why there is none after TRIES attempts. */
async function auditOnce(url: string, { port, headers }: { port: number; headers: Record<string, string> }) {
  let error = "";
  for (let attempt = 0; attempt < TRIES; attempt++) {
    const answer = await lighthouse(url, {
      port,
      logLevel: "error",
      onlyCategories: [...CATEGORIES],
      extraHeaders: headers,
    });
    if (!answer) return "Lighthouse returned nothing";
    if (!answer.lhr.runtimeError) return answer.lhr;
    error = `${answer.lhr.runtimeError.code}: ${answer.lhr.runtimeError.message}`;
  }
  return error;
}

function reportFile(reportDir: string, page: AuditedPage) {
  return join(reportDir, `${page.name.toLowerCase().replace(/[^a-z0-9]+/g, "-")}.html`);
}

function medianByPerformance(attempts: Result[]) {
  const sorted = [...attempts].sort(
    (a, b) => (a.categories.performance?.score ?? 0) - (b.categories.performance?.score ?? 0),
  );
  return sorted[Math.floor(sorted.length / 2)]!;
}

/** A category's score as 0–100, or "n/a" when Lighthouse could not score it. */
function score(lhr: Result, category: string) {
  const value = lhr.categories[category]?.score;
  return value === null || value === undefined ? "n/a" : String(Math.round(value * 100));
}

function metric(lhr: Result, id: string, unit: string) {
  const value = lhr.audits[id]?.numericValue;
  if (value === undefined) return "n/a";
  if (unit === "s") return `${(value / 1000).toFixed(1)} s`;
  if (unit === "ms") return `${value.toFixed(0)} ms`;
  return value.toFixed(3);
}

/**
 * The page's JavaScript in kB: each script Lighthouse saw load, fetched again with gzip asked
 * for and counted as the body that arrives (compressed, or as it is when small), and Lighthouse's own transfer size
 * (body, headers and framing) summed.
 */
async function measureScripts(lhr: Result): Promise<Scripts> {
  const details = lhr.audits["network-requests"]?.details;
  const items =
    details && "items" in details
      ? (details.items as { url: string; resourceType?: string; transferSize?: number }[])
      : [];
  const scripts = items.filter((item) => item.resourceType === "Script");
  let gzip = 0;
  for (const { url } of scripts) gzip += await compressedBodyBytes(url);
  const sent = scripts.reduce((total, item) => total + (item.transferSize ?? 0), 0);
  return { gzip: gzip / 1024, sent: sent / 1024 };
}

function compressedBodyBytes(url: string) {
  return new Promise<number>((resolve, reject) => {
    // node:http, not fetch: fetch would decompress the body before it could be counted.
    get(url, { headers: { "Accept-Encoding": "gzip" } }, (response) => {
      // The server leaves files under 1 kB uncompressed (gzip would not make them smaller).
      let bytes = 0;
      response.on("data", (chunk: Buffer) => (bytes += chunk.length));
      response.on("end", () => resolve(bytes));
    }).on("error", reject);
  });
}

function report(results: PageResult[], { runs, reportDir }: { runs: number; reportDir: string }) {
  const header = [
    "page",
    "perf",
    "a11y",
    "best pr.",
    "seo",
    ...METRICS.map((entry) => entry.label),
    "JS gzip",
    "as sent",
    "targets",
  ];
  const rows = results.map((result) => {
    const { page } = result;
    if ("error" in result)
      return [page.name, ...CATEGORIES.map(() => "-"), ...METRICS.map(() => "-"), "-", "-", "NOT AUDITED (see above)"];
    const { lhr, scripts } = result;
    const missed = Object.entries(TARGETS)
      .filter(([category, target]) => !(Number(score(lhr, category)) >= target))
      .map(([category]) => category);
    if (scripts.gzip > SCRIPT_BUDGET_KB) missed.push("JavaScript");
    return [
      page.name,
      ...CATEGORIES.map((category) => score(lhr, category)),
      ...METRICS.map((entry) => metric(lhr, entry.id, entry.unit)),
      `${scripts.gzip.toFixed(1)} kB`,
      `${scripts.sent.toFixed(1)} kB`,
      missed.length === 0 ? "PASS" : `MISS ${missed.join(", ")}`,
    ];
  });
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column]!.length)));
  const format = (row: string[]) =>
    row
      .map((cell, column) =>
        column === 0 || column === row.length - 1 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!),
      )
      .join("  ");
  const audited = results.flatMap((result) => ("lhr" in result ? [result.lhr] : []));
  const benchmarkIndex = audited[0]?.environment.benchmarkIndex;
  console.log(
    `\nLighthouse ${audited[0]?.lighthouseVersion ?? ""} (mobile, simulated throttling${runs > 1 ? `, median of ${runs} runs by performance` : ""}; CPU benchmark index ${benchmarkIndex?.toFixed(0) ?? "n/a"})`,
  );
  console.log(format(header));
  console.log(widths.map((width) => "-".repeat(width)).join("  "));
  for (const row of rows) console.log(format(row));
  console.log(
    `Targets: performance >= ${TARGETS.performance}, accessibility ${TARGETS.accessibility}, best practices ${TARGETS["best-practices"]}, JavaScript <= ${SCRIPT_BUDGET_KB} kB gzip. Reports: ${reportDir}/`,
  );

  for (const result of results) {
    if (!("lhr" in result)) continue;
    const { page, lhr } = result;
    const failing = Object.entries(TARGETS).flatMap(([category, target]) =>
      Number(score(lhr, category)) >= target ? [] : failingAudits(lhr, category),
    );
    if (failing.length === 0) continue;
    console.log(`\n  ${page.name} (${page.path}), what keeps it under target:`);
    for (const line of failing) console.log(`    ${line}`);
  }
}

/**
 * The audits of a category that did not pass. Performance audits count from "needs improvement"
 * (below 0.9, Lighthouse's own green), every other category's from anything short of a pass.
 * The "hidden" group repeats the visible audits as Lighthouse 12's newer "insights": left out.
 */
function failingAudits(lhr: Result, category: string) {
  const threshold = category === "performance" ? 0.9 : 1;
  return lhr.categories[category]!.auditRefs.flatMap(({ id, group }) => {
    const audit = lhr.audits[id]!;
    if (
      group === "hidden" ||
      audit.score === null ||
      audit.score >= threshold ||
      ["informative", "notApplicable", "manual"].includes(audit.scoreDisplayMode)
    )
      return [];
    const value = audit.displayValue ? ` (${audit.displayValue})` : "";
    return [
      `${category.padEnd(14)} ${id}: ${audit.title}${value}`,
      ...examples(audit.details).map((example) => `${"".padEnd(16)}- ${example}`),
    ];
  });
}

/** Up to three of the offending items (a console message, a URL, an element), so the report need not be opened. */
function examples(details: Result["audits"][string]["details"]) {
  if (!details || !("items" in details) || !Array.isArray(details.items)) return [];
  return details.items.slice(0, 3).flatMap((item: Record<string, unknown>) => {
    const node = item.node as { snippet?: string; explanation?: string } | undefined;
    const text = node?.snippet
      ? `${node.snippet}${node.explanation ? ` — ${node.explanation.split("\n")[0]}` : ""}`
      : (item.description ?? item.issueType ?? item.url ?? item.value);
    return typeof text === "string" ? [text.slice(0, 200)] : [];
  });
}
