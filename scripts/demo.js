// `npm run demo`: build, migrate and seed the embedded database (once), then serve in production mode.
import { execSync, spawn } from "node:child_process";

const env = { ...process.env, DATABASE_URL: process.env.DATABASE_URL ?? "file:./data/brandworthy.db" };
const run = (command) => execSync(command, { stdio: "inherit", env });

run("npx remix vite:build");
run("npx prisma migrate deploy");
run("npx tsx prisma/seed.ts");

const port = process.env.PORT ?? "3000";
console.log(`\nOpen http://localhost:${port} and sign in with one of the accounts above.\n`);
const server = spawn("node", ["server/index.js"], {
  stdio: "inherit",
  env: { ...env, NODE_ENV: "production", PORT: port },
});
server.on("exit", (code) => process.exit(code ?? 0));
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
