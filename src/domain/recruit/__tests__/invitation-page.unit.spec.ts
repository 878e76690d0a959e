import { invitationLink, tokenFromInvitationLink } from "../invitation-link"
import { DEFAULT_BACKEND_URL, HOSTED_ACCEPT_PATH, invitationPage, STOREFRONT_ACCEPT_PATH } from "../invitation-page"

describe("invitationPage (where an invitation link points)", () => {
  test.each([
    { label: "nothing configured: the hosted workspace on Medusa's dev address", options: {}, backendUrl: undefined, expected: { baseUrl: DEFAULT_BACKEND_URL, path: HOSTED_ACCEPT_PATH } },
    { label: "Medusa's default backendUrl \"/\" is no address for an email", options: {}, backendUrl: "/", expected: { baseUrl: DEFAULT_BACKEND_URL, path: HOSTED_ACCEPT_PATH } },
    { label: "blank backendUrl", options: {}, backendUrl: "  ", expected: { baseUrl: DEFAULT_BACKEND_URL, path: HOSTED_ACCEPT_PATH } },
    { label: "a non-http backendUrl", options: {}, backendUrl: "ftp://api.example.com", expected: { baseUrl: DEFAULT_BACKEND_URL, path: HOSTED_ACCEPT_PATH } },
    { label: "MEDUSA_BACKEND_URL set: the hosted workspace there", options: {}, backendUrl: "https://api.shop.example.com", expected: { baseUrl: "https://api.shop.example.com", path: HOSTED_ACCEPT_PATH } },
    { label: "storefrontUrl alone: the storefront's default page", options: { storefrontUrl: "https://shop.example.com" }, backendUrl: "https://api.shop.example.com", expected: { baseUrl: "https://shop.example.com", path: STOREFRONT_ACCEPT_PATH } },
    { label: "storefrontUrl and path", options: { storefrontUrl: "https://shop.example.com", invitationAcceptPath: "/partners/join" }, backendUrl: undefined, expected: { baseUrl: "https://shop.example.com", path: "/partners/join" } },
  ])("$label", ({ options, backendUrl, expected }) => {
    expect(invitationPage(options, backendUrl)).toEqual(expected)
  })

  it("builds a working hosted link with the token in the fragment", () => {
    const { baseUrl, path } = invitationPage({}, "https://api.shop.example.com/")
    const link = invitationLink(baseUrl, path, "tok_123")
    expect(link).toBe("https://api.shop.example.com/affiliate-portal/accept-invitation#token=tok_123")
    expect(tokenFromInvitationLink(link)).toBe("tok_123")
  })
})
