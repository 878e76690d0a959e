#!/usr/bin/env node
// After `npm install`, checks that package-lock.json still locks the same
// packages at the same versions as the committed one. Optional platform builds
// (another OS or CPU's swc, rollup, msgpackr) are ignored when they appear or
// disappear: npm adds or drops them depending on what the registry lists, and
// this machine never installs them. Anything else that changed means the
// committed lockfile was out of date.
import { execFileSync } from "node:child_process"
import { readFileSync } from "node:fs"

const committed = JSON.parse(execFileSync("git", ["show", "HEAD:package-lock.json"], { maxBuffer: 1 << 30 })).packages
const installed = JSON.parse(readFileSync("package-lock.json", "utf8")).packages

const problems = []
for (const path of new Set([...Object.keys(committed), ...Object.keys(installed)])) {
  const before = committed[path]
  const after = installed[path]
  if (!before || !after) {
    if ((before ?? after).optional) continue
    problems.push(`${before ? "dropped" : "added"}: ${path || "(root)"}`)
  } else if (before.version !== after.version || JSON.stringify(before.dependencies) !== JSON.stringify(after.dependencies)) {
    problems.push(`changed: ${path || "(root)"} ${before.version ?? ""} -> ${after.version ?? ""}`)
  }
}

if (problems.length) {
  console.error(problems.slice(0, 30).join("\n"))
  if (problems.length > 30) console.error(`... and ${problems.length - 30} more`)
  console.error("package-lock.json is out of date: run npm install and commit it.")
  process.exit(1)
}
console.log("package-lock.json: up to date")
