import { model } from "@medusajs/framework/utils"
import Program from "./program"

/** An invitation to join a program. Only the SHA-256 of the token is stored. */
const Invitation = model
  .define("affiliate_invitation", {
    id: model.id({ prefix: "affinv" }).primaryKey(),
    program: model.belongsTo(() => Program, { mappedBy: "invitations" }),
    email: model.text().searchable(),
    name: model.text().nullable(),
    kind: model.enum(["external", "internal"]).default("external"),
    token_hash: model.text(),
    expires_at: model.dateTime(),
    accepted_at: model.dateTime().nullable(),
    revoked_at: model.dateTime().nullable(),
    affiliate_id: model.text().nullable(),
    invited_by: model.text().nullable(),
    message: model.text().nullable(),
  })
  .indexes([{ on: ["token_hash"], unique: true }, { on: ["email"] }])

export default Invitation
