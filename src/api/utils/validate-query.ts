import { MedusaError } from "@medusajs/framework/utils"
import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { z } from "@medusajs/framework/zod"

/** Names the field and the problem: "Invalid query: limit: Too big: expected number to be <=200". */
export function describeIssues(prefix: string, issues: { path: PropertyKey[]; message: string; code?: string; keys?: string[] }[]) {
  return `${prefix}: ${issues
    .map((i) => {
      if (i.code === "unrecognized_keys" && i.keys) return `unknown field(s) ${i.keys.join(", ")}`
      return `${i.path.map(String).join(".") || "(root)"}: ${i.message}`
    })
    .join("; ")}`
}

/** Validates the query string of a route; the parsed result is `req.validatedQuery`. */
export function validateQuery(schema: z.ZodTypeAny) {
  return (req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) => {
    const parsed = schema.safeParse(req.query ?? {})
    if (!parsed.success) {
      return next(new MedusaError(MedusaError.Types.INVALID_DATA, describeIssues("Invalid query", parsed.error.issues as any)))
    }
    ;(req as any).validatedQuery = parsed.data
    next()
  }
}

/** Validates a JSON body; the parsed result is `req.validatedBody`. */
export function validateBody(schema: z.ZodTypeAny) {
  return (req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) => {
    const parsed = schema.safeParse(req.body ?? {})
    if (!parsed.success) {
      return next(new MedusaError(MedusaError.Types.INVALID_DATA, describeIssues("Invalid request", parsed.error.issues as any)))
    }
    ;(req as any).validatedBody = parsed.data
    next()
  }
}
