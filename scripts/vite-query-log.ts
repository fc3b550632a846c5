import type { Plugin } from "vite";
import { countQueriesOf, describeTally } from "../app/utils/query-count.server";

// Vite's own requests (modules, its client, source files) make no queries and would drown the log.
const VITE_PATHS = /^\/(@|node_modules\/|app\/|__)/;

/**
 * In development, one line per page or data request in the server's console with the database
 * queries it made and their time. The dev server's middleware runs first for every request
 * (server/index.js), so the tally spans all of Remix's loaders and the action; production has
 * neither the middleware nor the counting.
 */
export function queryLog(): Plugin {
  return {
    name: "brandworthy-query-log",
    apply: "serve",
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        if (VITE_PATHS.test(req.url ?? "")) return next();
        const start = performance.now();
        // Connect's next() passes any failure on as an error, so the tally's promise never rejects.
        const { tally } = countQueriesOf(next);
        res.on("finish", () => {
          const type = String(res.getHeader("content-type") ?? "");
          if (tally.operations.length > 0 || /text\/(html|x-script)/.test(type)) {
            console.log(describeTally(`${req.method} ${req.url}`, tally, performance.now() - start));
          }
        });
      });
    },
  };
}
