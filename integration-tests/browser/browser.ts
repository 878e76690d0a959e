import fs from "node:fs"
import path from "node:path"
import { chromium, type Browser, type Page } from "playwright-core"

/**
 * Browser tests drive Debian's Chromium (apt package `chromium`) with
 * playwright-core; Playwright's own browser download is not used.
 */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || "/usr/bin/chromium"

export const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--disable-quic",
  "--no-first-run",
]

export const SCREENSHOT_DIR = path.resolve(__dirname, "..", "..", ".test-data", "screenshots")

/** Starts Chromium, or fails loudly: a missing browser must never skip the suite. */
export async function launchChromium(): Promise<Browser> {
  if (!fs.existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `Chromium was not found at ${CHROMIUM_PATH}. The browser tests need it: run \`apt-get install chromium\` ` +
        `(or set CHROMIUM_PATH to a Chromium binary) and run the tests again.`
    )
  }
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true })
}

export function resetScreenshots(prefix: string) {
  fs.mkdirSync(SCREENSHOT_DIR, { recursive: true })
  for (const file of fs.readdirSync(SCREENSHOT_DIR)) {
    if (file.startsWith(prefix) && file.endsWith(".png")) fs.rmSync(path.join(SCREENSHOT_DIR, file))
  }
}

/** Saves a full-page screenshot as .test-data/screenshots/<name>.png. */
export async function screenshot(page: Page, name: string) {
  const file = path.join(SCREENSHOT_DIR, `${name}.png`)
  await page.screenshot({ path: file, fullPage: true })
  return file
}

/** Uncaught errors in the page fail the test that caused them. */
export function watchPageErrors(page: Page) {
  const errors: string[] = []
  page.on("pageerror", (error) => errors.push(error.message))
  return errors
}
