/**
 * What the demo store contains. The seed (seed-demo.ts) turns this into
 * records through Medusa's and the plugin's workflows; every entry has a
 * natural key (name, handle, email, slug, code) so a second run finds it.
 */

export const DEMO_PASSWORD = "partnerpass"

export const CURRENCIES = [
  { currency_code: "eur", is_default: true },
  { currency_code: "usd" },
]

export const REGIONS = [
  { name: "Europe", currency_code: "eur", countries: ["de", "at", "dk", "se", "fi", "fr", "it", "nl"] },
  { name: "United States", currency_code: "usd", countries: ["us"] },
]

type SiteSeed = {
  /** The sales channel's name, also the site's unless `name` is given. */
  channel: string
  name?: string
  description: string
  domain: string
  landing_url: string
  locale: string
}

/** Sales channels that the plugin treats as sites (a domain and brand each). */
export const SITES: SiteSeed[] = [
  {
    channel: "Nordic Outdoor",
    description: "Scandinavian storefront for hiking and camping gear",
    domain: "nordic.example.com",
    landing_url: "https://nordic.example.com/",
    locale: "en-SE",
  },
  {
    channel: "Alpine Gear",
    description: "Storefront for mountaineering and ski touring in the Alps",
    domain: "alpine.example.com",
    landing_url: "https://alpine.example.com/",
    locale: "de-AT",
  },
]

/**
 * The example Next.js storefront (examples/nextjs-storefront, `npm run dev` on
 * port 8000): a site on a sales channel of its own, with a publishable key
 * linked to that channel only (Medusa refuses a cart made with only a region
 * when the key has several channels). The demo writes the storefront's
 * .env.local with that key.
 */
export const EXAMPLE_SITE: SiteSeed = {
  channel: "Example storefront",
  name: "Acme storefront (example)",
  description: "The example Next.js storefront in examples/nextjs-storefront, on localhost:8000",
  domain: "localhost:8000",
  landing_url: "http://localhost:8000/de",
  locale: "de-DE",
}

export const EXAMPLE_STOREFRONT = {
  publishable_key_title: "Example storefront",
  /** The country of the storefront's default URL (/de): a demo region must include it. */
  country: "de",
  url: "http://localhost:8000/de",
  /** Anna's link and code on it (see AFFILIATES). */
  partner: "anna",
  referral: "anna-example",
  code: "ACME15",
  alias: "ANNA-ACME",
}

/** Every site of the demo: the two shops, then the example storefront. */
export const ALL_SITES: SiteSeed[] = [...SITES, EXAMPLE_SITE]

export const STOCK_LOCATION = {
  name: "Central Warehouse",
  address: { city: "Hamburg", country_code: "DE", address_1: "Hafenstrasse 1", postal_code: "20359" },
}

type ProductSeed = {
  title: string
  handle: string
  description: string
  option: { title: string; values: string[] }
  eur: number
  usd: number
}

export const PRODUCTS: ProductSeed[] = [
  {
    title: "Fjord 30L Daypack",
    handle: "fjord-30l-daypack",
    description: "A light, weatherproof daypack with a ventilated back panel.",
    option: { title: "Color", values: ["Slate", "Moss"] },
    eur: 89,
    usd: 99,
  },
  {
    title: "Merino Base Layer",
    handle: "merino-base-layer",
    description: "Soft 200 g/m² merino wool that stays warm when wet.",
    option: { title: "Size", values: ["S", "M", "L"] },
    eur: 69,
    usd: 75,
  },
  {
    title: "Summit Trekking Poles",
    handle: "summit-trekking-poles",
    description: "Carbon trekking poles that fold to 38 cm.",
    option: { title: "Size", values: ["One size"] },
    eur: 59,
    usd: 65,
  },
  {
    title: "Alpine Down Jacket",
    handle: "alpine-down-jacket",
    description: "800-fill down jacket for cold belays and winter summits.",
    option: { title: "Size", values: ["S", "M", "L"] },
    eur: 249,
    usd: 279,
  },
  {
    title: "Trail Running Shoes",
    handle: "trail-running-shoes",
    description: "Grippy, cushioned shoes for technical trails.",
    option: { title: "Size", values: ["40", "42", "44"] },
    eur: 139,
    usd: 149,
  },
  {
    title: "Insulated Bottle 750 ml",
    handle: "insulated-bottle-750",
    description: "Keeps drinks hot for 12 hours or cold for 24.",
    option: { title: "Color", values: ["Snow", "Forest"] },
    eur: 29,
    usd: 32,
  },
]

