import path from "node:path"
import { fileURLToPath } from "node:url"

const here = path.dirname(fileURLToPath(import.meta.url))

/** @type {import("next").NextConfig} */
const nextConfig = {
  // In this repository `medusa-plugin-affiliate/storefront*` resolves to the plugin's own
  // sources two folders up (tsconfig.json paths); a storefront that installs the package
  // needs neither of these two lines.
  experimental: { externalDir: true },
  outputFileTracingRoot: path.join(here, "..", ".."),
  images: { unoptimized: true },
}

export default nextConfig
