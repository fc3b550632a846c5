// One load run with autocannon. Latencies are recorded per response rather than read from
// autocannon's summary, which has no p95 and mixes in coordinated-omission corrections.
import type { Instance, Request, Result } from "autocannon";
import autocannon from "autocannon";
import { percentile } from "./harness";

export type Target = {
  name: string;
  url: string;
  /** Paths that each connection requests in turn (starting at a different one per connection). */
  paths: string[];
  headers: Record<string, string>;
  /** An app page (compared with the references), or one of the references. */
  kind: "app" | "reference";
  note?: string;
};

export type Measurement = {
  requestsPerSecond: number;
  p50: number;
  p95: number;
  p99: number;
  responses: number;
  non2xx: number;
  errors: number;
  statusCodes: string;
};

let running: Instance | undefined;

/** Ends a run in progress (Ctrl-C): autocannon then reports what it has so far. */
export function stopLoad() {
  running?.stop();
}

export async function runLoad(
  target: Target,
  { connections, durationSeconds }: { connections: number; durationSeconds: number },
) {
  const latencies: number[] = [];
  let nextOffset = 0;
  const requests: Request[] = target.paths.map((path) => ({ method: "GET", path }));
  const result = await new Promise<Result>((resolve, reject) => {
    running = autocannon(
      {
        url: target.url,
        connections,
        duration: durationSeconds,
        // A slow page under load is measured, not counted as failed (autocannon gives up after 10 s by default).
        timeout: 30,
        headers: target.headers,
        requests,
        // Without this every connection would walk the list in step and hit the same row at once.
        setupClient: (client) => {
          const offset = nextOffset++ % requests.length;
          client.setRequests([...requests.slice(offset), ...requests.slice(0, offset)]);
        },
      },
      (error, done) => (error ? reject(error) : resolve(done)),
    );
    running.on("response", (_client, _status, _bytes, responseTimeMs) => latencies.push(responseTimeMs));
  });
  running = undefined;
  latencies.sort((a, b) => a - b);
  const measurement: Measurement = {
    requestsPerSecond: latencies.length / result.duration,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    responses: latencies.length,
    non2xx: result.non2xx,
    errors: result.errors + result.timeouts,
    statusCodes: Object.entries(result.statusCodeStats)
      .map(([code, stats]) => `${code}×${stats.count}`)
      .join(" "),
  };
  return measurement;
}
