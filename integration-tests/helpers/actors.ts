import { createApiKeysWorkflow, createUserAccountWorkflow } from "@medusajs/medusa/core-flows"
import { Modules } from "@medusajs/framework/utils"
import type { MedusaContainer } from "@medusajs/framework/types"

/**
 * Real actors for HTTP tests: an admin user who logs in with email and
 * password, a publishable API key, and storefront customers who register and
 * sign in through Medusa's own auth routes.
 */
export type Headers = { headers: Record<string, string> }

export async function createAdminUser(container: MedusaContainer, api: any, email = "admin@test.local", password = "supersecret") {
  const auth = container.resolve(Modules.AUTH) as any
  const { authIdentity, error } = await auth.register("emailpass", { body: { email, password } })
  if (error) throw new Error(error)
  await createUserAccountWorkflow(container).run({
    input: { authIdentityId: authIdentity.id, userData: { email, first_name: "Ada", last_name: "Admin" } },
  })
  const { data } = await api.post("/auth/user/emailpass", { email, password })
  return { headers: { authorization: `Bearer ${data.token}` } } as Headers
}

export async function createPublishableKey(container: MedusaContainer) {
  const { result } = await createApiKeysWorkflow(container).run({
    input: { api_keys: [{ title: "Test storefront", type: "publishable", created_by: "test" }] },
  })
  return result[0].token as string
}

export async function registerCustomer(
  api: any,
  publishableKey: string,
  { email, password = "secret-pass-1", first_name = "Casey", last_name = "Customer" }: { email: string; password?: string; first_name?: string; last_name?: string }
) {
  const key = { "x-publishable-api-key": publishableKey }
  const registered = await api.post("/auth/customer/emailpass/register", { email, password })
  const customer = await api.post(
    "/store/customers",
    { email, first_name, last_name },
    { headers: { ...key, authorization: `Bearer ${registered.data.token}` } }
  )
  const login = await api.post("/auth/customer/emailpass", { email, password })
  return {
    customer: customer.data.customer as { id: string; email: string },
    headers: { headers: { ...key, authorization: `Bearer ${login.data.token}` } } as Headers,
  }
}

/** Axios throws on 4xx; tests want the response to look at. */
export async function attempt(call: Promise<any>) {
  try {
    return await call
  } catch (error: any) {
    if (error.response) return error.response
    throw error
  }
}
