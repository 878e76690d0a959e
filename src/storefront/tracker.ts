import { createHash } from "node:crypto"

/**
 * The storefront tracking script: one small first-party file a storefront
 * includes with a script tag. It turns a landing from a partner link, a code
 * in the URL or a UTM campaign into a click (POST /affiliate/clicks), keeps
 * the click and visitor ids in first-party cookies on the storefront's own
 * domain, and hands them to the cart and signup routes. The route under
 * src/api/affiliate/tracker.js serves this string; nothing here does I/O.
 *
 *   <script src="https://api.example.com/affiliate/tracker.js"
 *     data-publishable-key="pk_..." data-cart-id-cookie="_medusa_cart_id" defer></script>
 *
 * Written as plain ES5 (Promise and fetch are the only newer APIs), with no
 * dependencies, and it never throws into the page: every failure becomes a
 * rejected promise with { status, message } (status 0 for network errors).
 * It sends no personal data: only the ids it issued, the tracking parameters,
 * the landing page's origin and path, and the referrer's origin.
 */
export const TRACKER_PATH = "/affiliate/tracker.js"

/**
 * The readable source; TRACKER_JS is this without indentation and comment
 * lines. Keep it ES5: no let/const, arrow functions or template strings, and
 * no "//" comment after code on a line.
 */
