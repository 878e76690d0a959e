import { model } from "@medusajs/framework/utils"

/** Audit trail of commission rules: every create, update and archive, with who did it. Append-only. */
const CommissionRuleChange = model
  .define("affiliate_commission_rule_change", {
    id: model.id({ prefix: "affrulechg" }).primaryKey(),
    rule_id: model.text(),
    action: model.enum(["created", "updated", "archived"]),
    before: model.json().nullable(),
    after: model.json().nullable(),
    actor: model.text().nullable(),
  })
  .indexes([{ on: ["rule_id", "created_at"] }])

export default CommissionRuleChange