export const PUBLISHABLE_KEY_TITLE = "Affiliate demo storefront"

export const PROGRAM = {
  registration_mode: "open" as const,
  auto_approve: false,
  agreement_version: "v1",
  agreement_text: [
    "Partner agreement, version 1.",
    "1. Promote the store honestly and disclose the partnership in every post, video or newsletter (#ad / #partner).",
    "2. Do not bid on the store's brand names in paid search, and do not use coupon or cashback sites.",
    "3. Commissions are earned on orders placed within 30 days of a referral and become payable after a 14-day hold, once returns are settled.",
    "4. Payouts are made monthly by bank transfer or PayPal once the approved balance reaches 50 EUR or 50 USD.",
    "5. The store may suspend or end the partnership when these terms are broken; earned, approved commissions are still paid.",
  ].join("\n"),
  attribution_model: "last_touch" as const,
  attribution_window_days: 30,
  hold_days: 14,
  payout_minimums: { eur: 50, usd: 50 },
  timezone: "Europe/Berlin",
  help_center: {
    entries: [
      {
        question: "How do I get my referral link?",
        answer: "Open Links & codes in the portal. Every referral (channel) has its own link; share the one that matches where you post.",
      },
      {
        question: "How long do I get credit for a click?",
        answer: "30 days. If the shopper orders within 30 days of clicking your link or using your code, the order is yours (the last partner wins).",
      },
      {
        question: "When are commissions paid?",
        answer: "A commission is held for 14 days so returns can settle, then approved. Approved commissions are paid monthly once the balance reaches 50 EUR / 50 USD.",
      },
      {
        question: "Can I see who my referred customers are?",
        answer: "No. Referred customers are shown anonymised: a pseudonym, dates, site and the link, code or UTM context, never personal details.",
      },
      {
        question: "Which sites may I promote?",
        answer: "Sites you are authorized for are listed in the portal. Request another site there; the store decides.",
      },
    ],
  },
}

type StatusStep = { to: "active" | "suspended" | "disabled" | "rejected" | "pending"; reason: string }

type ReferralSeed = {
  name: string
  slug: string
  site?: string
  landing_path?: string
  utm_source: string
  utm_medium: string
  utm_campaign: string
}

type VoucherSeed = {
  referral: string
  code: string
  aliases?: string[]
  description: string
  incentive?: { type: "percentage"; value: number }
}

export type AffiliateSeed = {
  key: string
  kind: "external" | "internal"
  name: string
  email?: string
  /** How the account comes to exist. */
  route: "login-application" | "login-invitation" | "application" | "admin"
  /** The storefront customer behind the account; `login-*` routes also get a password. */
  customer?: { first_name: string; last_name: string }
  details?: {
    company_name?: string
    phone?: string
    website?: string
    business_details?: Record<string, unknown>
    payout_method?: "bank_transfer" | "paypal"
    payout_details?: Record<string, unknown>
    timezone?: string
  }
  /** Status moves after the account is opened, each with its reason. */
  path: StatusStep[]
  /** Steps of `path` to take before the referrals and codes are made (the rest after). */
  path_before_enable?: number
  verify?: boolean
  sites?: Record<string, "approved" | "requested" | "revoked">
  referrals?: ReferralSeed[]
  vouchers?: VoucherSeed[]
}

