const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: "medium" })
const dateTimeFormat = new Intl.DateTimeFormat(undefined, {
  dateStyle: "medium",
  timeStyle: "short",
})

export function formatDate(value: string | Date | null | undefined): string {
  if (!value) {
    return "-"
  }
  const date = new Date(value)
  return isNaN(date.getTime()) ? "-" : dateFormat.format(date)
}

export function formatDateTime(value: string | Date | null | undefined): string {
  if (!value) {
    return "-"
  }
  const date = new Date(value)
  return isNaN(date.getTime()) ? "-" : dateTimeFormat.format(date)
}

/** The js-sdk throws a FetchError whose message is the server's own message. */
export function errorMessage(error: unknown): string {
  if (error instanceof Error && error.message) {
    return error.message
  }
  return "Something went wrong. Please try again."
}

/** Renders any JSON value from a free-form field (business details, payout details). */
export function displayValue(value: unknown): string {
  if (value === null || value === undefined || value === "") {
    return "-"
  }
  if (typeof value === "string") {
    return value
  }
  if (typeof value === "number" || typeof value === "boolean") {
    return String(value)
  }
  if (Array.isArray(value)) {
    return value.map(displayValue).join(", ")
  }
  return JSON.stringify(value)
}

/** Empty form fields are left out rather than sent as "", so the server keeps its defaults. */
export function blankToUndefined(value: string): string | undefined {
  const trimmed = value.trim()
  return trimmed === "" ? undefined : trimmed
}

/** For updates, an emptied field means "clear it". */
export function blankToNull(value: string): string | null {
  const trimmed = value.trim()
  return trimmed === "" ? null : trimmed
}

export function splitList(value: string): string[] {
  return value
    .split(",")
    .map((part) => part.trim())
    .filter(Boolean)
}

/** True for IANA zone names the browser knows, e.g. "Europe/Berlin" or "UTC". */
export function isValidTimezone(value: string): boolean {
  try {
    new Intl.DateTimeFormat(undefined, { timeZone: value })
    return true
  } catch {
    return false
  }
}

/** The name of the record with this id in a loaded list; the id while it is not there, "-" for none. */
export function nameById(
  records: { id: string; name: string }[] | undefined,
  id: string | null | undefined
): string {
  return id ? records?.find((record) => record.id === id)?.name ?? id : "-"
}
