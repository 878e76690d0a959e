import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { affiliateService, loadProgram } from "../../../../workflows/steps/load"
import { presentPartnerSite, presentProgram } from "../presenters"

/** The program's public terms and sites, for the "become a partner" page. */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const { program_id } = (req as any).validatedQuery as { program_id?: string }
  const program = await loadProgram(req.scope, program_id)
  const sites = await affiliateService(req.scope).listAffiliateSites(
    { program_id: program.id, status: "active" },
    { select: ["id", "name", "domain", "landing_url", "locale"], order: { name: "ASC" } }
  )
  res.json({ program: presentProgram(program), sites: sites.map(presentPartnerSite) })
}