export const AFFILIATES: AffiliateSeed[] = [
  {
    key: "anna",
    kind: "external",
    name: "Anna Berg",
    email: "anna@medusa-affiliate.test",
    route: "login-application",
    customer: { first_name: "Anna", last_name: "Berg" },
    details: {
      company_name: "Berg Outdoor Media",
      website: "https://instagram.com/anna.outdoors",
      phone: "+46 70 123 45 67",
      business_details: { audience: "Hikers in Scandinavia, 48k Instagram followers", channels: ["instagram", "newsletter"], expected_orders_per_month: 40 },
      payout_method: "bank_transfer",
      payout_details: { account_holder: "Anna Berg", iban: "SE45 5000 0000 0583 9825 7466", bic: "ESSESESS" },
      timezone: "Europe/Stockholm",
    },
    path: [{ to: "active", reason: "Audience and content checked: outdoor photography, fits both sites." }],
    verify: true,
    sites: { "Nordic Outdoor": "approved", "Alpine Gear": "approved", "Example storefront": "approved" },
    referrals: [
      { name: "Instagram", slug: "anna-instagram", site: "Nordic Outdoor", landing_path: "/summer-sale", utm_source: "instagram", utm_medium: "social", utm_campaign: "summer-sale" },
      { name: "Newsletter", slug: "anna-newsletter", site: "Nordic Outdoor", utm_source: "newsletter", utm_medium: "email", utm_campaign: "monthly-picks" },
      { name: "Alpine stories", slug: "anna-alpine", site: "Alpine Gear", landing_path: "/touring", utm_source: "instagram", utm_medium: "social", utm_campaign: "ski-touring" },
      // The link to try against the example storefront (no demo traffic: it starts empty).
      { name: "Example storefront", slug: "anna-example", site: "Example storefront", landing_path: "/de", utm_source: "instagram", utm_medium: "social", utm_campaign: "example-storefront" },
    ],
    vouchers: [
      { referral: "anna-instagram", code: "ANNA10", aliases: ["ANNA", "ANNABERG"], description: "10 % off for Anna's followers", incentive: { type: "percentage", value: 10 } },
      { referral: "anna-newsletter", code: "ANNA-NEWS", description: "Newsletter readers (tracking only, no discount)" },
      { referral: "anna-example", code: "ACME15", aliases: ["ANNA-ACME"], description: "15 % off in the example storefront", incentive: { type: "percentage", value: 15 } },
    ],
  },
  {
    key: "ben",
    kind: "external",
    name: "Ben Okafor",
    email: "ben@medusa-affiliate.test",
    route: "login-invitation",
    customer: { first_name: "Ben", last_name: "Okafor" },
    details: {
      company_name: "Trail Talk Podcast",
      website: "https://youtube.com/@trailtalk",
      business_details: { audience: "Trail runners, 22k YouTube subscribers, weekly podcast", channels: ["youtube", "podcast"] },
      payout_method: "paypal",
      payout_details: { paypal_email: "ben@medusa-affiliate.test" },
      timezone: "Europe/Vienna",
    },
    path: [],
    sites: { "Nordic Outdoor": "approved", "Alpine Gear": "requested" },
    referrals: [
      { name: "YouTube", slug: "ben-youtube", site: "Nordic Outdoor", landing_path: "/trail-running", utm_source: "youtube", utm_medium: "video", utm_campaign: "gear-reviews" },
      { name: "Podcast", slug: "ben-podcast", utm_source: "podcast", utm_medium: "audio", utm_campaign: "trail-talk" },
    ],
    vouchers: [{ referral: "ben-podcast", code: "TRAILTALK", aliases: ["TRAIL-TALK"], description: "Code read out in the podcast" }],
  },
  {
    key: "lena",
    kind: "external",
    name: "Lena Fischer",
    email: "lena.fischer@example.com",
    route: "application",
    customer: { first_name: "Lena", last_name: "Fischer" },
    details: {
      website: "https://lenaklettert.example.com",
      business_details: { audience: "Climbing blog, 6k monthly readers", channels: ["blog"] },
      timezone: "Europe/Berlin",
    },
    path: [],
  },
  {
    key: "dealhunter",
    kind: "external",
    name: "Dealhunter Network",
    email: "partners@dealhunter.example.com",
    route: "application",
    customer: { first_name: "Dealhunter", last_name: "Network" },
    details: {
      company_name: "Dealhunter Network Ltd",
      website: "https://dealhunter.example.com",
      business_details: { audience: "Coupon and cashback aggregator", channels: ["coupons"] },
    },
    path: [{ to: "rejected", reason: "Coupon and cashback sites are excluded by section 2 of the partner agreement." }],
  },
  {
    key: "marco",
    kind: "external",
    name: "Marco Rossi",
    email: "marco@rossimedia.example.com",
    route: "admin",
    details: {
      company_name: "Rossi Media",
      website: "https://rossimedia.example.com",
      payout_method: "bank_transfer",
      payout_details: { account_holder: "Rossi Media SRL", iban: "IT60 X054 2811 1010 0000 0123 456" },
      timezone: "Europe/Rome",
    },
    path: [{ to: "suspended", reason: "Traffic quality review: click spikes from a single network. Paused until clarified." }],
    path_before_enable: 0,
    sites: { "Alpine Gear": "revoked" },
    referrals: [{ name: "Display ads", slug: "rossi-display", site: "Alpine Gear", utm_source: "display", utm_medium: "banner", utm_campaign: "winter-deals" }],
  },
  {
    key: "peak",
    kind: "external",
    name: "Peak Performance Blog",
    email: "hello@peakblog.example.com",
    route: "admin",
    details: { website: "https://peakblog.example.com", payout_method: "paypal", payout_details: { paypal_email: "hello@peakblog.example.com" } },
    path: [
      { to: "suspended", reason: "Undisclosed sponsored posts reported by a customer." },
      { to: "active", reason: "Posts now carry #partner disclosures; reinstated." },
    ],
    sites: { "Alpine Gear": "approved" },
    referrals: [{ name: "Blog", slug: "peak-blog", site: "Alpine Gear", utm_source: "peakblog", utm_medium: "referral", utm_campaign: "gear-guides" }],
  },
  {
    key: "sofia",
    kind: "external",
    name: "Sofia Lindqvist",
    email: "sofia@example.com",
    route: "admin",
    details: { website: "https://sofiahikes.example.com", timezone: "Europe/Helsinki" },
    // Her links existed before the partnership ended; they stay for the history.
    path: [{ to: "disabled", reason: "Partnership ended at the partner's request." }],
    path_before_enable: 0,
    sites: { "Nordic Outdoor": "approved" },
    referrals: [{ name: "TikTok", slug: "sofia-tiktok", site: "Nordic Outdoor", utm_source: "tiktok", utm_medium: "social", utm_campaign: "hike-week" }],
  },
  {
    key: "facebook",
    kind: "internal",
    name: "Facebook campaigns",
    route: "admin",
    path: [],
    sites: { "Nordic Outdoor": "approved", "Alpine Gear": "approved" },
    referrals: [
      { name: "Spring prospecting", slug: "fb-spring-prospecting", site: "Nordic Outdoor", utm_source: "facebook", utm_medium: "paid-social", utm_campaign: "spring-prospecting" },
      { name: "Retargeting", slug: "fb-retargeting", utm_source: "facebook", utm_medium: "paid-social", utm_campaign: "retargeting" },
    ],
  },
  {
    key: "google",
    kind: "internal",
    name: "Google Ads",
    route: "admin",
    path: [],
    sites: { "Nordic Outdoor": "approved", "Alpine Gear": "approved" },
    referrals: [
      { name: "Brand search", slug: "gads-brand", utm_source: "google", utm_medium: "cpc", utm_campaign: "brand" },
      { name: "Shopping", slug: "gads-shopping", site: "Alpine Gear", utm_source: "google", utm_medium: "cpc", utm_campaign: "shopping-alpine" },
    ],
  },
  {
    key: "content",
    kind: "internal",
    name: "Content team",
    route: "admin",
    path: [],
    sites: { "Nordic Outdoor": "approved", "Alpine Gear": "approved" },
    referrals: [{ name: "Trail guides", slug: "content-trail-guides", site: "Nordic Outdoor", landing_path: "/guides", utm_source: "blog", utm_medium: "content", utm_campaign: "trail-guides" }],
    vouchers: [{ referral: "content-trail-guides", code: "TRAILGUIDE", description: "Printed in the trail guide booklets" }],
  },
]

