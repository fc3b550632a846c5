// A stand-in for server/index.js that tests/server/cluster.test.ts starts: the real primary
// (server/cluster.js) with workers that answer their own pid, or after a pause on /slow, and
// close the way the app's workers do; with FAIL_AT_START they throw before they listen.
import cluster from "node:cluster";
import { createServer } from "node:http";
import { runPrimary } from "../../server/cluster.js";

const port = Number(process.env.PORT);

if (cluster.isPrimary) runPrimary({ workers: 2, url: `http://127.0.0.1:${port}` });
else {
  if (process.env.FAIL_AT_START) throw new Error("this worker cannot start");
  const server = createServer((request, response) => {
    const answer = () => response.end(String(process.pid));
    if (request.url === "/slow") setTimeout(answer, 500);
    else answer();
  });
  server.listen(port, "127.0.0.1");
  process.on("SIGTERM", () => server.close(() => process.exit(0)));
}
