/**
 * Date fields of the Pay screens. An operator picks whole days in their own
 * time zone; the API takes instants, so a day becomes the instant it starts
 * (or, for an inclusive end, the instant the next day starts).
 */

const DAY = /^\d{4}-\d{2}-\d{2}$/

export const isDay = (value: string | undefined): value is string => !!value && DAY.test(value)

/** Local midnight at the start of `day` (YYYY-MM-DD) as an ISO instant. */
export function dayStart(day: string): string {
  return new Date(`${day}T00:00:00`).toISOString()
}

/** Local midnight after `day`: "up to and including that day". */
export function dayEnd(day: string): string {
  const date = new Date(`${day}T00:00:00`)
  date.setDate(date.getDate() + 1)
  return date.toISOString()
}

/** The local day (YYYY-MM-DD) of an instant, for a date input. */
export function localDay(value: string | Date | null | undefined): string {
  if (!value) {
    return ""
  }
  const date = new Date(value)
  if (isNaN(date.getTime())) {
    return ""
  }
  const pad = (n: number) => String(n).padStart(2, "0")
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`
}

/** The local day an exclusive end instant closes: the day before local midnight. */
export function localDayBefore(value: string | null | undefined): string {
  if (!value) {
    return ""
  }
  const date = new Date(value)
  return isNaN(date.getTime()) ? "" : localDay(new Date(date.getTime() - 1))
}
