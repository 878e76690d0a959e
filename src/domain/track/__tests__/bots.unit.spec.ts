import fc from "fast-check"
import { BOT_PATTERNS, isKnownBot } from "../bots"

// Current browsers as real people send them, including in-app browsers that
// name their app: a click from Instagram or Pinterest is a person.
const REAL_BROWSERS: [string, string][] = [
  ["Chrome on Windows", "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36"],
  ["Chrome on macOS", "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36"],
  ["Chrome on Linux", "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36"],
  ["Chrome on Android", "Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36"],
  ["Chrome on iPhone", "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) CriOS/131.0.6778.73 Mobile/15E148 Safari/604.1"],
  ["Firefox on Windows", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:133.0) Gecko/20100101 Firefox/133.0"],
  ["Firefox on Linux", "Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0"],
  ["Firefox on Android", "Mozilla/5.0 (Android 14; Mobile; rv:133.0) Gecko/133.0 Firefox/133.0"],
  ["Firefox on iPhone", "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) FxiOS/133.0 Mobile/15E148 Safari/605.1.15"],
  ["Safari on macOS", "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Safari/605.1.15"],
  ["Safari on iPhone", "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1"],
  ["Safari on iPad", "Mozilla/5.0 (iPad; CPU OS 17_7 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.7 Mobile/15E148 Safari/604.1"],
  ["Edge on Windows", "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.0.0"],
  ["Edge on Android", "Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36 EdgA/131.0.0.0"],
  ["Samsung Internet", "Mozilla/5.0 (Linux; Android 14; SAMSUNG SM-S921B) AppleWebKit/537.36 (KHTML, like Gecko) SamsungBrowser/26.0 Chrome/122.0.0.0 Mobile Safari/537.36"],
  ["Opera", "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Safari/537.36 OPR/115.0.0.0"],
  ["Yandex Browser", "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 YaBrowser/24.4.0.0 Safari/537.36"],
  ["DuckDuckGo browser", "Mozilla/5.0 (Linux; Android 14) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/131.0.0.0 Mobile DuckDuckGo/5 Safari/537.36"],
  ["a CUBOT phone", "Mozilla/5.0 (Linux; Android 12; CUBOT KINGKONG 7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Mobile Safari/537.36"],
  ["Instagram in-app", "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 Instagram 340.0.3.17.107 (iPhone14,5; iOS 17_5; en_US; en; scale=3.00; 1170x2532; 623138384)"],
  ["Facebook in-app", "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 [FBAN/FBIOS;FBAV/470.0.0.40.95;FBDV/iPhone14,5;FBMD/iPhone;FBSN/iOS;FBSV/17.5;FBSS/3;FBCR/;FBID/phone;FBLC/en_US;FBOP/5]"],
  ["Pinterest in-app", "Mozilla/5.0 (Linux; Android 13; Pixel 7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.6099.144 Mobile Safari/537.36 [Pinterest/Android]"],
  ["LinkedIn in-app", "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 [LinkedInApp]/9.29.8"],
  ["TikTok in-app", "Mozilla/5.0 (Linux; Android 13; SM-A536B Build/TP1A.220624.014; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/120.0.6099.230 Mobile Safari/537.36 musical_ly_2023205030 JsSdk/1.0 NetType/WIFI Channel/googleplay AppName/musical_ly app_version/32.5.3 ByteLocale/en ByteFullLocale/en Region/DE"],
]

