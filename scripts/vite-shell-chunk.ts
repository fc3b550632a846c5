import type { GetModuleInfo } from "rollup";

const root = new URL("../app/root.tsx", import.meta.url).pathname;

/**
 * The app's own modules that the root route imports (the shell, the navigation, the flash
 * message, the small utilities), in one chunk: every page loads them all anyway, and as one
 * file they compress better than as twenty files of a kilobyte each.
 */
export function shellChunk() {
  let shell: Set<string> | null = null;
  return (id: string, { getModuleInfo }: { getModuleInfo: GetModuleInfo }) => {
    shell ??= reachableFrom(root, getModuleInfo);
    return shell.has(id) ? "shell" : undefined;
  };
}

function reachableFrom(start: string, getModuleInfo: GetModuleInfo) {
  const found = new Set<string>();
  const queue = [...(getModuleInfo(start)?.importedIds ?? [])];
  while (queue.length) {
    const id = queue.pop()!;
    // The framework and libraries go where Vite puts them; translations load by area.
    if (found.has(id) || id.includes("/node_modules/") || id.startsWith("\0") || !id.includes("/app/")) continue;
    found.add(id);
    queue.push(...(getModuleInfo(id)?.importedIds ?? []));
  }
  return found;
}
