import { createHash, randomBytes, timingSafeEqual } from "node:crypto"

/**
 * Invitation tokens are shown once (in the email) and stored only as a hash,
 * so a leaked database does not leak working invitations.
 */
export function generateInvitationToken(): string {
  return randomBytes(24).toString("base64url")
}

export function hashInvitationToken(token: string): string {
  return createHash("sha256").update(token.trim(), "utf8").digest("hex")
}

export function tokenMatchesHash(token: string, hash: string): boolean {
  if (!/^[0-9a-f]{64}$/.test(hash)) return false
  const candidate = Buffer.from(hashInvitationToken(token), "hex")
  const stored = Buffer.from(hash, "hex")
  return candidate.length === stored.length && timingSafeEqual(candidate, stored)
}

export type InvitationState = "open" | "accepted" | "expired" | "revoked"

export interface InvitationLike {
  expires_at: Date | string
  accepted_at?: Date | string | null
  revoked_at?: Date | string | null
}

export function invitationState(invitation: InvitationLike, now: Date): InvitationState {
  if (invitation.accepted_at) return "accepted"
  if (invitation.revoked_at) return "revoked"
  if (new Date(invitation.expires_at).getTime() <= now.getTime()) return "expired"
  return "open"
}

export function invitationExpiry(now: Date, validDays: number): Date {
  return new Date(now.getTime() + validDays * 24 * 60 * 60 * 1000)
}
