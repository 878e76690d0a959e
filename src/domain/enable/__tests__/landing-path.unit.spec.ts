import { checkLandingPath } from "../landing-path"

const NOT_A_PATH = "landing_path must be a path on the site, such as /summer-sale (starting with a single /)."

describe("checkLandingPath", () => {
  it.each(["/", "/summer-sale", "/de/products/trail-backpack", "/search?q=boots&page=2", "/p/%20x", "/https://evil.com"])(
    "accepts the site path %j",
    (path) => {
      expect(checkLandingPath(path)).toBeNull()
    }
  )

  it.each([
    { label: "an absolute URL", path: "https://evil.com" },
    { label: "a protocol-relative URL", path: "//evil.com" },
    { label: "a protocol-relative URL with a path", path: "//evil.com/x" },
    { label: "a javascript: URL", path: "javascript:alert(1)" },
    { label: "a relative path", path: "summer" },
    { label: "an empty string", path: "" },
  ])("refuses $label as not a path", ({ path }) => {
    expect(checkLandingPath(path)).toBe(NOT_A_PATH)
  })

  it.each([
    { label: "a backslash host (browsers read /\\ as //)", path: "/\\evil.com" },
    { label: "a space", path: "/summer sale" },
    { label: "a tab", path: "/summer\tsale" },
    { label: "a control character", path: "/summer\u0001" },
    { label: "a C1 control character", path: "/summer\u0085" },
  ])("refuses $label inside the path", ({ path }) => {
    expect(checkLandingPath(path)).toBe("landing_path must not contain spaces, control characters or backslashes.")
  })

  it("bounds the length at 512 characters", () => {
    expect(checkLandingPath(`/${"a".repeat(511)}`)).toBeNull()
    expect(checkLandingPath(`/${"a".repeat(512)}`)).toBe("landing_path has at most 512 characters.")
  })
})
