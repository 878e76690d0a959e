/**
 * The link in an invitation email. The token rides in the URL fragment
 * (`#token=...`): browsers never send a fragment to a server, so the token
 * stays out of access logs, proxies and Referer headers. The accept page reads
 * it in the browser and POSTs it.
 */
export function invitationLink(storefrontUrl: string, acceptPath: string, token: string): string {
  const url = new URL(`${storefrontUrl.replace(/\/$/, "")}${acceptPath}`)
  url.hash = new URLSearchParams({ token }).toString()
  return url.toString()
}

/** The token of an invitation link, read from its fragment. */
export function tokenFromInvitationLink(link: string): string | null {
  return new URLSearchParams(new URL(link).hash.replace(/^#/, "")).get("token")
}