/** Invitations: Ben's (accepted during the seed) comes from AFFILIATES; this one stays open. */
export const OPEN_INVITATION = {
  email: "nora@medusa-affiliate.test",
  name: "Nora Lind",
  message: "Hi Nora, we loved your ski touring videos. Join our partner program?",
}

/*
 * Traffic of the six weeks before the seed (demo-traffic.ts turns this into
 * clicks, registrations and orders). Rates are visits per weekday; every
 * visit is one click, sometimes followed by repeat clicks within the hour.
 */

/** How a channel's traffic shifts on weekends: social media peaks, search, email and display dip. */
export type TrafficRhythm = "social" | "search" | "email" | "display" | "blog"

export type TrafficProfile = {
  /** Visits on an ordinary weekday. */
  daily: number
  rhythm: TrafficRhythm
  /** Where the visitors come from (the Referer host), null for apps and email clients. */
  referrers: (string | null)[]
  /** Bursts: a newsletter sent, a video published, a paid flight (days ago, extra visits, hour UTC it starts). */
  spikes?: { days_ago: number; visits: number; hour: number; decay_days?: number }[]
  /** Weekly bursts, e.g. a podcast episode (0 = Sunday). */
  weekly?: { weekday: number; visits: number; hour: number }
  /** Multiplies the daily rate between two days (days ago, inclusive): a paid campaign's flight. */
  flight?: { from_days_ago: number; to_days_ago: number; factor: number }
  /** Link-level tags over the referral's defaults (weights sum to anything). */
  variants?: { weight: number; utm: Record<string, string> }[]
  /** For a referral without a site: the share of visits landing on each site. */
  sites?: Record<string, number>
  /** Share of visits arriving through a code link (?code=...) instead of the plain link. */
  code_link?: { code: string; share: number }
}

