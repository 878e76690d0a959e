// node --test scripts/lib/__tests__/
import assert from "node:assert/strict"
import fs from "node:fs"
import os from "node:os"
import path from "node:path"
import { test } from "node:test"
import { appSecrets, storefrontSecret } from "../secrets.mjs"

const NAMES = ["JWT_SECRET", "COOKIE_SECRET", "AFFILIATE_STOREFRONT_SECRET"]

/** Runs `fn` with a fresh secrets file path and none of the secrets in the environment. */
function withFile(fn) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "secrets-"))
  const saved = Object.fromEntries(NAMES.map((n) => [n, process.env[n]]))
  for (const n of NAMES) delete process.env[n]
  try {
    return fn(path.join(dir, "secrets.json"))
  } finally {
    for (const n of NAMES) {
      if (saved[n] === undefined) delete process.env[n]
      else process.env[n] = saved[n]
    }
    fs.rmSync(dir, { recursive: true, force: true })
  }
}

const read = (file) => JSON.parse(fs.readFileSync(file, "utf8"))

test("the storefront secret is made once, kept with the app secrets, and reused", () =>
  withFile((file) => {
    const app = appSecrets(file)
    const secret = storefrontSecret(file)
    assert.ok(secret.length >= 16, "the plugin option needs at least 16 characters")
    assert.deepEqual(read(file), { ...app, AFFILIATE_STOREFRONT_SECRET: secret })
    assert.equal(storefrontSecret(file), secret)
    // Reading the app secrets again keeps the storefront secret in the file.
    assert.deepEqual(appSecrets(file), app)
    assert.equal(read(file).AFFILIATE_STOREFRONT_SECRET, secret)
  }))

test("a storefront secret in the environment wins and is not written", () =>
  withFile((file) => {
    appSecrets(file)
    process.env.AFFILIATE_STOREFRONT_SECRET = "from-the-environment-1234"
    assert.equal(storefrontSecret(file), "from-the-environment-1234")
    assert.equal(read(file).AFFILIATE_STOREFRONT_SECRET, undefined)
  }))

test("an unreadable file is replaced by fresh secrets", () =>
  withFile((file) => {
    fs.writeFileSync(file, "not json")
    const secret = storefrontSecret(file)
    assert.equal(read(file).AFFILIATE_STOREFRONT_SECRET, secret)
    const app = appSecrets(file)
    assert.deepEqual(read(file), { AFFILIATE_STOREFRONT_SECRET: secret, ...app })
  }))
