import { model } from "@medusajs/framework/utils"

/**
 * A partner's request for a code of their own choosing on one of their links:
 * a new voucher ("code") or an alias on a voucher they have ("alias"). The
 * program grants free codes at once or queues them for an operator, whose
 * refusal reason the partner sees. Kept after the decision, as its record.
 */
const CodeRequest = model
  .define("affiliate_code_request", {
    id: model.id({ prefix: "affcreq" }).primaryKey(),
    affiliate_id: model.text(),
    program_id: model.text(),
    /** The partner's own link the code is for. */
    referral_id: model.text(),
    kind: model.enum(["code", "alias"]).default("code"),
    /** The voucher an alias is for; for a new code, the voucher its approval created. */
    voucher_id: model.text().nullable(),
    /** As the partner typed it, and as the shared code namespace keys it. */
    code: model.text(),
    normalized_code: model.text(),
    status: model.enum(["pending", "approved", "refused", "withdrawn"]).default("pending"),
    /** Why the operator refused it; shown to the partner. */
    reason: model.text().nullable(),
    decided_by: model.text().nullable(),
    decided_at: model.dateTime().nullable(),
    /** The code row its approval created. */
    voucher_code_id: model.text().nullable(),
    metadata: model.json().nullable(),
  })
  .indexes([
    { on: ["program_id", "status"] },
    { on: ["affiliate_id"] },
    // A partner waits for one code once.
    { on: ["affiliate_id", "normalized_code"], unique: true, where: "status = 'pending' AND deleted_at IS NULL" },
  ])

export default CodeRequest
