import { createStep, createWorkflow, StepResponse, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createAffiliateRecordsStep, updateAffiliateRecordsStep } from "../steps/records"
import { affiliateService, loadProgram } from "../steps/load"
import { conflict } from "../steps/errors"

export type ProgramInput = {
  name?: string
  handle?: string
  description?: string | null
  is_default?: boolean
  registration_mode?: "open" | "invite" | "closed"
  auto_approve?: boolean
  agreement_text?: string | null
  agreement_version?: string | null
  attribution_model?: "first_touch" | "last_touch"
  attribution_window_days?: number
  hold_days?: number
  payout_minimums?: Record<string, number>
  timezone?: string
  help_center?: { entries: { question: string; answer: string }[] }
  metadata?: Record<string, unknown> | null
}

const checkProgramHandleStep = createStep(
  "check-affiliate-program-handle",
  async (input: { handle?: string; id?: string; is_default?: boolean }, { container }) => {
    const svc = affiliateService(container)
    if (input.handle) {
      const [clash] = await svc.listAffiliatePrograms({ handle: input.handle })
      if (clash && clash.id !== input.id) {
        throw conflict(`A program with the handle "${input.handle}" already exists.`)
      }
    }
    if (input.is_default === false && input.id) {
      const program = await loadProgram(container, input.id)
      if (program.is_default) {
        throw conflict("The default program stays the default; make another program the default instead.")
      }
    }
    return new StepResponse(true)
  }
)

/** Moves the default flag to the new default program (there is exactly one). */
const clearDefaultProgramStep = createStep(
  "clear-default-affiliate-program",
  async (input: { except?: string; enabled: boolean }, { container }) => {
    if (!input.enabled) return new StepResponse([] as string[], [] as string[])
    const svc = affiliateService(container)
    const current = await svc.listAffiliatePrograms({ is_default: true })
    const ids = current.map((p) => p.id).filter((id) => id !== input.except)
    if (ids.length) await svc.updateAffiliatePrograms(ids.map((id) => ({ id, is_default: false })))
    return new StepResponse(ids, ids)
  },
  async (ids, { container }) => {
    if (!ids?.length) return
    await affiliateService(container).updateAffiliatePrograms(ids.map((id) => ({ id, is_default: true })))
  }
)

export const createAffiliateProgramWorkflow = createWorkflow(
  "create-affiliate-program",
  (input: ProgramInput & { name: string; handle: string }) => {
    checkProgramHandleStep({ handle: input.handle, is_default: input.is_default })
    const clearInput = transform({ input }, ({ input }) => ({ enabled: !!input.is_default }))
    clearDefaultProgramStep(clearInput)
    const data = transform({ input }, ({ input }) => [input])
    const created = createAffiliateRecordsStep({ entity: "Program", data } as any)
    const program = transform({ created }, ({ created }) => created[0])
    return new WorkflowResponse(program)
  }
)

export const updateAffiliateProgramWorkflow = createWorkflow(
  "update-affiliate-program",
  (input: ProgramInput & { id: string }) => {
    checkProgramHandleStep({ handle: input.handle, id: input.id, is_default: input.is_default })
    const clearInput = transform({ input }, ({ input }) => ({ enabled: input.is_default === true, except: input.id }))
    clearDefaultProgramStep(clearInput)
    const data = transform({ input }, ({ input }) => [input])
    const updated = updateAffiliateRecordsStep({ entity: "Program", data } as any)
    const program = transform({ updated }, ({ updated }) => updated[0])
    return new WorkflowResponse(program)
  }
)