/** Per referral slug. Partners of different sizes: Anna is the big one, Peak and Sofia small. */
export const TRAFFIC: Record<string, TrafficProfile> = {
  "anna-instagram": {
    daily: 11,
    rhythm: "social",
    referrers: ["l.instagram.com", "l.instagram.com", "www.instagram.com", null],
    spikes: [{ days_ago: 24, visits: 55, hour: 17, decay_days: 2 }],
    code_link: { code: "ANNA10", share: 0.15 },
  },
  "anna-newsletter": {
    daily: 1,
    rhythm: "email",
    referrers: [null],
    spikes: [
      { days_ago: 33, visits: 45, hour: 7 },
      { days_ago: 19, visits: 50, hour: 7 },
      { days_ago: 5, visits: 60, hour: 7 },
    ],
  },
  "anna-alpine": { daily: 3.5, rhythm: "social", referrers: ["l.instagram.com", "www.instagram.com"] },
  "ben-youtube": {
    daily: 5,
    rhythm: "social",
    referrers: ["www.youtube.com", "m.youtube.com", null],
    spikes: [
      { days_ago: 26, visits: 70, hour: 16, decay_days: 3 },
      { days_ago: 9, visits: 45, hour: 16, decay_days: 2 },
    ],
  },
  "ben-podcast": {
    daily: 1.5,
    rhythm: "email",
    referrers: [null, null, "open.spotify.com", "podcasts.apple.com"],
    weekly: { weekday: 4, visits: 8, hour: 6 },
    sites: { "Nordic Outdoor": 0.75, "Alpine Gear": 0.25 },
  },
  "peak-blog": { daily: 3, rhythm: "blog", referrers: ["peakblog.example.com"] },
  "rossi-display": {
    daily: 5,
    rhythm: "display",
    referrers: ["googleads.g.doubleclick.net", "ads.rossimedia.example.com", null],
    spikes: [
      { days_ago: 14, visits: 70, hour: 2 },
      { days_ago: 13, visits: 55, hour: 3 },
    ],
  },
  "sofia-tiktok": { daily: 2, rhythm: "social", referrers: ["www.tiktok.com", null] },
  "fb-spring-prospecting": {
    daily: 6,
    rhythm: "social",
    referrers: ["l.facebook.com", "lm.facebook.com", "l.instagram.com"],
    flight: { from_days_ago: 21, to_days_ago: 8, factor: 2.2 },
    variants: [
      { weight: 6, utm: { utm_source: "facebook", utm_content: "carousel-hiking" } },
      { weight: 4, utm: { utm_source: "instagram", utm_content: "reel-15s" } },
    ],
  },
  "fb-retargeting": {
    daily: 3,
    rhythm: "social",
    referrers: ["l.facebook.com", "l.instagram.com"],
    variants: [
      { weight: 5, utm: { utm_source: "facebook", utm_content: "dynamic-product" } },
      { weight: 5, utm: { utm_source: "instagram", utm_content: "story-cart-reminder" } },
    ],
    sites: { "Nordic Outdoor": 0.6, "Alpine Gear": 0.4 },
  },
  "gads-brand": {
    daily: 7,
    rhythm: "search",
    referrers: ["www.google.com", "www.google.de", "www.google.se"],
    variants: [
      { weight: 5, utm: { utm_term: "nordic outdoor" } },
      { weight: 3, utm: { utm_term: "alpine gear shop" } },
      { weight: 2, utm: { utm_term: "nordic outdoor discount code" } },
    ],
    sites: { "Nordic Outdoor": 0.6, "Alpine Gear": 0.4 },
  },
  "gads-shopping": {
    daily: 4.5,
    rhythm: "search",
    referrers: ["www.google.com", "www.google.at", "www.google.de"],
    variants: [
      { weight: 4, utm: { utm_term: "down jacket 800 fill" } },
      { weight: 3, utm: { utm_term: "carbon trekking poles" } },
      { weight: 3, utm: { utm_term: "trail running shoes" } },
    ],
  },
  "content-trail-guides": {
    daily: 2,
    rhythm: "blog",
    referrers: ["nordic.example.com", null],
    variants: [
      { weight: 6, utm: {} },
      { weight: 4, utm: { utm_source: "newsletter", utm_medium: "email", utm_campaign: "trail-guides-digest" } },
    ],
    spikes: [{ days_ago: 16, visits: 25, hour: 8 }],
  },
}

