// autocannon ships no types; these cover the part of its API the benchmark uses.
declare module "autocannon" {
  import type { EventEmitter } from "node:events";

  export type Request = { method?: string; path?: string; headers?: Record<string, string> };

  export type Client = EventEmitter & { setRequests(requests: Request[]): void };

  export type Options = {
    url: string;
    connections?: number;
    duration?: number;
    timeout?: number;
    headers?: Record<string, string>;
    requests?: Request[];
    setupClient?: (client: Client) => void;
  };

  export type Result = {
    duration: number;
    errors: number;
    timeouts: number;
    non2xx: number;
    statusCodeStats: Record<string, { count: number }>;
    requests: { average: number; total: number; sent: number };
    latency: { average: number; p50: number; p90: number; p99: number; max: number };
    throughput: { average: number; total: number };
  };

  export type Instance = EventEmitter & {
    stop(): void;
    on(
      event: "response",
      listener: (client: Client, statusCode: number, bytes: number, responseTimeMs: number) => void,
    ): Instance;
  };

  function autocannon(options: Options, callback: (error: Error | null, result: Result) => void): Instance;
  export default autocannon;
}