const BOTS: [string, string][] = [
  // Search, SEO and AI crawlers.
  ["Googlebot", "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)"],
  ["Googlebot smartphone", "Mozilla/5.0 (Linux; Android 6.0.1; Nexus 5X Build/MMB29P) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.6778.69 Mobile Safari/537.36 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)"],
  ["bingbot", "Mozilla/5.0 (compatible; bingbot/2.0; +http://www.bing.com/bingbot.htm)"],
  ["YandexBot", "Mozilla/5.0 (compatible; YandexBot/3.0; +http://yandex.com/bots)"],
  ["Baiduspider", "Mozilla/5.0 (compatible; Baiduspider/2.0; +http://www.baidu.com/search/spider.html)"],
  ["DuckDuckBot", "DuckDuckBot/1.1; (+http://duckduckgo.com/duckduckbot.html)"],
  ["AhrefsBot", "Mozilla/5.0 (compatible; AhrefsBot/7.0; +http://ahrefs.com/robot/)"],
  ["SemrushBot", "Mozilla/5.0 (compatible; SemrushBot/7~bl; +http://www.semrush.com/bot.html)"],
  ["MJ12bot", "Mozilla/5.0 (compatible; MJ12bot/v1.4.8; http://mj12bot.com/)"],
  ["PetalBot", "Mozilla/5.0 (Linux; Android 7.0;) AppleWebKit/537.36 (KHTML, like Gecko) Mobile Safari/537.36 (compatible; PetalBot;+https://webmaster.petalsearch.com/site/petalbot)"],
  ["Applebot", "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_5) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/13.1.1 Safari/605.1.15 (Applebot/0.1; +http://www.apple.com/go/applebot)"],
  ["GPTBot", "Mozilla/5.0 AppleWebKit/537.36 (KHTML, like Gecko; compatible; GPTBot/1.2; +https://openai.com/gptbot)"],
  ["CCBot", "CCBot/2.0 (https://commoncrawl.org/faq/)"],
  ["ClaudeBot", "Mozilla/5.0 AppleWebKit/537.36 (KHTML, like Gecko; compatible; ClaudeBot/1.0; +claudebot@anthropic.com)"],
  ["Bytespider", "Mozilla/5.0 (Linux; Android 5.0) AppleWebKit/537.36 (KHTML, like Gecko) Mobile Safari/537.36 (compatible; Bytespider; spider-feedback@bytedance.com)"],
  // Link previews.
  ["facebookexternalhit", "facebookexternalhit/1.1 (+http://www.facebook.com/externalhit_uatext.php)"],
  ["Twitterbot", "Twitterbot/1.0"],
  ["Slackbot", "Slackbot-LinkExpanding 1.0 (+https://api.slack.com/robots)"],
  ["WhatsApp", "WhatsApp/2.23.20.0 A"],
  ["TelegramBot", "TelegramBot (like TwitterBot)"],
  ["Discordbot", "Mozilla/5.0 (compatible; Discordbot/2.0; +https://discordapp.com)"],
  ["LinkedInBot", "LinkedInBot/1.0 (compatible; Mozilla/5.0; Apache-HttpClient +http://www.linkedin.com)"],
  ["Pinterest crawler", "Pinterest/0.2 (+https://www.pinterest.com/bot.html)"],
  ["Pinterestbot", "Mozilla/5.0 (compatible; Pinterestbot/1.0; +https://www.pinterest.com/bot.html)"],
  ["SkypeUriPreview", "Mozilla/5.0 (Windows NT 6.1; WOW64) SkypeUriPreview Preview/0.5"],
  // Monitors.
  ["UptimeRobot", "Mozilla/5.0+(compatible; UptimeRobot/2.0; http://www.uptimerobot.com/)"],
  ["Pingdom", "Pingdom.com_bot_version_1.4_(http://www.pingdom.com/)"],
  ["StatusCake", "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0 Safari/537.36 StatusCake"],
  // HTTP libraries and tools.
  ["curl", "curl/8.4.0"],
  ["Wget", "Wget/1.21.4"],
  ["python-requests", "python-requests/2.31.0"],
  ["Python-urllib", "Python-urllib/3.11"],
  ["Go", "Go-http-client/1.1"],
  ["Java", "Java/17.0.2"],
  ["OkHttp", "okhttp/4.12.0"],
  ["libwww-perl", "libwww-perl/6.72"],
  ["Apache HttpClient", "Apache-HttpClient/4.5.14 (Java/17.0.2)"],
  ["axios", "axios/1.6.2"],
  ["node-fetch", "node-fetch/1.0 (+https://github.com/bitinn/node-fetch)"],
  ["undici", "undici"],
  ["Node's fetch", "node"],
  ["Postman", "PostmanRuntime/7.36.0"],
  // Headless and automated browsers.
  ["HeadlessChrome", "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/120.0.0.0 Safari/537.36"],
  ["PhantomJS", "Mozilla/5.0 (Unknown; Linux x86_64) AppleWebKit/538.1 (KHTML, like Gecko) PhantomJS/2.1.1 Safari/538.1"],
  ["Puppeteer", "Mozilla/5.0 Puppeteer"],
  ["Playwright", "Mozilla/5.0 (X11; Linux x86_64) Playwright/1.40"],
  ["Selenium", "Mozilla/5.0 Selenium/4.15 (java windows)"],
  // Generic self-descriptions.
  ["a custom bot", "MyCompanyBot/1.0"],
  ["a bot named by a word", "price bot 2.0"],
  ["a crawler", "SiteCrawler/3 (+https://example.com)"],
  ["a spider", "acme-spider/0.9"],
  ["a scraper", "Price-Scraper/2"],
  ["a link preview", "LinkPreview/1.0"],
]

