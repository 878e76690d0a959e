import { MedusaError } from "@medusajs/framework/utils"

/** A refusal because of the current state of things: answered with 409. */
export function conflict(message: string): MedusaError {
  return new MedusaError(MedusaError.Types.CONFLICT, message)
}

/** Input that cannot be right whatever the state: answered with 400. */
export function invalid(message: string): MedusaError {
  return new MedusaError(MedusaError.Types.INVALID_DATA, message)
}

export function notFound(message: string): MedusaError {
  return new MedusaError(MedusaError.Types.NOT_FOUND, message)
}

/** The caller may not do this (403). */
export function forbidden(message: string): MedusaError {
  return new MedusaError(MedusaError.Types.FORBIDDEN, message)
}
