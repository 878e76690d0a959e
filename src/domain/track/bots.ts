/**
 * Bot clicks are stored (so operators can see them) but never count as
 * visits and never attribute a conversion. We recognise automated clients by
 * their User-Agent: a cheap, pure check run on every click.
 *
 * The tokens are specific on purpose. In-app browsers of real people carry
 * their app's name ("[Pinterest/iOS]", "[LinkedInApp]", "FBAN/FBIOS"), so we
 * match the fetchers' own names ("Pinterestbot", "LinkedInBot",
 * "facebookexternalhit"), never the bare brand. A phone model "CUBOT" is not
 * a bot either.
 */
export type BotGroup = "crawler" | "link_preview" | "monitor" | "http_library" | "headless" | "generic"

export const BOT_PATTERNS: readonly { readonly group: BotGroup; readonly pattern: RegExp }[] = Object.freeze([
  // Search engines, SEO tools and AI crawlers.
  { group: "crawler", pattern: /googlebot|google-inspectiontool|adsbot-google|mediapartners-google|storebot-google/i },
  { group: "crawler", pattern: /bingbot|bingpreview|msnbot|adidxbot/i },
  { group: "crawler", pattern: /yandex|baiduspider|duckduckbot|sogou|exabot|seznambot|yeti\/|naverbot|ia_archiver/i },
  { group: "crawler", pattern: /ahrefs|semrush|mj12bot|dotbot|rogerbot|screaming frog|serpstat|dataforseo|blexbot/i },
  { group: "crawler", pattern: /petalbot|applebot|gptbot|chatgpt-user|oai-searchbot|ccbot|claudebot|claude-web|anthropic-ai/i },
  { group: "crawler", pattern: /bytespider|perplexitybot|amazonbot|meta-externalagent|facebookbot|diffbot/i },
  // Link previews: the page is fetched when a link is pasted, nobody clicked.
  { group: "link_preview", pattern: /facebookexternalhit|facebookcatalog|twitterbot|slackbot|slack-imgproxy/i },
  { group: "link_preview", pattern: /whatsapp|telegrambot|discordbot|linkedinbot|pinterestbot|pinterest\/0\./i },
  { group: "link_preview", pattern: /skypeuripreview|redditbot|embedly|vkshare|google-pagerenderer/i },
  // Uptime monitors.
  { group: "monitor", pattern: /uptimerobot|pingdom|statuscake|site24x7|newrelicpinger|datadog|better ?uptime/i },
  // HTTP libraries and command-line tools.
  { group: "http_library", pattern: /\bcurl\b|\bwget\b|python-requests|python-urllib|python-httpx|aiohttp|scrapy/i },
  { group: "http_library", pattern: /go-http-client|\bjava\/|okhttp|libwww-perl|httpclient|axios\/|node-fetch|undici|^node$/i },
  { group: "http_library", pattern: /postman|insomnia|guzzlehttp|\bruby\b|httpie|reqwest|^got\b/i },
  // Headless and automated browsers.
  { group: "headless", pattern: /headlesschrome|phantomjs|puppeteer|playwright|selenium|webdriver|lighthouse|slimerjs/i },
  // Generic words crawlers use to name themselves.
  { group: "generic", pattern: /(?<!cu)bot(?![a-z])|crawl|spider|scraper|preview/i },
])

const ANY_BOT = new RegExp(BOT_PATTERNS.map((p) => `(?:${p.pattern.source})`).join("|"), "i")

/** True when the User-Agent is missing, blank, or names an automated client. */
export function isKnownBot(userAgent: string | null | undefined): boolean {
  if (userAgent === null || userAgent === undefined) return true
  const ua = userAgent.trim()
  if (!ua) return true
  return ANY_BOT.test(ua)
}
