/**
 * One key family per resource. Every key starts with the resource name, so
 * invalidating `keys.all` refreshes its lists and details at once.
 */
function keysFor<const Name extends string>(name: Name) {
  return {
    all: [name] as const,
    lists: () => [name, "list"] as const,
    list: (query?: object) => [name, "list", query ?? {}] as const,
    details: () => [name, "detail"] as const,
    detail: (id: string) => [name, "detail", id] as const,
  }
}

export const programKeys = keysFor("affiliate-programs")
export const affiliateKeys = {
  ...keysFor("affiliates"),
  statusHistory: (id: string) => ["affiliates", "status-history", id] as const,
}
export const siteKeys = keysFor("affiliate-sites")
export const referralKeys = keysFor("affiliate-referrals")
export const voucherKeys = keysFor("affiliate-vouchers")
export const invitationKeys = keysFor("affiliate-invitations")
export const salesChannelKeys = keysFor("affiliate-sales-channels")
export const adminUserKeys = keysFor("affiliate-admin-users")
/** The setup report of one program ("" for the default program). */
export const setupKeys = {
  all: ["affiliate-setup"] as const,
  report: (programId?: string) => ["affiliate-setup", programId ?? ""] as const,
}
