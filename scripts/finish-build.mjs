// Last step of `npm run build`: leaves in .medusa/server only what a host runs.
// - `medusa plugin:build` always inlines source maps (its compiler sets
//   inlineSourceMap unless tsconfig.json asks for map files): the published
//   JavaScript drops them. `npm run dev` (plugin:develop) keeps its own.
// - The admin bundler runs Vite from the project root, and Vite copies the
//   project's `public/` folder into its output: after the browser tests that is
//   a whole dashboard build (public/admin, ~10 MB) inside src/admin.
import fs from "node:fs"
import path from "node:path"
import { fileURLToPath } from "node:url"

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..")
const built = path.join(root, ".medusa", "server", "src")
/** TypeScript writes the map as the file's last line. */
const INLINE_MAP = /\n\/\/# sourceMappingURL=data:[^\n]*\n?$/

if (!fs.existsSync(built)) {
  console.error(`${path.relative(root, built)} is missing: run \`medusa plugin:build\` first.`)
  process.exit(1)
}

let stripped = 0
for (const entry of fs.readdirSync(built, { recursive: true, withFileTypes: true })) {
  if (!entry.isFile() || !/\.(c|m)?js$/.test(entry.name)) continue
  const file = path.join(entry.parentPath ?? entry.path, entry.name)
  const code = fs.readFileSync(file, "utf8")
  if (!INLINE_MAP.test(code)) continue
  fs.writeFileSync(file, code.replace(INLINE_MAP, "\n"))
  stripped++
}

const publicDir = path.join(root, "public")
const adminOut = path.join(built, "admin")
const copied = fs.existsSync(publicDir) ? fs.readdirSync(publicDir).filter((name) => fs.existsSync(path.join(adminOut, name))) : []
for (const name of copied) fs.rmSync(path.join(adminOut, name), { recursive: true, force: true })

console.log(
  `finish-build: inline source maps removed from ${stripped} files` +
    (copied.length ? `; removed the copy of public/ (${copied.join(", ")}) from the admin build` : "")
)
