import { execFileSync } from "node:child_process"
import fs from "node:fs"
import path from "node:path"

/**
 * What `npm publish` would ship, read from `npm pack --dry-run` on the built
 * tree (CI builds before it tests): a LICENSE, no demo, bench or test code, no
 * inline source maps, declarations behind every `types` condition, and peer
 * ranges that every Medusa 2.21.x host satisfies. No database: it sits in the
 * http layer because that layer runs after the build.
 */
const ROOT = path.resolve(__dirname, "..", "..")
const BUILT = path.join(ROOT, ".medusa", "server", "src")
const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8"))
// semver comes with npm's own tooling in node_modules; no extra dependency.
const semver = require("semver")

type Conditions = string | { types?: string; default?: string; import?: string; require?: string }

function packedFiles(): string[] {
  if (!fs.existsSync(BUILT)) {
    throw new Error(`${path.relative(ROOT, BUILT)} is missing: build first (npm run build), then run this test.`)
  }
  if (!fs.existsSync(path.join(BUILT, "modules", "affiliate", "index.d.ts"))) {
    throw new Error(`${path.relative(ROOT, BUILT)} has no declarations: it was built by \`medusa plugin:build\` alone; run \`npm run build\`.`)
  }
  // --ignore-scripts: prepack would rebuild the whole plugin.
  const output = execFileSync("npm", ["pack", "--dry-run", "--json", "--ignore-scripts"], {
    cwd: ROOT,
    encoding: "utf8",
    stdio: ["ignore", "pipe", "pipe"],
  })
  return JSON.parse(output)[0].files.map((file: { path: string }) => file.path)
}

