import { PARTNER_LINK_LIMIT, partnerMayAddLink, partnerMayChangeLinks, partnerMayLinkSite } from "../partner-links"

const active = { status: "active", program_id: "prog_1" }
const shop = { id: "site_1", name: "Shop", program_id: "prog_1", status: "active" }

describe("partnerMayChangeLinks", () => {
  it("lets an active partner change links", () => {
    expect(partnerMayChangeLinks(active)).toEqual({ ok: true })
  })

  it.each(["suspended", "disabled", "rejected"])("refuses a %s account with 403 and the reason", (status) => {
    expect(partnerMayChangeLinks({ ...active, status })).toEqual({
      ok: false,
      kind: "forbidden",
      message: `Your partner account is ${status}, so it cannot create or change links. Contact the program team.`,
    })
  })

  it("tells a pending partner to wait for approval", () => {
    expect(partnerMayChangeLinks({ ...active, status: "pending" })).toEqual({
      ok: false,
      kind: "forbidden",
      message: "Your partner account is still pending: you can create links once the program team approves it.",
    })
  })
})

describe("partnerMayLinkSite", () => {
  it("allows an active partner on an approved, active site of their program", () => {
    expect(partnerMayLinkSite(active, shop.id, shop, "approved")).toEqual({ ok: true })
  })

  it.each([
    { label: "an unknown site", site: null },
    { label: "another program's site", site: { ...shop, program_id: "prog_2" } },
    { label: "an archived site", site: { ...shop, status: "archived" } },
  ])("answers $label as not found, even when approved", ({ site }) => {
    expect(partnerMayLinkSite(active, "site_1", site, "approved")).toEqual({
      ok: false,
      kind: "not_found",
      message: "Site site_1 was not found in your program.",
    })
  })

  it.each([
    { status: "requested", message: "Your request to promote Shop is waiting for the program team's approval; links follow once it is approved." },
    { status: "revoked", message: "Your authorization to promote Shop was revoked, so it takes no new links." },
    { status: null, message: "You are not approved to promote Shop. Request the site first; links follow once it is approved." },
  ])("refuses an authorization that is $status with 403", ({ status, message }) => {
    expect(partnerMayLinkSite(active, shop.id, shop, status)).toEqual({ ok: false, kind: "forbidden", message })
  })

  it("checks the account before the site: a suspended partner is refused even on an approved site", () => {
    const check = partnerMayLinkSite({ ...active, status: "suspended" }, shop.id, shop, "approved")
    expect(check).toMatchObject({ ok: false, kind: "forbidden" })
  })
})

describe("partnerMayAddLink", () => {
  it.each([
    { label: "no links yet", count: 0, ok: true },
    { label: "one below the limit", count: PARTNER_LINK_LIMIT - 1, ok: true },
    { label: "at the limit", count: PARTNER_LINK_LIMIT, ok: false },
    { label: "above the limit (created by the operator)", count: PARTNER_LINK_LIMIT + 5, ok: false },
  ])("$label -> ok: $ok", ({ count, ok }) => {
    expect(partnerMayAddLink(count).ok).toBe(ok)
  })

  it("says what the limit is, as a conflict", () => {
    expect(partnerMayAddLink(3, 3)).toEqual({
      ok: false,
      kind: "conflict",
      message: "A partner account holds at most 3 links. Reuse or rename one of yours, or ask the program team.",
    })
  })
})
