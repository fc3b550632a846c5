// The "bare Node http" reference: the cheapest possible answer of the same size as the feed page,
// so the app's figures can be read against what Node itself manages on this machine.
// Run as its own process, like the app server, so it does not share the load generator's CPU time.
import { createServer } from "node:http";

const port = Number(process.env.PORT ?? 3201);
const host = process.env.HOST ?? "127.0.0.1";
const bytes = Number(process.env.BENCH_STATIC_BYTES ?? 50_000);

const head = "<!DOCTYPE html><html><head><title>Static</title></head><body><p>";
const tail = "</p></body></html>";
const page = Buffer.from(head + "x".repeat(Math.max(0, bytes - head.length - tail.length)) + tail);

const server = createServer((_request, response) => {
  response.writeHead(200, { "Content-Type": "text/html; charset=utf-8", "Content-Length": page.length });
  response.end(page);
});
server.listen(port, host, () => console.log(`Static reference (${page.length} bytes) at http://${host}:${port}`));

for (const signal of ["SIGTERM", "SIGINT"] as const) process.on(signal, () => server.close(() => process.exit(0)));