describe("isKnownBot", () => {
  it.each(REAL_BROWSERS)("%s is a person", (_name, ua) => {
    expect(isKnownBot(ua)).toBe(false)
  })

  it.each(BOTS)("%s is a bot", (_name, ua) => {
    expect(isKnownBot(ua)).toBe(true)
  })

  it.each([[null], [undefined], [""], ["   "], ["\t\n"]])("a missing or blank User-Agent (%j) is a bot", (ua) => {
    expect(isKnownBot(ua)).toBe(true)
  })

  it("ignores case", () => {
    for (const ua of ["GOOGLEBOT/2.1", "googlebot/2.1", "CURL/8.0", "HEADLESSCHROME/120", "FaceBookExternalHit/1.1"]) {
      expect(isKnownBot(ua)).toBe(true)
    }
  })

  it("recognises a bot name anywhere in a browser-like User-Agent", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...REAL_BROWSERS.map(([, ua]) => ua)),
        fc.constantFrom("Googlebot/2.1", "bingbot/2.0", "AhrefsBot/7.0", "GPTBot/1.2", "facebookexternalhit/1.1", "HeadlessChrome/120"),
        fc.boolean(),
        (browser, bot, before) => {
          expect(isKnownBot(before ? `${bot} ${browser}` : `${browser} (compatible; ${bot})`)).toBe(true)
        }
      )
    )
  })

  it("is not fooled by the word 'bot' inside another word of a browser", () => {
    // "CUBOT" phones and words like "bottle" or "robotics" in a model name are not self-descriptions.
    expect(isKnownBot("Mozilla/5.0 (Linux; Android 13; CUBOT P80) AppleWebKit/537.36 Chrome/120.0 Mobile Safari/537.36")).toBe(false)
    expect(isKnownBot("Mozilla/5.0 (Linux; Android 13; Bottlenose X1) AppleWebKit/537.36 Chrome/120.0 Mobile Safari/537.36")).toBe(false)
  })
})

describe("BOT_PATTERNS", () => {
  it("documents every pattern with its group", () => {
    expect(BOT_PATTERNS.length).toBeGreaterThan(0)
    for (const { group, pattern } of BOT_PATTERNS) {
      expect(["crawler", "link_preview", "monitor", "http_library", "headless", "generic"]).toContain(group)
      expect(pattern).toBeInstanceOf(RegExp)
      expect(pattern.flags).toContain("i")
      expect(pattern.flags).not.toContain("g") // stateful regexps would give alternating answers
    }
  })

  it("cannot be changed by a caller", () => {
    expect(Object.isFrozen(BOT_PATTERNS)).toBe(true)
  })

  it("each group recognises at least one of the known bots", () => {
    for (const { group, pattern } of BOT_PATTERNS) {
      expect({ group, source: pattern.source, hit: BOTS.some(([, ua]) => pattern.test(ua)) }).toMatchObject({ hit: true })
    }
  })

  it("no pattern matches a real browser", () => {
    for (const { pattern } of BOT_PATTERNS) {
      for (const [name, ua] of REAL_BROWSERS) {
        expect({ name, source: pattern.source, hit: pattern.test(ua) }).toMatchObject({ hit: false })
      }
    }
  })
})
