/**
 * The Chromium binary the browser tests drive: $CHROMIUM_PATH, else `chromium` (Debian's package) or
 * `chromium-browser` on the PATH. playwright-core downloads no browser, so without one the tests skip,
 * unless REQUIRE_BROWSER=1 (CI), where a missing browser is a failure.
 */
import fs from "node:fs";
import path from "node:path";

export function findChromium(env: NodeJS.ProcessEnv = process.env): string | undefined {
  if (env.CHROMIUM_PATH) return fs.existsSync(env.CHROMIUM_PATH) ? env.CHROMIUM_PATH : undefined;
  for (const dir of (env.PATH ?? "").split(path.delimiter).filter(Boolean)) {
    for (const name of ["chromium", "chromium-browser"]) {
      const file = path.join(dir, name);
      try {
        fs.accessSync(file, fs.constants.X_OK);
        return file;
      } catch {
        // not here: try the next directory
      }
    }
  }
  return undefined;
}

export const browserRequired = process.env.REQUIRE_BROWSER === "1";
