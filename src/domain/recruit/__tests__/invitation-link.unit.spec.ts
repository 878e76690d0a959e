import { invitationLink, tokenFromInvitationLink } from "../invitation-link"
import { invitationLookupView } from "../invitation-lookup"

const NOW = new Date("2026-12-06T12:00:00Z")
const LATER = "2026-12-20T12:00:00.000Z"

describe("invitation links", () => {
  test.each([
    { label: "hosted portal", base: "http://localhost:9000/affiliate-portal", path: "/accept-invitation", expected: "http://localhost:9000/affiliate-portal/accept-invitation#token=abc_DEF-123" },
    { label: "trailing slash on the storefront URL", base: "https://shop.example.com/", path: "/affiliate/accept-invitation", expected: "https://shop.example.com/affiliate/accept-invitation#token=abc_DEF-123" },
  ])("carry the token in the fragment, never the query ($label)", ({ base, path, expected }) => {
    const link = invitationLink(base, path, "abc_DEF-123")
    expect(link).toBe(expected)
    expect(new URL(link).search).toBe("")
    expect(tokenFromInvitationLink(link)).toBe("abc_DEF-123")
  })

  it("keeps a storefront URL's own query and encodes the token", () => {
    const link = invitationLink("https://shop.example.com/?lang=de", "", "a+b/c")
    expect(new URL(link).searchParams.get("lang")).toBe("de")
    expect(tokenFromInvitationLink(link)).toBe("a+b/c")
  })

  it("finds no token in a link without one", () => {
    expect(tokenFromInvitationLink("https://shop.example.com/accept?token=old")).toBeNull()
  })
})

describe("invitation lookup view", () => {
  const invitation = { email: "cleo@example.com", name: "Cleo", message: "Loved your channel!", expires_at: LATER }

  it("shows an open invitation what its invitee needs to accept", () => {
    expect(invitationLookupView(invitation, NOW)).toEqual({
      state: "open",
      email: "cleo@example.com",
      name: "Cleo",
      message: "Loved your channel!",
      expires_at: LATER,
    })
  })

  test.each([
    { label: "accepted", extra: { accepted_at: "2026-12-01T00:00:00Z" } },
    { label: "revoked", extra: { revoked_at: "2026-12-01T00:00:00Z" } },
    { label: "expired", extra: { expires_at: "2026-12-06T11:59:59Z" } },
  ])("tells a $label invitation's state only", ({ label, extra }) => {
    expect(invitationLookupView({ ...invitation, ...extra }, NOW)).toEqual({ state: label })
  })
})
