import Medusa from "@medusajs/js-sdk"

// The admin runs on the same origin as the Medusa server, so "/" works in
// production; VITE_BACKEND_URL covers the separate dev server.
export const sdk = new Medusa({
  baseUrl: import.meta.env.VITE_BACKEND_URL || "/",
  debug: import.meta.env.DEV,
  auth: {
    type: "session",
  },
})
