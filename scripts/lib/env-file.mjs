// Writes the settings a script owns into a dotenv file (e.g. a storefront's
// .env.local) without touching anything else in it: the owned keys' lines are
// rewritten in place, missing ones are appended, every other line (comments,
// keys a developer added) stays as it is.
import fs from "node:fs"
import path from "node:path"

const ASSIGNMENT = /^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_.]*)\s*=\s*(.*)$/

/** A value as dotenv reads it back unchanged: bare when safe, else double-quoted. */
export function formatEnvValue(value) {
  const text = String(value ?? "")
  if (/^[A-Za-z0-9_\-.:/@+,~%=]*$/.test(text)) return text
  return `"${text.replace(/\\/g, "\\\\").replace(/"/g, '\\"').replace(/\$/g, "\\$").replace(/\r?\n/g, "\\n")}"`
}

/** True when a value that opens a quote on this line does not close it there (dotenv's multi-line values). */
function opensMultiline(rest) {
  const quote = rest[0]
  if (quote !== '"' && quote !== "'" && quote !== "`") return false
  for (let i = 1; i < rest.length; i++) {
    if (rest[i] === "\\" && quote === '"') {
      i++
      continue
    }
    if (rest[i] === quote) return false
  }
  return true
}

function closesQuote(line, quote) {
  for (let i = 0; i < line.length; i++) {
    if (line[i] === "\\" && quote === '"') {
      i++
      continue
    }
    if (line[i] === quote) return true
  }
  return false
}

/**
 * The dotenv text `current` (null or "" for a new file) with `values` set.
 * Each owned key keeps its first line's place; later duplicates of it are
 * dropped (dotenv lets the last one win, which would undo the update).
 * @param {string | null} current
 * @param {Record<string, string>} values
 * @param {{ header?: string[] }} [options] comment lines put before keys appended to the file
 * @returns {{ text: string, added: string[], updated: string[], unchanged: string[] }}
 */
export function mergeEnv(current, values, { header = [] } = {}) {
  const eol = current?.includes("\r\n") ? "\r\n" : "\n"
  const lines = current ? current.split(/\r?\n/) : []
  if (lines.length && lines[lines.length - 1] === "") lines.pop()
  const owned = new Set(Object.keys(values))
  const seen = new Set()
  const updated = []
  const unchanged = []
  const out = []
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]
    const match = ASSIGNMENT.exec(line)
    if (!match) {
      out.push(line)
      continue
    }
    const key = match[1]
    const block = [line]
    // A multi-line quoted value: its following lines belong to this key.
    if (opensMultiline(match[2])) {
      const quote = match[2][0]
      while (i + 1 < lines.length) {
        block.push(lines[++i])
        if (closesQuote(lines[i], quote)) break
      }
    }
    if (!owned.has(key)) {
      out.push(...block)
      continue
    }
    if (seen.has(key)) continue
    seen.add(key)
    const next = `${key}=${formatEnvValue(values[key])}`
    ;(line === next ? unchanged : updated).push(key)
    out.push(next)
  }
  const added = Object.keys(values).filter((key) => !seen.has(key))
  if (added.length) {
    const hasHeader = header.length && header.every((h) => lines.includes(h))
    if (out.length && out[out.length - 1].trim() !== "") out.push("")
    if (!hasHeader) out.push(...header)
    for (const key of added) out.push(`${key}=${formatEnvValue(values[key])}`)
  }
  return { text: out.join(eol) + eol, added, updated, unchanged }
}

/** Applies mergeEnv to `file` (created when missing); writes only when something changed. */
export function writeEnvFile(file, values, options) {
  let current = null
  try {
    current = fs.readFileSync(file, "utf8")
  } catch (error) {
    if (error?.code !== "ENOENT") throw error
  }
  const result = mergeEnv(current, values, options)
  const changed = result.text !== current
  if (changed) {
    fs.mkdirSync(path.dirname(file), { recursive: true })
    fs.writeFileSync(file, result.text)
  }
  return { ...result, created: current === null, changed }
}
