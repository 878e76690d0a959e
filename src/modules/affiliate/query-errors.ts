/*
 * When a query fails, knex puts the whole statement in front of the
 * database's message, and MikroORM hands knex statements with their values
 * already written in. Medusa's error handler then logs that message: a failed
 * update of a partner printed their payout details (IBAN, PayPal email) into
 * the server log. The statement's text is cut at its first value, so logs
 * still say which statement failed and why, never with what.
 */

const HEAD_MAX = 120

/** The statement up to its first quoted value (or HEAD_MAX characters). */
export function statementHead(sql: string): string {
  const quote = sql.indexOf("'")
  const head = (quote === -1 ? sql : sql.slice(0, quote)).slice(0, HEAD_MAX).replace(/\s+/g, " ").trim()
  return `${head} ... [values hidden]`
}

/**
 * `message` is knex's "<statement> - <database message>"; the same with the
 * statement cut at its first value. A message that does not start with the
 * statement keeps only the database's error code.
 */
export function hideQueryValues(message: string, sql: string, code?: string): string {
  const prefix = `${sql} - `
  if (message.startsWith(prefix)) return `${statementHead(sql)} - ${message.slice(prefix.length)}`
  return `Database error${code ? ` ${code}` : ""} in: ${statementHead(sql)}`
}

const hooked = new WeakSet<object>()

/** Rewrites the message of every failed query on this knex client (shared by Medusa's modules) before it is thrown. */
export function hideQueryValuesInErrors(knex: unknown) {
  const client = (knex as { client?: { on?: Function } } | undefined)?.client
  if (!client?.on || hooked.has(client)) return
  hooked.add(client)
  client.on("query-error", (error: { message?: string; code?: string }, query: { sql?: string }) => {
    if (error && typeof error.message === "string" && typeof query?.sql === "string") {
      error.message = hideQueryValues(error.message, query.sql, error.code)
    }
  })
}
