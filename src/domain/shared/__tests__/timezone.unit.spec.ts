import { isValidTimezone } from "../timezone"

describe("isValidTimezone", () => {
  it.each([
    "UTC",
    "Europe/Berlin",
    "America/New_York",
    "America/Argentina/Buenos_Aires",
    "Asia/Kolkata",
    "Australia/Lord_Howe",
    "Pacific/Chatham",
    "Etc/GMT+5",
  ])("accepts %j", (tz) => {
    expect(isValidTimezone(tz)).toBe(true)
  })

  it.each([
    ["empty", ""],
    ["unknown zone", "Foo/Bar"],
    ["typo", "Europe/Berlinn"],
    ["a city without its region", "Berlin"],
    ["free text", "central european time"],
    ["path-like garbage", "../../etc/passwd"],
    ["65 characters", "A".repeat(65)],
    ["a valid name padded beyond 64 characters", `Europe/Berlin${" ".repeat(60)}`],
  ])("rejects %s", (_name, tz) => {
    expect(isValidTimezone(tz)).toBe(false)
  })
})
