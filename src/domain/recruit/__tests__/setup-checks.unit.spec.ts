import { SetupFacts, setupChecks } from "../setup-checks"

const now = new Date("2026-12-06T12:00:00Z")

function facts(overrides: Partial<SetupFacts> = {}): SetupFacts {
  return {
    program: { id: "prog_1", name: "Default" },
    now,
    sites: [{ id: "s1", name: "Shop", sales_channel_id: "sc_1" }],
    rules: [{ scope: "program", event: "order" }],
    partners: { active_external: 2, authorized_active_external: 1 },
    notifications: { channel: "email", configured: true },
    invitations: { backendUrl: "https://api.shop.example.com" },
    ip_hash_salt_set: true,
    last_click_at: "2026-12-05T10:00:00Z",
    last_attributed_order_at: "2026-12-05T11:00:00Z",
    ...overrides,
  }
}

const check = (f: SetupFacts, id: string) => setupChecks(f).checks.find((c) => c.id === id)!

describe("setupChecks", () => {
  it("a fully set up program is ready with every check ok, in a fixed order", () => {
    const report = setupChecks(facts())
    expect(report.ready).toBe(true)
    expect(report.program).toEqual({ id: "prog_1", name: "Default" })
    expect(report.checks.map((c) => [c.id, c.status])).toEqual([
      ["site", "ok"],
      ["commission_rule", "ok"],
      ["partners_authorized", "ok"],
      ["notifications", "ok"],
      ["invitation_links", "ok"],
      ["ip_salt", "ok"],
      ["storefront_connected", "ok"],
    ])
  })

  it("a fresh install: site, rule and partners missing, so not ready", () => {
    const report = setupChecks(
      facts({ sites: [], rules: [], partners: { active_external: 0, authorized_active_external: 0 }, last_click_at: null, last_attributed_order_at: null, ip_hash_salt_set: false })
    )
    expect(report.ready).toBe(false)
    expect(Object.fromEntries(report.checks.map((c) => [c.id, c.status]))).toEqual({
      site: "missing",
      commission_rule: "missing",
      partners_authorized: "missing",
      notifications: "ok",
      invitation_links: "ok",
      ip_salt: "warning",
      storefront_connected: "warning",
    })
  })

  it("warnings alone leave the program ready", () => {
    const report = setupChecks(facts({ ip_hash_salt_set: false, notifications: { channel: "email", configured: false }, last_click_at: null }))
    expect(report.ready).toBe(true)
  })

  test.each([
    { label: "no active site", sites: [], status: "missing", detail: /no active site/ },
    { label: "sites without a sales channel only", sites: [{ id: "s", name: "Bare", sales_channel_id: null }], status: "missing", detail: /Bare/ },
    {
      label: "one linked, one not",
      sites: [
        { id: "s1", name: "Shop", sales_channel_id: "sc_1" },
        { id: "s2", name: "Outlet", sales_channel_id: null },
      ],
      status: "warning",
      detail: /1 active site\(s\) have no sales channel \(Outlet\)/,
    },
    { label: "all linked", sites: [{ id: "s1", name: "Shop", sales_channel_id: "sc_1" }], status: "ok", detail: /1 active site/ },
  ])("site: $label -> $status", ({ sites, status, detail }) => {
    const site = check(facts({ sites }), "site")
    expect(site.status).toBe(status)
    expect(site.detail).toMatch(detail)
    expect(site.fix.admin_path).toBe("/affiliates/sites")
  })

  test.each([
    { label: "no rule", rules: [], status: "missing", detail: /no active commission rule/ },
    { label: "registration rules only", rules: [{ scope: "program", event: "registration" }], status: "missing", detail: /registrations only/ },
    { label: "a rule that starts tomorrow", rules: [{ scope: "program", event: "order", starts_at: "2026-12-07T00:00:00Z" }], status: "missing", detail: /in force/ },
    { label: "a rule that ended", rules: [{ scope: "program", event: "order", ends_at: "2026-12-06T12:00:00Z" }], status: "missing", detail: /in force/ },
    { label: "a first-order rule", rules: [{ scope: "program", event: "first_order" }], status: "ok", detail: /program-wide/ },
    { label: "a partner rule only (narrower than the program)", rules: [{ scope: "affiliate", event: "order" }], status: "ok", detail: /others earn nothing/ },
    { label: "a rule within its dates", rules: [{ scope: "program", event: "order", starts_at: "2026-12-01T00:00:00Z", ends_at: "2027-01-01T00:00:00Z" }], status: "ok", detail: /1 program-wide/ },
  ] as const)("commission_rule: $label -> $status", ({ rules, status, detail }) => {
    const rule = check(facts({ rules: [...rules] as SetupFacts["rules"] }), "commission_rule")
    expect(rule.status).toBe(status)
    expect(rule.detail).toMatch(detail)
    expect(rule.fix.admin_path).toBe("/affiliates/programs/prog_1")
  })

  test.each([
    { label: "no active external partner", partners: { active_external: 0, authorized_active_external: 0 }, status: "missing" },
    { label: "active partners, none authorized", partners: { active_external: 3, authorized_active_external: 0 }, status: "warning" },
    { label: "one authorized", partners: { active_external: 3, authorized_active_external: 1 }, status: "ok" },
  ])("partners_authorized: $label -> $status", ({ partners, status }) => {
    expect(check(facts({ partners }), "partners_authorized").status).toBe(status)
  })

  it("notifications: no provider for the channel is a warning saying links are copied by hand", () => {
    const notifications = check(facts({ notifications: { channel: "sms", configured: false } }), "notifications")
    expect(notifications).toMatchObject({ status: "warning", detail: "invitation links must be copied by hand", data: { channel: "sms" } })
    expect(notifications.fix.admin_path).toBeNull()
  })

  test.each([
    { label: "hosted workspace on the backend URL", invitations: { backendUrl: "https://api.shop.example.com/" }, url: "https://api.shop.example.com/affiliate-portal/accept-invitation" },
    { label: "no backend URL: Medusa's dev address", invitations: { backendUrl: "/" }, url: "http://localhost:9000/affiliate-portal/accept-invitation" },
    { label: "storefront with its own path", invitations: { storefrontUrl: "https://shop.example.com", invitationAcceptPath: "/join" }, url: "https://shop.example.com/join" },
  ])("invitation_links: $label", ({ invitations, url }) => {
    const links = check(facts({ invitations }), "invitation_links")
    expect(links.status).toBe("ok")
    expect(links.data).toEqual({ url })
    expect(links.detail).toContain(url)
  })

  // The page the links open, as the route found it when it opened it.
  test.each([
    { label: "answers 200", probe: { status: 200 }, status: "ok", detail: /The page answers \(HTTP 200\)\./, data: { http_status: 200, probe_error: null } },
    { label: "answers after a redirect to a 2xx (the final status)", probe: { status: 204 }, status: "ok", detail: /HTTP 204/, data: { http_status: 204, probe_error: null } },
    { label: "answers 404", probe: { status: 404 }, status: "warning", detail: /answers HTTP 404: invited partners land on an error page/, data: { http_status: 404, probe_error: null } },
    { label: "answers 502", probe: { status: 502 }, status: "warning", detail: /HTTP 502/, data: { http_status: 502, probe_error: null } },
    { label: "does not answer", probe: { error: "connection refused" }, status: "warning", detail: /did not answer \(connection refused\): invited partners cannot sign up/, data: { http_status: null, probe_error: "connection refused" } },
  ] as const)("invitation_links: the page $label -> $status", ({ probe, status, detail, data }) => {
    const links = check(facts({ invitations: { backendUrl: "https://api.shop.example.com" }, invitation_probe: probe }), "invitation_links")
    expect(links.status).toBe(status)
    expect(links.detail).toMatch(detail)
    expect(links.detail).toContain("https://api.shop.example.com/affiliate-portal/accept-invitation")
    expect(links.data).toEqual({ url: "https://api.shop.example.com/affiliate-portal/accept-invitation", ...data })
  })

  it("invitation_links: a broken page leaves the program ready (a warning) and says what to fix where the link points", () => {
    const hosted = setupChecks(facts({ invitation_probe: { error: "host not found" } }))
    expect(hosted.ready).toBe(true)
    expect(hosted.checks.find((c) => c.id === "invitation_links")!.fix).toEqual({ label: expect.stringMatching(/MEDUSA_BACKEND_URL/), admin_path: null })
    const storefront = check(facts({ invitations: { storefrontUrl: "https://shop.example.com", invitationAcceptPath: "/join" }, invitation_probe: { status: 404 } }), "invitation_links")
    expect(storefront.fix.label).toMatch(/\/join on the storefront/)
  })

  it("invitation_links: the development fallback address is named as such", () => {
    expect(check(facts({ invitations: { backendUrl: "/" } }), "invitation_links").detail).toMatch(/MEDUSA_BACKEND_URL is not set/)
    expect(check(facts({ invitations: { backendUrl: "https://api.shop.example.com" } }), "invitation_links").detail).not.toMatch(/MEDUSA_BACKEND_URL/)
  })

  it("partners_authorized: the fix opens the partner waiting for a site, named", () => {
    const partners = check(
      facts({ partners: { active_external: 2, authorized_active_external: 0, first_unauthorized: { id: "aff_9", name: "Anna Outdoors" } } }),
      "partners_authorized"
    )
    expect(partners.status).toBe("warning")
    expect(partners.fix).toEqual({ label: "Authorize Anna Outdoors for a site", admin_path: "/affiliates/aff_9" })
    expect(partners.data).toEqual({ active_external: 2, authorized_active_external: 0, unauthorized_affiliate_id: "aff_9", unauthorized_affiliate_name: "Anna Outdoors" })
    // Without a name to offer, the generic fix.
    expect(check(facts({ partners: { active_external: 1, authorized_active_external: 0 } }), "partners_authorized").fix.admin_path).toBe("/affiliates")
  })

  it("ip_salt: unset is a warning explaining why", () => {
    const salt = check(facts({ ip_hash_salt_set: false }), "ip_salt")
    expect(salt.status).toBe("warning")
    expect(salt.detail).toMatch(/differ across processes and restarts/)
  })

  test.each([
    { label: "nothing seen", click: null, order: null, status: "warning", detail: "no click seen yet; no attributed order yet" },
    { label: "clicks but no order", click: "2026-12-05T10:00:00Z", order: null, status: "warning", detail: "no attributed order yet" },
    { label: "an order but no click (codes only)", click: null, order: "2026-12-05T10:00:00Z", status: "warning", detail: "no click seen yet" },
  ])("storefront_connected: $label -> $status", ({ click, order, status, detail }) => {
    const storefront = check(facts({ last_click_at: click, last_attributed_order_at: order }), "storefront_connected")
    expect(storefront.status).toBe(status)
    expect(storefront.detail).toBe(detail)
  })

  it("storefront_connected: both seen is ok with their times", () => {
    const storefront = check(facts({ last_click_at: new Date("2026-12-05T10:00:00Z"), last_attributed_order_at: "2026-12-05T11:00:00Z" }), "storefront_connected")
    expect(storefront.status).toBe("ok")
    expect(storefront.data).toEqual({ last_click_at: "2026-12-05T10:00:00.000Z", last_attributed_order_at: "2026-12-05T11:00:00.000Z" })
  })
})