/** "./.medusa/server/src/*.js" -> a regex whose group is what the star stands for. */
function patternRegex(target: string) {
  const escaped = target.replace(/^\.\//, "").replace(/[.+?^${}()|[\]\\]/g, "\\$&")
  return new RegExp(`^${escaped.replace("*", "(.+)")}$`)
}

describe("the published package", () => {
  let files: string[]
  let shipped: Set<string>

  beforeAll(() => {
    files = packedFiles()
    shipped = new Set(files)
  })

  it("carries the MIT LICENSE that package.json names, the README and the built plugin", () => {
    expect(pkg.license).toBe("MIT")
    expect(shipped.has("LICENSE")).toBe(true)
    expect(fs.readFileSync(path.join(ROOT, "LICENSE"), "utf8")).toMatch(/^MIT License[\s\S]*2026 medusa-plugin-affiliate contributors/)
    expect(shipped.has("README.md")).toBe(true)
    expect(shipped.has(".medusa/server/src/modules/affiliate/index.js")).toBe(true)
    expect(shipped.has(".medusa/server/src/admin/index.mjs")).toBe(true)
  })

  it("leaves out demo, bench and test code, source maps and anything outside the built plugin", () => {
    const unwanted = files.filter(
      (file) =>
        /(^|\/)(scripts|__tests__|integration-tests|\.test-data)\//.test(file) ||
        /(^|\/)(demo|bench|seed)[-.]/.test(file) ||
        /\.(spec|test)\.[cm]?[jt]sx?$/.test(file) ||
        /\.map$/.test(file) ||
        !(file.startsWith(".medusa/server/src/") || ["LICENSE", "README.md", "package.json"].includes(file))
    )
    expect(unwanted).toEqual([])
  })

  it("ships only the admin extension bundle, not a copy of public/ (a dashboard build after the browser tests)", () => {
    const admin = files.filter((file) => file.startsWith(".medusa/server/src/admin/"))
    expect(admin.filter((file) => !/^\.medusa\/server\/src\/admin\/(index\.(m?js|d\.ts)|_chunks\/.+)$/.test(file))).toEqual([])
  })

  it("has no inline source maps in the shipped JavaScript", () => {
    const scripts = files.filter((file) => /\.[cm]?js$/.test(file))
    expect(scripts.length).toBeGreaterThan(50)
    const inline = scripts.filter((file) => fs.readFileSync(path.join(ROOT, file), "utf8").includes("sourceMappingURL=data:"))
    expect(inline).toEqual([])
  })

  it("ships a declaration behind every `types` condition, and every code export has one", () => {
    const exportsMap = pkg.exports as Record<string, Conditions>
    const untyped = Object.entries(exportsMap)
      .filter(([key, target]) => key !== "./package.json" && key !== "./admin" && (typeof target === "string" || !target.types))
      .map(([key]) => key)
    expect(untyped).toEqual([])

    const missing: string[] = []
    let checked = 0
    for (const [key, target] of Object.entries(exportsMap)) {
      if (typeof target === "string" || !target.types || !target.default) continue
      if (!target.default.includes("*")) {
        checked++
        if (!shipped.has(target.types.replace(/^\.\//, ""))) missing.push(`${key}: ${target.types}`)
        continue
      }
      // A pattern export: each shipped file it reaches needs its declaration.
      const code = patternRegex(target.default)
      for (const file of files) {
        const star = code.exec(file)?.[1]
        // The admin bundle has its own export; the star of "./*" reaches it too.
        if (star === undefined || file.startsWith(".medusa/server/src/admin/")) continue
        checked++
        const types = target.types.replace(/^\.\//, "").replace("*", star)
        if (!shipped.has(types)) missing.push(`${key} (${file}): ${types}`)
      }
    }
    expect(missing).toEqual([])
    expect(checked).toBeGreaterThan(50)
  })

  it("type-checks a strict consumer of the module, its service, the workflows and the storefront kit (no TS7016)", () => {
    const dir = path.join(ROOT, ".test-data", "package-consumer")
    fs.mkdirSync(dir, { recursive: true })
    fs.writeFileSync(
      path.join(dir, "consumer.ts"),
      [
        `import AffiliateModule, { AFFILIATE_MODULE, AffiliateModuleService } from "medusa-plugin-affiliate/modules/affiliate"`,
        `import { createAffiliateClient } from "medusa-plugin-affiliate/storefront"`,
        `import * as workflows from "medusa-plugin-affiliate/workflows"`,
        `const moduleName: string = AFFILIATE_MODULE`,
        `export { AffiliateModule, AffiliateModuleService, createAffiliateClient, moduleName, workflows }`,
        ``,
      ].join("\n")
    )
    // Inside the repository the package name resolves to itself through `exports`.
    const tsc = path.join(ROOT, "node_modules", "typescript", "bin", "tsc")
    const args = ["--strict", "--noEmit", "--skipLibCheck", "--module", "node16", "--moduleResolution", "node16", "--target", "es2021", "--types", "node", path.join(dir, "consumer.ts")]
    let output = ""
    try {
      execFileSync(process.execPath, [tsc, ...args], { cwd: dir, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] })
    } catch (error: any) {
      output = `${error.stdout ?? ""}${error.stderr ?? ""}`
    }
    expect(output).toBe("")
  })

  it("accepts every Medusa 2.21.x host and the current @medusajs/ui 4.x, and keeps out 2.22", () => {
    const peers = pkg.peerDependencies as Record<string, string>
    const medusa = Object.keys(peers).filter((name) => name.startsWith("@medusajs/") && name !== "@medusajs/ui")
    expect(medusa.sort()).toEqual(["@medusajs/admin-sdk", "@medusajs/cli", "@medusajs/framework", "@medusajs/icons", "@medusajs/medusa"])
    for (const name of medusa) {
      for (const version of ["2.21.0", "2.21.1", "2.21.2", "2.21.9"]) {
        expect([name, version, semver.satisfies(version, peers[name])]).toEqual([name, version, true])
      }
      for (const version of ["2.20.9", "2.22.0"]) {
        expect([name, version, semver.satisfies(version, peers[name])]).toEqual([name, version, false])
      }
    }
    // Each 2.21 dashboard pins its own ui: 4.2.4 (2.21.0), 4.2.5 (2.21.1), 4.2.6 (2.21.2).
    for (const version of ["4.2.4", "4.2.5", "4.2.6", "4.2.8", "4.9.0"]) {
      expect([version, semver.satisfies(version, peers["@medusajs/ui"])]).toEqual([version, true])
    }
    expect(semver.satisfies("5.0.0", peers["@medusajs/ui"])).toBe(false)
    // React peers as Medusa's own plugins (@medusajs/draft-order) declare them.
    expect(semver.satisfies("18.3.1", peers.react)).toBe(true)
    expect(semver.satisfies("18.3.1", peers["react-dom"])).toBe(true)
    expect(semver.satisfies("7.18.2", peers["react-router-dom"])).toBe(true)
  })

  it("lets a storefront install the package for its kit without pulling the Medusa server and React peers", () => {
    const optional = Object.entries(pkg.peerDependenciesMeta ?? {})
      .filter(([, meta]: [string, any]) => meta?.optional)
      .map(([name]) => name)
    expect(optional.sort()).toEqual(Object.keys(pkg.peerDependencies).sort())
    // The kit imports nothing from Medusa or React.
    const kitImports = files
      .filter((file) => file.startsWith(".medusa/server/src/storefront/") && file.endsWith(".js"))
      .flatMap((file) => [...fs.readFileSync(path.join(ROOT, file), "utf8").matchAll(/require\("([^"]+)"\)/g)].map((m) => m[1]))
      .filter((spec) => !spec.startsWith(".") && !spec.startsWith("node:"))
    expect(kitImports).toEqual([])
  })

  it("keeps the repository's own @medusajs/* on one pinned version", () => {
    const dev = Object.entries(pkg.devDependencies as Record<string, string>).filter(
      ([name]) => name.startsWith("@medusajs/") && name !== "@medusajs/ui"
    )
    expect(new Set(dev.map(([, version]) => version)).size).toBe(1)
    expect(dev.every(([, version]) => /^\d+\.\d+\.\d+$/.test(version))).toBe(true)
  })

  it("builds before packing", () => {
    expect(pkg.scripts.prepack).toBe("npm run build")
    expect(pkg.scripts.build).toMatch(/medusa plugin:build.*build:types.*finish-build/)
  })
})