/** The store's own campaigns without a partner: UTM-tagged landings that no referral link carries. */
export const STORE_CAMPAIGNS: (TrafficProfile & { site: string; landing_path: string; utm: Record<string, string> })[] = [
  {
    site: "Nordic Outdoor",
    landing_path: "/",
    utm: { utm_source: "newsletter", utm_medium: "email", utm_campaign: "weekly-deals" },
    daily: 0.5,
    rhythm: "email",
    referrers: [null],
    weekly: { weekday: 4, visits: 16, hour: 8 },
  },
  {
    site: "Nordic Outdoor",
    landing_path: "/new-in",
    utm: { utm_source: "instagram", utm_medium: "social", utm_campaign: "bio-link" },
    daily: 2.5,
    rhythm: "social",
    referrers: ["l.instagram.com", null],
  },
  {
    site: "Alpine Gear",
    landing_path: "/winter",
    utm: { utm_source: "google", utm_medium: "cpc", utm_campaign: "winter-generic" },
    daily: 2,
    rhythm: "search",
    referrers: ["www.google.com", "www.google.at"],
    flight: { from_days_ago: 12, to_days_ago: 0, factor: 1.8 },
  },
]

/**
 * When the status changes of the seeded history happened (days ago, hour
 * UTC), one entry per change in order. The seed makes them all "now"; the
 * traffic needs them in the past so clicks during a suspension are blocked
 * the way the live click route blocks them.
 */
export const STATUS_TIMELINE: Record<string, { days_ago: number; hour: number }[]> = {
  marco: [{ days_ago: 48, hour: 9 }, { days_ago: 11, hour: 10 }],
  peak: [{ days_ago: 47, hour: 14 }, { days_ago: 27, hour: 9 }, { days_ago: 23, hour: 15 }],
  sofia: [{ days_ago: 46, hour: 11 }, { days_ago: 17, hour: 8 }],
}

/** Shoppers of the demo orders and registrations (emails are made from the names). */
export const SHOPPER_NAMES = [
  ["Emma", "Johansson"], ["Lukas", "Gruber"], ["Sara", "Nieminen"], ["Jonas", "Weber"], ["Ida", "Hansen"],
  ["Felix", "Huber"], ["Maja", "Andersson"], ["Elias", "Mayer"], ["Clara", "Rossi"], ["Noah", "Lindberg"],
  ["Olivia", "Smith"], ["Liam", "Johnson"], ["Freja", "Nielsen"], ["Paul", "Schmid"], ["Aino", "Korhonen"],
  ["Leon", "Wagner"], ["Alma", "Svensson"], ["Matteo", "Bianchi"], ["Sofie", "Jensen"], ["Ava", "Brown"],
  ["Theo", "Moreau"], ["Lea", "Hofer"], ["Oskar", "Berg"], ["Mia", "Keller"], ["Ethan", "Miller"],
  ["Ella", "Virtanen"], ["David", "Fischer"], ["Nora", "Dahl"], ["Julia", "Bauer"], ["Samuel", "Lind"],
  ["Hanna", "Eriksson"], ["Jakob", "Steiner"], ["Lina", "Martin"], ["Anton", "Laine"], ["Grace", "Davis"],
  ["Vera", "Nilsson"], ["Max", "Winkler"], ["Elin", "Holm"], ["Tobias", "Brunner"], ["Chloe", "Wilson"],
  ["Isak", "Persson"], ["Marie", "Dubois"], ["Henrik", "Olsen"], ["Anna", "Ferrari"], ["Luca", "Moser"],
  ["Saga", "Larsson"], ["Ben", "Taylor"], ["Emil", "Lehtonen"], ["Zoe", "Meyer"], ["Karl", "Strand"],
  ["Lotta", "Kallio"], ["Jan", "de Vries"], ["Eva", "Pichler"], ["Mason", "Clark"], ["Astrid", "Lund"],
  ["Filip", "Novak"], ["Amelie", "Wolf"], ["Nils", "Sandberg"], ["Ruby", "Evans"], ["Hugo", "Lambert"],
  ["Tilda", "Ekström"], ["Simon", "Egger"], ["Lily", "Walker"], ["Viktor", "Aalto"], ["Greta", "Koch"],
  ["Arvid", "Sjöberg"], ["Frida", "Mikkelsen"], ["Jonah", "Moore"], ["Pia", "Leitner"], ["Erik", "Nyström"],
] as const
