import { MedusaError } from "@medusajs/framework/utils"
import type { AuthenticatedMedusaRequest } from "@medusajs/framework/http"

/**
 * Medusa answers its CONFLICT errors with a generic text. Partners and
 * operators need the real reason ("This invitation has expired"), so routes
 * turn conflicts into 409 answers that keep the message.
 */
function httpError(status: number, message: string) {
  return Object.assign(new Error(message), { status, statusCode: status, expose: true })
}

export async function answering<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work()
  } catch (error: any) {
    const type = error?.type
    if (type === MedusaError.Types.CONFLICT || type === MedusaError.Types.DUPLICATE_ERROR) {
      throw httpError(409, error.message)
    }
    throw error
  }
}

/** Runs a workflow from a route and returns its result, with readable 409s. */
export async function runWorkflow<I>(
  workflow: (container: any) => { run: (args: { input: I }) => Promise<{ result: unknown }> },
  req: { scope: unknown },
  input: I
): Promise<any> {
  return answering(async () => (await workflow(req.scope).run({ input })).result)
}

export function actorId(req: AuthenticatedMedusaRequest): string | null {
  return req.auth_context?.actor_id ?? null
}

export function notFound(message: string) {
  return new MedusaError(MedusaError.Types.NOT_FOUND, message)
}

/** Who did it, as the ledger and audit trails record it: "user:<id>" for an admin. */
export function actorRef(req: AuthenticatedMedusaRequest): string {
  const id = actorId(req)
  return id ? `user:${id}` : "admin"
}
