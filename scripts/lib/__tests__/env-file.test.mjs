// node --test scripts/lib/__tests__/
import assert from "node:assert/strict"
import fs from "node:fs"
import os from "node:os"
import path from "node:path"
import { test } from "node:test"
import { formatEnvValue, mergeEnv, writeEnvFile } from "../env-file.mjs"

const VALUES = {
  MEDUSA_BACKEND_URL: "http://localhost:9000",
  MEDUSA_PUBLISHABLE_KEY: "pk_0123abcd",
  DEFAULT_REGION: "de",
}
const HEADER = ["# Written by the demo"]

/** What dotenv would read: the last assignment of each key wins. */
function parse(text) {
  const env = {}
  for (const line of text.split(/\r?\n/)) {
    const m = /^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_.]*)\s*=\s*(.*)$/.exec(line)
    if (m) env[m[1]] = m[2]
  }
  return env
}

test("a new file gets the header and every key", () => {
  const result = mergeEnv(null, VALUES, { header: HEADER })
  assert.equal(
    result.text,
    "# Written by the demo\nMEDUSA_BACKEND_URL=http://localhost:9000\nMEDUSA_PUBLISHABLE_KEY=pk_0123abcd\nDEFAULT_REGION=de\n"
  )
  assert.deepEqual(result.added, Object.keys(VALUES))
  assert.deepEqual(result.updated, [])
})

test("owned lines are rewritten in place; comments and a developer's own keys stay", () => {
  const current = [
    "# my notes",
    "NEXT_PUBLIC_FEATURE=on",
    "MEDUSA_BACKEND_URL=http://localhost:9001",
    "",
    "export DEFAULT_REGION=us",
    "MY_SECRET=\"keep me\"",
    "",
  ].join("\n")
  const result = mergeEnv(current, VALUES, { header: HEADER })
  assert.equal(
    result.text,
    [
      "# my notes",
      "NEXT_PUBLIC_FEATURE=on",
      "MEDUSA_BACKEND_URL=http://localhost:9000",
      "",
      "DEFAULT_REGION=de",
      'MY_SECRET="keep me"',
      "",
      "# Written by the demo",
      "MEDUSA_PUBLISHABLE_KEY=pk_0123abcd",
      "",
    ].join("\n")
  )
  assert.deepEqual(result.updated, ["MEDUSA_BACKEND_URL", "DEFAULT_REGION"])
  assert.deepEqual(result.added, ["MEDUSA_PUBLISHABLE_KEY"])
})

test("running it again changes nothing", () => {
  const once = mergeEnv("A=1\n", VALUES, { header: HEADER }).text
  const twice = mergeEnv(once, VALUES, { header: HEADER })
  assert.equal(twice.text, once)
  assert.deepEqual(twice.added, [])
  assert.deepEqual(twice.updated, [])
  assert.deepEqual(twice.unchanged, Object.keys(VALUES))
})

test("a later duplicate of an owned key is dropped, so it cannot override the new value", () => {
  const result = mergeEnv("DEFAULT_REGION=us\nOTHER=1\nDEFAULT_REGION=fr\n", { DEFAULT_REGION: "de" })
  assert.equal(result.text, "DEFAULT_REGION=de\nOTHER=1\n")
  assert.equal(parse(result.text).DEFAULT_REGION, "de")
})

test("a commented-out owned key stays a comment and the live key is appended", () => {
  const result = mergeEnv("# DEFAULT_REGION=us\n", { DEFAULT_REGION: "de" })
  assert.equal(result.text, "# DEFAULT_REGION=us\n\nDEFAULT_REGION=de\n")
})

test("a multi-line quoted value is replaced whole, and another key's multi-line value is kept whole", () => {
  const current = 'CERT="-----BEGIN-----\nDEFAULT_REGION=inside\n-----END-----"\nMEDUSA_PUBLISHABLE_KEY="pk_old\nstill old"\nZ=1\n'
  const result = mergeEnv(current, { MEDUSA_PUBLISHABLE_KEY: "pk_new", DEFAULT_REGION: "de" })
  assert.equal(result.text, 'CERT="-----BEGIN-----\nDEFAULT_REGION=inside\n-----END-----"\nMEDUSA_PUBLISHABLE_KEY=pk_new\nZ=1\n\nDEFAULT_REGION=de\n')
})

test("Windows line endings are kept", () => {
  const result = mergeEnv("A=1\r\nDEFAULT_REGION=us\r\n", { DEFAULT_REGION: "de" })
  assert.equal(result.text, "A=1\r\nDEFAULT_REGION=de\r\n")
})

test("values dotenv would misread are quoted", () => {
  assert.equal(formatEnvValue("pk_abc-DEF_123"), "pk_abc-DEF_123")
  assert.equal(formatEnvValue("http://localhost:9000"), "http://localhost:9000")
  assert.equal(formatEnvValue("a b#c"), '"a b#c"')
  assert.equal(formatEnvValue('say "hi" $HOME'), '"say \\"hi\\" \\$HOME"')
})

test("writeEnvFile creates the file, then rewrites only when a value changes", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "env-file-"))
  try {
    const file = path.join(dir, "app", ".env.local")
    const first = writeEnvFile(file, VALUES, { header: HEADER })
    assert.equal(first.created, true)
    assert.equal(first.changed, true)
    fs.appendFileSync(file, "MINE=yes\n")
    const again = writeEnvFile(file, VALUES, { header: HEADER })
    assert.equal(again.changed, false)
    const moved = writeEnvFile(file, { ...VALUES, MEDUSA_BACKEND_URL: "http://localhost:9001" }, { header: HEADER })
    assert.equal(moved.changed, true)
    assert.deepEqual(moved.updated, ["MEDUSA_BACKEND_URL"])
    const env = parse(fs.readFileSync(file, "utf8"))
    assert.equal(env.MEDUSA_BACKEND_URL, "http://localhost:9001")
    assert.equal(env.MINE, "yes")
  } finally {
    fs.rmSync(dir, { recursive: true, force: true })
  }
})
