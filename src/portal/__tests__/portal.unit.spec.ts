import { Script } from "node:vm"
import { PORTAL_ASSETS, PORTAL_CSS, PORTAL_JS, jsonForScript, renderMissingKeyPage, renderPortalPage } from ".."

describe("hosted partner portal page", () => {
  it("ships a script that parses", () => {
    expect(() => new Script(PORTAL_JS, { filename: "app.js" })).not.toThrow()
  })

  it("builds the DOM from text, never from HTML strings", () => {
    expect(PORTAL_JS).not.toMatch(/innerHTML|outerHTML|insertAdjacentHTML|document\.write/)
  })

  it("injects the publishable key as inert JSON and loads versioned assets", () => {
    const html = renderPortalPage({ publishableKey: "pk_</script><script>alert(1)</script>" })
    expect(html).not.toContain("</script><script>alert(1)")
    expect(html).toContain('<script id="portal-config" type="application/json">')
    expect(html).toContain(`/affiliate-portal/app.js?v=${PORTAL_ASSETS.script.version}`)
    expect(html).toContain(`/affiliate-portal/styles.css?v=${PORTAL_ASSETS.styles.version}`)
    const json = html.match(/<script id="portal-config" type="application\/json">(.*?)<\/script>/)![1]
    expect(JSON.parse(json).publishableKey).toBe("pk_</script><script>alert(1)</script>")
  })

  it("escapes JSON for a script element", () => {
    expect(jsonForScript({ a: "<&>\u2028" })).toBe('{"a":"\\u003c\\u0026\\u003e\\u2028"}')
  })

  it("tells the operator where to create a publishable key", () => {
    expect(renderMissingKeyPage()).toContain("Settings &gt; Publishable API Keys")
  })

  it("shows real earnings and payouts instead of promising them for later", () => {
    expect(PORTAL_JS).not.toMatch(/once the program starts paying|will show here once/i)
    for (const route of ["/store/affiliate/me/balance", "/store/affiliate/me/commissions", "/store/affiliate/me/payouts"]) {
      expect(PORTAL_JS).toContain(route)
    }
  })

  it("has styles and content-hashed versions", () => {
    expect(PORTAL_CSS).toContain(".badge")
    expect(PORTAL_ASSETS.script.version).toMatch(/^[0-9a-f]{12}$/)
  })
})