const SOURCE = String.raw`/* medusa-plugin-affiliate tracker */
(function (w, d, L) {
  "use strict";
  var P = w.Promise;
  if (w.MedusaAffiliate || !P) return;
  var DAY = 86400, UTM = "utm_source utm_medium utm_campaign utm_term utm_content".split(" ");
  var VID = /^[\w-]{8,64}$/, CID = /^affclk_[0-9A-Za-z]{1,57}$/, ORIGIN = /^(https?:\/\/[^\/?#]+).*$/i;
  var me = d.currentScript, i;
  function attr(n) { return (me && me.getAttribute("data-" + n)) || ""; }
  var key = attr("publishable-key"), domain = attr("cookie-domain"), cartCookie = attr("cart-id-cookie");
  var api = attr("api") || (me && ORIGIN.test(me.src) ? me.src : L.href).replace(ORIGIN, "$1");
  api = api.replace(/\/+$/, "");

  function fail(s, m) { return { status: s, message: String(m) }; }
  function warn(e) { try { console.warn("[MedusaAffiliate] " + (e && e.message || e)); } catch (x) {} }
  function dec(s) { try { return decodeURIComponent(s.replace(/\+/g, " ")); } catch (e) { return ""; } }
  function cookie(n) {
    try { var m = d.cookie.match(new RegExp("(?:^|;\\s*)" + n.replace(/\W/g, "\\$&") + "=([^;]*)")); } catch (e) {}
    return m ? dec(m[1]) : "";
  }
  // First-party cookies on the storefront's domain; days = 0 deletes.
  function put(n, v, days) {
    var c = n + "=" + encodeURIComponent(v) + "; Path=/; Max-Age=" + days * DAY + "; SameSite=Lax";
    if (domain) c += "; Domain=" + domain;
    if (L.protocol == "https:") c += "; Secure";
    try { d.cookie = c; } catch (e) {}
  }
  function session(k, v) {
    try { return v === undefined ? w.sessionStorage.getItem(k) : w.sessionStorage.setItem(k, v); } catch (e) { return null; }
  }
  function param(n) { var m = L.search.match(new RegExp("[?&]" + n + "=([^&#]*)")); return m ? dec(m[1]) : ""; }

  // Resolves with the JSON answer; rejects with { status, message } (status 0: no answer).
  function post(path, b, init, token) {
    var h = init.headers = { "content-type": "application/json", "x-publishable-api-key": key };
    if (token) h.authorization = "Bearer " + token;
    init.method = "POST";
    init.body = JSON.stringify(b);
    init.credentials = init.credentials || "omit";
    return new P(function (ok) { ok(w.fetch(api + path, init)); }).then(function (res) {
      return res.text().then(function (t) {
        try { var data = JSON.parse(t); } catch (e) {}
        if (res.ok) return data;
        throw fail(res.status, data && data.message || res.statusText || "Request failed");
      });
    }).then(null, function (e) {
      throw e && e.status >= 0 ? e : fail(0, "Network error: " + (e && e.message || e));
    });
  }

  function clickId() { var v = cookie("aff_click"); return CID.test(v) ? v : null; }
  function visitorId() { var v = cookie("aff_vid"); return VID.test(v) ? v : null; }
  function code() { return cookie("aff_code").slice(0, 100) || null; }
  // What this browser knows: click id, remembered code, visitor id.
  function touch(withCode) {
    var b = {}, c = clickId(), k = withCode && code(), v = visitorId(), none = true;
    if (c) b.click_id = c;
    if (k) b.code = k;
    if (v) b.visitor_id = v;
    for (k in b) none = false;
    return none ? null : b;
  }
  function toCart(id, b) {
    if (!id) return P.reject(fail(0, "A cart id is required"));
    return post("/store/affiliate/carts/" + encodeURIComponent(id) + "/attribution", b, {});
  }

  function track() {
    var ref = param("ref"), typed = param("code") || param("coupon"), sig = [ref, typed], b = {}, v;
    for (i = 0; i < UTM.length; i++) {
      sig.push(v = param(UTM[i]));
      if (v) b[UTM[i]] = v.slice(0, 200);
    }
    sig = sig.join("|");
    v = visitorId();
    var cid = param("aff_click"), vid = param("aff_vid");
    if (CID.test(cid) || VID.test(vid)) {
      // Arrived through /r/<slug>: the server recorded this click already.
      if (CID.test(cid)) put("aff_click", cid, 30);
      if (VID.test(vid)) put("aff_vid", vid, 365);
      session("aff_tracked", sig);
      if (w.history && history.replaceState) {
        var kept = L.search.slice(1).split("&").filter(function (p) { return p && !/^aff_(click|vid)(=|$)/.test(p); }).join("&");
        try { history.replaceState(history.state, "", L.pathname + (kept ? "?" + kept : "") + L.hash); } catch (e) {}
      }
      return P.resolve();
    }
    // One click per landing and browser session: reloads and later pages do not count again.
    if (!(ref || typed || b.utm_source || b.utm_campaign) || session("aff_tracked") == sig) return P.resolve();
    // Only the page's origin and path and the referrer's origin: never a query string that may carry personal data.
    b.landing_url = L.protocol + "//" + L.host + L.pathname;
    if (ORIGIN.test(d.referrer)) b.referrer = d.referrer.replace(ORIGIN, "$1");
    if (typed) b.code = typed.slice(0, 100);
    else if (ref) b.referral = ref.slice(0, 100);
    if (v) b.visitor_id = v;
    return post("/affiliate/clicks", b, { keepalive: true }).then(function (a) {
      var c = a && a.click || {}, days = c.window_days > 0 ? c.window_days : 30;
      session("aff_tracked", sig);
      if (VID.test(c.visitor_id)) put("aff_vid", c.visitor_id, 365);
      if (c.attributing && CID.test(c.click_id)) put("aff_click", c.click_id, days);
      if (typed && c.click_id) put("aff_code", typed.slice(0, 100), days);
    }, function (e) {
      if (e.status) session("aff_tracked", sig);
      warn(e);
    });
  }

  // data-cart-id-cookie: attach the click (and code) to the shopper's cart, once per cart and touch.
  function autoAttach() {
    var cart = cartCookie && cookie(cartCookie), b = touch(true);
    if (!/^[\w-]{1,100}$/.test(cart) || !b || !(b.click_id || b.code)) return;
    var mark = [cart, b.click_id, b.code].join("|");
    if (session("aff_cart") == mark) return;
    return toCart(cart, b).then(null, function (e) {
      if (e.status < 400 || e.status > 499) throw e;
      if (!b.code || !b.click_id) return;
      // The remembered code does not fit this cart: forget it, keep the click.
      put("aff_code", "", 0);
      delete b.code;
      return toCart(cart, b);
    }).then(function () { session("aff_cart", mark); }, warn);
  }

  var A = w.MedusaAffiliate = {
    clickId: clickId,
    visitorId: visitorId,
    code: code,
    attachToCart: function (cartId) {
      var b = touch(true);
      return b ? toCart(cartId, b) : P.resolve(null);
    },
    applyCode: function (cartId, typed) {
      typed = String(typed || "").trim();
      if (!typed) return P.reject(fail(0, "Enter a code"));
      var b = touch(false) || {};
      delete b.click_id;
      b.code = typed;
      return toCart(cartId, b).then(function (a) {
        put("aff_code", a && a.affiliate && a.affiliate.code || typed, 30);
        return a;
      });
    },
    reportSignup: function (token) {
      var b = touch(true);
      if (!b) return P.resolve(null);
      return post("/store/affiliate/signup-attribution", b, { credentials: token ? "omit" : "include" }, token);
    },
    forget: function () { for (var n in { click: 1, vid: 1, code: 1 }) put("aff_" + n, "", 0); }
  };
  A.ready = new P(function (ok) { ok(track()); }).then(autoAttach).then(null, warn).then(function () { return touch(true) || {}; });
})(window, document, location);
`

/** SOURCE without indentation, blank lines and comment lines: what browsers download. */
export const TRACKER_JS = SOURCE.split("\n")
  .map((line) => line.trim())
  .filter((line) => line && !line.startsWith("//"))
  .join("\n")

function fingerprint(text: string) {
  return createHash("sha256").update(text).digest("hex").slice(0, 12)
}

/** Content hash of the script: its ETag. */
export const TRACKER_VERSION = fingerprint(TRACKER_JS)

export const TRACKER_CONTENT_TYPE = "application/javascript; charset=utf-8"
