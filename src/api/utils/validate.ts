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

function validate(part: "query" | "body", schema: z.ZodTypeAny) {
  const [prefix, target] = part === "query" ? ["Invalid query", "validatedQuery"] : ["Invalid request", "validatedBody"]
  return (req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) => {
    const parsed = schema.safeParse(req[part] ?? {})
    if (!parsed.success) {
      return next(new MedusaError(MedusaError.Types.INVALID_DATA, describeIssues(prefix, parsed.error.issues as any)))
    }
    ;(req as any)[target] = parsed.data
    next()
  }
}

/** Validates the query string of a route; the parsed result is `req.validatedQuery`. */
export const validateQuery = (schema: z.ZodTypeAny) => validate("query", schema)

/** Validates a JSON body; the parsed result is `req.validatedBody`. */
export const validateBody = (schema: z.ZodTypeAny) => validate("body", schema)
