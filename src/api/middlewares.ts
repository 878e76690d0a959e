import { authenticate, defineMiddlewares } from "@medusajs/framework/http"
import { validateBody, validateQuery } from "./utils/validate"
import * as programs from "./admin/affiliate-programs/validators"
import * as affiliates from "./admin/affiliates/validators"
import * as authorizations from "./admin/affiliate-site-authorizations/validators"
import * as invitations from "./admin/affiliate-invitations/validators"
import * as sites from "./admin/affiliate-sites/validators"
import * as referrals from "./admin/affiliate-referrals/validators"
import * as vouchers from "./admin/affiliate-vouchers/validators"
import * as setup from "./admin/affiliate-setup/validators"
import * as store from "./store/affiliate/validators"
import { trackRoutes } from "./middleware-groups/track"
import { reportRoutes } from "./middleware-groups/reports"
import { payRoutes } from "./middleware-groups/pay"
import { promotionFieldRoutes } from "./middleware-groups/promotion-field"
import { codeRequestRoutes } from "./middleware-groups/code-requests"
import { selfServiceRoutes } from "./middleware-groups/self-service"
import { externalPartnerRoutes } from "./middleware-groups/external-partners"
import { guardInput, PLUGIN_ROUTE_PREFIXES } from "./utils/input-guard"

const customer = authenticate("customer", ["session", "bearer"])

/*
 * Every body and query is validated here, before a route runs: a refused
 * request never reaches a workflow, so it changes nothing.
 * Admin routes are authenticated by Medusa for every /admin path.
 */
export default defineMiddlewares({
  routes: [
    // First on every plugin route: NUL bytes and broken encodings answer 400 before anything runs.
    ...PLUGIN_ROUTE_PREFIXES.map((matcher) => ({ matcher, middlewares: [guardInput] })),

    // Recruit: programs, partners, invitations
    { method: ["GET"], matcher: "/admin/affiliate-programs", middlewares: [validateQuery(programs.ListProgramsQuery)] },
    { method: ["POST"], matcher: "/admin/affiliate-programs", middlewares: [validateBody(programs.CreateProgram)] },
    { method: ["POST"], matcher: "/admin/affiliate-programs/:id", middlewares: [validateBody(programs.UpdateProgram)] },
    { method: ["GET"], matcher: "/admin/affiliates", middlewares: [validateQuery(affiliates.ListAffiliatesQuery)] },
    { method: ["POST"], matcher: "/admin/affiliates", middlewares: [validateBody(affiliates.CreateAffiliate)] },
    { method: ["POST"], matcher: "/admin/affiliates/:id", middlewares: [validateBody(affiliates.UpdateAffiliate)] },
    { method: ["POST"], matcher: "/admin/affiliates/:id/status", middlewares: [validateBody(affiliates.ChangeStatus)] },
    { method: ["GET"], matcher: "/admin/affiliates/:id/status-history", middlewares: [validateQuery(affiliates.ListStatusHistoryQuery)] },
    { method: ["POST"], matcher: "/admin/affiliates/:id/verify", middlewares: [validateBody(affiliates.Verify)] },
    { method: ["POST"], matcher: "/admin/affiliates/:id/site-authorizations", middlewares: [validateBody(affiliates.SetSiteAuthorization)] },
    { method: ["GET"], matcher: "/admin/affiliate-invitations", middlewares: [validateQuery(invitations.ListInvitationsQuery)] },
    { method: ["POST"], matcher: "/admin/affiliate-invitations", middlewares: [validateBody(invitations.CreateInvitation)] },
    { method: ["GET"], matcher: "/admin/affiliate-setup", middlewares: [validateQuery(setup.SetupQuery)] },

    // Enable: sites, authorizations, referrals, vouchers
    { method: ["POST"], matcher: "/admin/affiliate-site-authorizations/:id", middlewares: [validateBody(authorizations.UpdateSiteAuthorization)] },
    { method: ["GET"], matcher: "/admin/affiliate-sites", middlewares: [validateQuery(sites.ListSitesQuery)] },
    { method: ["POST"], matcher: "/admin/affiliate-sites", middlewares: [validateBody(sites.CreateSite)] },
    { method: ["POST"], matcher: "/admin/affiliate-sites/:id", middlewares: [validateBody(sites.UpdateSite)] },
    { method: ["GET"], matcher: "/admin/affiliate-referrals", middlewares: [validateQuery(referrals.ListReferralsQuery)] },
    { method: ["POST"], matcher: "/admin/affiliate-referrals", middlewares: [validateBody(referrals.CreateReferral)] },
    { method: ["POST"], matcher: "/admin/affiliate-referrals/:id", middlewares: [validateBody(referrals.UpdateReferral)] },
    { method: ["GET"], matcher: "/admin/affiliate-vouchers", middlewares: [validateQuery(vouchers.ListVouchersQuery)] },
    { method: ["POST"], matcher: "/admin/affiliate-vouchers", middlewares: [validateBody(vouchers.CreateVoucher)] },
    { method: ["POST"], matcher: "/admin/affiliate-vouchers/:id", middlewares: [validateBody(vouchers.UpdateVoucher)] },
    { method: ["POST"], matcher: "/admin/affiliate-vouchers/:id/aliases", middlewares: [validateBody(vouchers.AddAlias)] },
    { method: ["POST"], matcher: "/admin/affiliate-vouchers/:id/codes/:code_id", middlewares: [validateBody(vouchers.SetCodeStatus)] },

    // Partner side (storefront / portal)
    { method: ["GET"], matcher: "/store/affiliate/program", middlewares: [validateQuery(store.ProgramQuery)] },
    { method: ["POST"], matcher: "/store/affiliate/invitations/lookup", middlewares: [validateBody(store.LookupInvitation)] },
    { method: ["POST"], matcher: "/store/affiliate/apply", middlewares: [customer, validateBody(store.Apply)] },
    { method: ["POST"], matcher: "/store/affiliate/invitations/accept", middlewares: [customer, validateBody(store.AcceptInvitation)] },
    { method: ["GET"], matcher: "/store/affiliate/me", middlewares: [customer, validateQuery(store.ProgramQuery)] },
    { method: ["POST"], matcher: "/store/affiliate/me", middlewares: [customer, validateBody(store.UpdateMe)] },
    { method: ["POST"], matcher: "/store/affiliate/me/site-authorizations", middlewares: [customer, validateBody(store.RequestSite)] },

    ...trackRoutes,
    ...reportRoutes,
    ...payRoutes,
    ...promotionFieldRoutes,
    ...codeRequestRoutes,
    ...selfServiceRoutes,
    ...externalPartnerRoutes,
  ],
})
