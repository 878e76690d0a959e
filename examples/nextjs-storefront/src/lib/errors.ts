/** The message of a Medusa error (the SDK throws FetchError with the server's message) or a plain one. */
export function messageOf(error: unknown, fallback = "Something went wrong. Try again."): string {
  if (error && typeof error === "object" && "message" in error && typeof error.message === "string" && error.message) return error.message
  return fallback
}
