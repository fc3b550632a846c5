// The browser tests use Debian's Chromium (Playwright's own download cannot reach its servers here).
// Installs it when it is missing and we may (root with apt-get); otherwise says what to do.
import { execSync } from "node:child_process";
import { existsSync } from "node:fs";

const chromePath = process.env.CHROME_PATH ?? "/usr/bin/chromium";
if (!existsSync(chromePath)) {
  const canInstall = process.getuid?.() === 0 && existsSync("/usr/bin/apt-get") && !process.env.CHROME_PATH;
  if (!canInstall) {
    console.error(
      `Chromium was not found at ${chromePath}. Install it (Debian: apt-get install -y chromium) or set CHROME_PATH.`,
    );
    process.exit(1);
  }
  console.log("Installing Debian's Chromium for the browser tests...");
  execSync("apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium", {
    stdio: "inherit",
  });
}
