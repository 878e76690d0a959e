import { hideQueryValues, statementHead } from "../query-errors"

const UPDATE = `update "affiliate" set "payout_details" = '{"iban":"DE89370400440532013000","paypal_email":"anna@example.com"}', "updated_at" = '2026-12-06' where "id" = 'aff_1'`

describe("hideQueryValues", () => {
  it("keeps the statement up to its first value and the database's reason", () => {
    const message = `${UPDATE} - unsupported Unicode escape sequence`
    const hidden = hideQueryValues(message, UPDATE, "22P05")
    expect(hidden).toBe(`update "affiliate" set "payout_details" = ... [values hidden] - unsupported Unicode escape sequence`)
    expect(hidden).not.toMatch(/DE89|anna@example/)
  })

  it("says only the error code when the message is not knex's statement-first form", () => {
    const hidden = hideQueryValues("select ... 'DE89370400440532013000' - boom", UPDATE, "22021")
    expect(hidden).toBe(`Database error 22021 in: update "affiliate" set "payout_details" = ... [values hidden]`)
  })

  it("shortens long statements without values", () => {
    expect(statementHead(`select ${"x, ".repeat(100)}y from t`).length).toBeLessThanOrEqual(120 + " ... [values hidden]".length)
  })
})
