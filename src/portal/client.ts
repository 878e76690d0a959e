/**
 * The partner portal's browser script, served at /affiliate-portal/app.js.
 *
 * Dependency-free vanilla JavaScript, kept as a string so that it ships inside
 * the compiled plugin. It talks only to this store's own API on the same
 * origin: Medusa's customer auth routes and the plugin's /store/affiliate
 * routes, which scope every answer to the signed-in partner.
 *
 * Rules for editing: no template literals or "${" inside (this file is a
 * String.raw template), build the DOM with `h()` (text is always set as text,
 * never as HTML), and show API errors with their `message`.
 */
export const PORTAL_JS = String.raw`
(function () {
  "use strict";

  var CONFIG = JSON.parse(document.getElementById("portal-config").textContent || "{}");
  var root = document.getElementById("app");
  var JWT_KEY = "affiliate-portal.jwt";
  var INVITATION_KEY = "affiliate-portal.invitation";
  var params = new URLSearchParams(window.location.search);
  var state = {
    jwt: readJwt(),
    customer: null,
    program: null,
    sites: [],
    me: null,
    invitation: null,
    invitationProgram: null,
    invitationError: null,
    invitationToken: takeInvitationToken(),
    programId: params.get("program_id") || null,
    notice: null
  };
  var BROWSER_TZ = (function () {
    try { return Intl.DateTimeFormat().resolvedOptions().timeZone || "UTC"; } catch (e) { return "UTC"; }
  })();

  var STATUS = {
    pending: { tone: "warn", badge: "Pending review", icon: "!", title: "Your application is pending review",
      text: "Thanks for applying. The program team reviews every application; you will be able to promote once your account is approved. You can complete your profile in the meantime." },
    active: { tone: "ok", badge: "Active", icon: "\u2713", title: "Your partner account is active",
      text: "Your referral links and voucher codes are live and earn commission under the program terms." },
    suspended: { tone: "bad", badge: "Suspended", icon: "!", title: "Your account is suspended",
      text: "While suspended, your links and codes do not earn commission and payouts wait until your account is active again. Your history and balance are kept. Contact the program team to resolve this." },
    disabled: { tone: "bad", badge: "Disabled", icon: "\u00D7", title: "Your account is disabled",
      text: "This partner account has been closed by the program team. Links and codes no longer work; your history is kept." },
    rejected: { tone: "bad", badge: "Not approved", icon: "\u00D7", title: "Your application was not approved",
      text: "The program team did not approve this application. Contact them if you think this is a mistake." }
  };
  var SITE_STATUS = {
    approved: { tone: "ok", label: "Approved", text: "You may promote this site." },
    requested: { tone: "info", label: "Requested", text: "Waiting for the program team to decide." },
    revoked: { tone: "bad", label: "Revoked", text: "Access was withdrawn by the program team." },
    none: { tone: "outline", label: "Not requested", text: "Ask for access to promote this site." }
  };
  var INVITATION_STATE = {
    open: { tone: "ok", label: "Open" },
    accepted: { tone: "info", label: "Already accepted" },
    expired: { tone: "bad", label: "Expired" },
    revoked: { tone: "bad", label: "Withdrawn" }
  };

  // ---------------------------------------------------------------- helpers

  /**
   * Invitation links carry their token in the fragment (#token=...), which the
   * browser never sends to a server. It leaves the address bar at once and
   * stays in this tab's session storage, so a reload of the accept page keeps it.
   * Links sent before the fragment came carry it as ?token=: still accepted.
   */
  function takeInvitationToken() {
    var fromHash = new URLSearchParams(window.location.hash.replace(/^#/, "")).get("token");
    var fromQuery = params.get("token");
    var token = fromHash || fromQuery;
    if (token) {
      params.delete("token");
      var search = params.toString();
      history.replaceState(null, "", window.location.pathname + (search ? "?" + search : ""));
      try { window.sessionStorage.setItem(INVITATION_KEY, token); } catch (e) { /* memory only */ }
      return token;
    }
    if (!/\/accept-invitation\/?$/.test(window.location.pathname)) return null;
    try { return window.sessionStorage.getItem(INVITATION_KEY); } catch (e) { return null; }
  }
  function forgetInvitationToken() {
    state.invitationToken = null;
    try { window.sessionStorage.removeItem(INVITATION_KEY); } catch (e) { /* nothing kept */ }
  }

  function readJwt() {
    try { return window.sessionStorage.getItem(JWT_KEY); } catch (e) { return null; }
  }
  function writeJwt(token) {
    state.jwt = token || null;
    try {
      if (token) window.sessionStorage.setItem(JWT_KEY, token);
      else window.sessionStorage.removeItem(JWT_KEY);
    } catch (e) { /* private mode: keep the token in memory only */ }
  }

  /** Builds an element; strings become text nodes, never HTML. */
  function h(tag, attrs) {
    var el = document.createElement(tag);
    if (attrs) {
      Object.keys(attrs).forEach(function (key) {
        var value = attrs[key];
        if (value === null || value === undefined || value === false) return;
        if (key === "class") el.className = value;
        else if (key === "text") el.textContent = value;
        else if (key.slice(0, 2) === "on" && typeof value === "function") el.addEventListener(key.slice(2).toLowerCase(), value);
        else if (key === "value") el.value = value;
        else if (key === "checked" || key === "disabled" || key === "required" || key === "selected" || key === "readOnly") el[key] = !!value;
        else el.setAttribute(key, value === true ? "" : String(value));
      });
    }
    for (var i = 2; i < arguments.length; i++) append(el, arguments[i]);
    return el;
  }
  function append(el, child) {
    if (child === null || child === undefined || child === false) return;
    if (Array.isArray(child)) { child.forEach(function (c) { append(el, c); }); return; }
    el.appendChild(typeof child === "string" || typeof child === "number" ? document.createTextNode(String(child)) : child);
  }
  function badge(tone, label) {
    return h("span", { class: "badge badge-" + tone }, label);
  }
  function formatDate(value) {
    if (!value) return "";
    var d = new Date(value);
    if (isNaN(d.getTime())) return String(value);
    return d.toLocaleDateString(undefined, { year: "numeric", month: "short", day: "numeric" });
  }
  function withProgram(path) {
    if (!state.programId) return path;
    return path + (path.indexOf("?") >= 0 ? "&" : "?") + "program_id=" + encodeURIComponent(state.programId);
  }
  function programBody(body) {
    if (state.programId) body.program_id = state.programId;
    return body;
  }
  function trimOrNull(value) {
    var v = (value || "").trim();
    return v.length ? v : null;
  }
  function fullName(customer) {
    if (!customer) return "";
    return [customer.first_name, customer.last_name].filter(Boolean).join(" ");
  }
  function timezones(current) {
    var list = [];
    try { list = Intl.supportedValuesOf("timeZone").slice(); } catch (e) { list = []; }
    ["UTC", BROWSER_TZ, current].forEach(function (tz) {
      if (tz && list.indexOf(tz) < 0) list.push(tz);
    });
    list.sort();
    return list;
  }

  // ---------------------------------------------------------------- API

  function ApiError(status, message) {
    this.status = status;
    this.message = message;
  }

  /** Calls the store's API on this origin; throws ApiError with the API's own message. */
  function call(method, path, body, options) {
    options = options || {};
    var headers = { accept: "application/json" };
    if (body !== undefined) headers["content-type"] = "application/json";
    if (path.indexOf("/store/") === 0) headers["x-publishable-api-key"] = CONFIG.publishableKey;
    var jwt = options.jwt || (options.anonymous ? null : state.jwt);
    if (jwt) headers.authorization = "Bearer " + jwt;
    return fetch(path, {
      method: method,
      headers: headers,
      body: body === undefined ? undefined : JSON.stringify(body),
      credentials: "omit",
      cache: "no-store"
    }).then(function (res) {
      return res.text().then(function (text) {
        var data = null;
        if (text) { try { data = JSON.parse(text); } catch (e) { data = { message: text.slice(0, 300) }; } }
        if (!res.ok) {
          var message = (data && data.message) || ("The request failed (HTTP " + res.status + ").");
          throw new ApiError(res.status, message);
        }
        return data;
      });
    }, function () {
      throw new ApiError(0, "The store could not be reached. Check your connection and try again.");
    });
  }

  function loadProgram() {
    return call("GET", withProgram("/store/affiliate/program")).then(function (data) {
      state.program = data.program;
      state.sites = data.sites || [];
    });
  }

  function loadInvitation() {
    if (!state.invitationToken) return Promise.resolve();
    return call("POST", "/store/affiliate/invitations/lookup", { token: state.invitationToken }).then(
      function (data) {
        state.invitation = data.invitation;
        state.invitationProgram = data.program;
        // The invitation names its program; every later call is about that program.
        if (data.program && data.program.id) state.programId = data.program.id;
      },
      function (err) { state.invitationError = err.message; }
    );
  }

  /** Loads the signed-in customer and their partner account (if any). */
  function loadSession() {
    state.customer = null;
    state.me = null;
    if (!state.jwt) return Promise.resolve();
    return call("GET", "/store/customers/me").then(function (data) {
      state.customer = data.customer;
      return loadMe();
    }, function (err) {
      if (err.status === 401) {
        writeJwt(null);
        state.notice = { tone: "info", text: "Your session has ended. Please sign in again." };
        return;
      }
      throw err;
    });
  }

  function loadMe() {
    return call("GET", withProgram("/store/affiliate/me")).then(function (data) {
      state.me = data;
    }, function (err) {
      if (err.status === 404) { state.me = null; return; }
      throw err;
    });
  }

  function signIn(email, password) {
    return call("POST", "/auth/customer/emailpass", { email: email, password: password }, { anonymous: true }).then(function (data) {
      var token = data && data.token;
      if (!token) throw new ApiError(401, "Sign-in needs another step this portal does not support. Contact the store.");
      // A login without a customer profile (an interrupted sign-up) gets one now.
      return call("GET", "/store/customers/me", undefined, { jwt: token }).then(function () { return token; }, function (err) {
        if (err.status !== 401) throw err;
        return call("POST", "/store/customers", { email: email }, { jwt: token }).then(function () {
          return call("POST", "/auth/customer/emailpass", { email: email, password: password }, { anonymous: true });
        }).then(function (again) { return again.token; });
      });
    }).then(function (token) {
      writeJwt(token);
    });
  }

  function signUp(details) {
    return call("POST", "/auth/customer/emailpass/register", { email: details.email, password: details.password }, { anonymous: true })
      .catch(function (err) {
        if (/exist/i.test(err.message)) {
          throw new ApiError(err.status, err.message + ". An account with this email already exists: sign in instead.");
        }
        throw err;
      })
      .then(function (registered) {
        return call("POST", "/store/customers", {
          email: details.email,
          first_name: details.first_name || undefined,
          last_name: details.last_name || undefined
        }, { jwt: registered.token });
      })
      .then(function () { return signIn(details.email, details.password); });
  }

  function signOut() {
    writeJwt(null);
    state.customer = null;
    state.me = null;
    state.pay = null;
    state.notice = { tone: "info", text: "You are signed out." };
    setHash("#/signin");
    render();
  }

  // ---------------------------------------------------------------- routing

  function currentRoute() {
    return (window.location.hash || "").replace(/^#\/?/, "");
  }
  function setHash(hash) {
    if (window.location.hash !== hash) history.replaceState(null, "", window.location.pathname + window.location.search + hash);
  }

  function render() {
    var view;
    if (!state.customer) view = authView();
    else if (state.me) view = dashboardView();
    else if (state.invitationToken) view = acceptView();
    else view = applyView();
    // Controls that re-render the page (filters, pagers) keep the focus.
    var active = document.activeElement;
    var focusKey = active && active.getAttribute ? active.getAttribute("data-focus") : null;
    root.replaceChildren(frame(view));
    if (focusKey) {
      var again = root.querySelector("[data-focus=" + JSON.stringify(focusKey) + "]");
      if (again) again.focus({ preventScroll: true });
    }
    var heading = root.querySelector("h1");
    if (heading && document.activeElement === document.body) heading.focus({ preventScroll: true });
  }

  function frame(content) {
    var program = (state.me && state.me.program) || state.invitationProgram || state.program;
    var programName = program ? program.name : "Partner program";
    document.title = programName + " \u00B7 Partner portal";
    var session = state.customer
      ? h("div", { class: "session" },
          h("span", { class: "session-who" }, h("span", { class: "hide-sm" }, "Signed in as "), h("strong", null, state.customer.email)),
          h("button", { type: "button", class: "btn btn-secondary btn-small", onclick: signOut }, "Sign out"))
      : null;
    var notice = null;
    if (state.notice) {
      notice = h("div", { class: "alert alert-" + state.notice.tone, role: "status" }, state.notice.text);
      state.notice = null;
    }
    return h("div", null,
      h("header", { class: "topbar" },
        h("div", { class: "topbar-inner" },
          h("div", { class: "brand" },
            h("div", { class: "brand-mark", "aria-hidden": "true" }, programName.charAt(0).toUpperCase()),
            h("div", { style: "min-width:0" },
              h("div", { class: "brand-name" }, programName),
              h("div", { class: "brand-sub" }, "Partner portal"))),
          session)),
      h("main", { class: "container", id: "main" }, notice, content),
      h("footer", { class: "footer" }, "Referred customers are only ever shown anonymised. Your data is visible to you and the program team only."));
  }

  function errorBox() {
    return h("div", { class: "alert alert-error", role: "alert" });
  }
  function showError(box, err) {
    box.textContent = (err && err.message) || String(err);
    box.scrollIntoView({ block: "nearest" });
  }

  /** Runs an async form action with a busy button and the API's error message. */
  function submitting(form, box, work) {
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      box.textContent = "";
      var button = form.querySelector("button[type=submit]");
      var label = button ? button.textContent : "";
      if (button) { button.disabled = true; button.textContent = "Working\u2026"; }
      Promise.resolve().then(work).catch(function (err) {
        if (button) { button.disabled = false; button.textContent = label; }
        showError(box, err);
      });
    });
    return form;
  }

  function field(id, label, input, options) {
    options = options || {};
    input.id = id;
    if (options.hint) input.setAttribute("aria-describedby", id + "-hint");
    return h("div", { class: "field" },
      h("label", { for: id }, label, options.optional ? h("span", { class: "optional" }, " (optional)") : null),
      input,
      options.hint ? h("div", { class: "hint", id: id + "-hint" }, options.hint) : null);
  }
  function textInput(name, value, attrs) {
    var a = { type: "text", name: name, value: value || "" };
    Object.keys(attrs || {}).forEach(function (k) { a[k] = attrs[k]; });
    return h("input", a);
  }
  function timezoneSelect(name, current) {
    var selected = current || BROWSER_TZ;
    return h("select", { name: name },
      timezones(selected).map(function (tz) {
        return h("option", { value: tz, selected: tz === selected }, tz === BROWSER_TZ ? tz + " (this device)" : tz);
      }));
  }

  // ---------------------------------------------------------------- views: sign in

  function programIntro(program) {
    if (!program) return null;
    var facts = programFacts(program);
    return h("section", { class: "card", "aria-labelledby": "intro-title" },
      h("h2", { id: "intro-title" }, "Partner with " + program.name),
      program.description ? h("p", { class: "lead" }, program.description) : null,
      h("p", null, "The self-serve workspace for partners and internal channel owners: apply or accept an invitation, manage your sites, referral links and voucher codes, and follow your program status in one place."),
      facts,
      program.registration_mode === "invite" ? h("p", { class: "alert alert-info" }, "This program is invitation-only. If you received an invitation email, open the link in it.") : null,
      program.registration_mode === "closed" ? h("p", { class: "alert alert-warn" }, "This program is not accepting new partners right now. Existing partners can still sign in.") : null);
  }

  function programFacts(program) {
    var minimums = program.payout_minimums || {};
    var minimumText = Object.keys(minimums).map(function (c) { return formatMoney(minimums[c], c); }).join(", ");
    return h("dl", { class: "facts" },
      h("dt", null, "Registration"), h("dd", null, { open: "Open to applications", invite: "By invitation only", closed: "Closed to new partners" }[program.registration_mode] || program.registration_mode),
      h("dt", null, "Attribution window"), h("dd", null, program.attribution_window_days + " days after a referral"),
      h("dt", null, "Hold period"), h("dd", null, program.hold_days + " days before a commission is approved"),
      minimumText ? [h("dt", null, "Payout minimum"), h("dd", null, minimumText)] : null,
      program.agreement_version ? [h("dt", null, "Agreement"), h("dd", null, "Version " + program.agreement_version)] : null);
  }

  function invitationCard() {
    if (state.invitationError) {
      return h("section", { class: "card", "aria-labelledby": "inv-title" },
        h("h2", { id: "inv-title" }, "Invitation"),
        h("div", { class: "alert alert-error", role: "alert" }, state.invitationError),
        h("p", { class: "muted" }, "You can still sign in, or ", h("a", { href: "/affiliate-portal" }, "open the partner portal"), " to apply."));
    }
    var inv = state.invitation;
    if (!inv) return null;
    var program = state.invitationProgram || {};
    var st = INVITATION_STATE[inv.state] || { tone: "outline", label: inv.state };
    var explain = {
      open: state.customer ? "Confirm your details to join." : "Sign in or create an account with " + inv.email + " to accept it.",
      accepted: "This invitation has already been used. Sign in to open your partner dashboard.",
      expired: "This invitation has expired. Ask the program team for a new one.",
      revoked: "This invitation was withdrawn. Ask the program team for a new one."
    }[inv.state];
    return h("section", { class: "card", "aria-labelledby": "inv-title" },
      h("div", { class: "card-head" },
        h("h2", { id: "inv-title" }, "You're invited to join " + (program.name || "the partner program")),
        badge(st.tone, st.label)),
      program.description ? h("p", { class: "lead" }, program.description) : null,
      // A used, expired or withdrawn invitation tells its state only.
      inv.state === "open" ? h("dl", { class: "facts" },
        h("dt", null, "Invited email"), h("dd", { "data-testid": "invited-email" }, inv.email),
        inv.name ? [h("dt", null, "Name"), h("dd", null, inv.name)] : null,
        h("dt", null, "Valid until"), h("dd", null, formatDate(inv.expires_at))) : null,
      inv.message ? h("blockquote", { class: "quote" }, inv.message) : null,
      explain ? h("p", { class: "muted", style: "margin-top:0.75rem" }, explain) : null);
  }

  function authView() {
    var mode = currentRoute() === "signup" ? "signup" : "signin";
    if (!/^(signin|signup)$/.test(currentRoute())) {
      // Invited partners usually need a new account; everyone else signs in first.
      mode = state.invitation && state.invitation.state === "open" ? "signup" : "signin";
    }
    var invitedEmail = (state.invitation && state.invitation.email) || "";
    var box = errorBox();
    var form;
    if (mode === "signin") {
      form = submitting(h("form", { novalidate: false, "aria-labelledby": "auth-title" },
        field("signin-email", "Email", textInput("email", invitedEmail, { type: "email", autocomplete: "email", required: true })),
        field("signin-password", "Password", textInput("password", "", { type: "password", autocomplete: "current-password", required: true })),
        h("div", { class: "form-actions" }, h("button", { type: "submit", class: "btn btn-block" }, "Sign in"))
      ), box, function () {
        var f = form.elements;
        return signIn(f.email.value.trim(), f.password.value).then(afterSignIn);
      });
    } else {
      form = submitting(h("form", { "aria-labelledby": "auth-title" },
        h("div", { class: "row" },
          field("signup-first", "First name", textInput("first_name", state.invitation && state.invitation.name ? state.invitation.name.split(" ")[0] : "", { autocomplete: "given-name", required: true })),
          field("signup-last", "Last name", textInput("last_name", state.invitation && state.invitation.name ? state.invitation.name.split(" ").slice(1).join(" ") : "", { autocomplete: "family-name" }), { optional: true })),
        field("signup-email", "Email", textInput("email", invitedEmail, { type: "email", autocomplete: "email", required: true }),
          invitedEmail ? { hint: "Use the address the invitation was sent to." } : null),
        field("signup-password", "Password", textInput("password", "", { type: "password", autocomplete: "new-password", required: true, minlength: 8 }), { hint: "At least 8 characters." }),
        h("div", { class: "form-actions" }, h("button", { type: "submit", class: "btn btn-block" }, "Create account"))
      ), box, function () {
        var f = form.elements;
        return signUp({
          email: f.email.value.trim(),
          password: f.password.value,
          first_name: f.first_name.value.trim(),
          last_name: f.last_name.value.trim()
        }).then(afterSignIn);
      });
    }
    var tabs = h("nav", { class: "segmented", "aria-label": "Sign in or create an account" },
      h("a", { href: "#/signin", "aria-current": mode === "signin" ? "page" : null }, "Sign in"),
      h("a", { href: "#/signup", "aria-current": mode === "signup" ? "page" : null }, "Create account"));
    var intro = state.invitationToken ? invitationCard() : programIntro(state.program);
    return h("div", null,
      h("div", { class: "hero" },
        h("h1", { tabindex: "-1" }, state.invitationToken ? "Accept your invitation" : "Partner portal"),
        h("p", { class: "lead" }, state.invitationToken
          ? "Sign in with the invited email address, then confirm your details."
          : "Sign in to your partner workspace, or create an account to apply.")),
      h("div", { class: "grid-2" },
        intro,
        h("section", { class: state.invitationToken ? "card" : "card auth-first", "aria-labelledby": "auth-title" },
          h("h2", { id: "auth-title" }, mode === "signin" ? "Sign in" : "Create your account"),
          h("p", { class: "muted small" }, mode === "signin"
            ? "Use your store customer account."
            : "Your partner login is a customer account of this store."),
          tabs, box, form)));
  }

  function afterSignIn() {
    return loadSession().then(function () {
      if (state.me) setHash("#/overview");
      else setHash("");
      render();
    });
  }

  // ---------------------------------------------------------------- views: apply / accept

  /** Fields shared by the application and the invitation acceptance. */
  function partnerFields(prefix, defaults) {
    return [
      field(prefix + "-name", "Full name", textInput("name", defaults.name, { autocomplete: "name", required: true, maxlength: 200 })),
      h("div", { class: "row" },
        field(prefix + "-company", "Company", textInput("company_name", "", { autocomplete: "organization", maxlength: 200 }), { optional: true }),
        field(prefix + "-website", "Website", textInput("website", "", { type: "url", placeholder: "https://example.com", autocomplete: "url" }), { optional: true })),
      h("div", { class: "row" },
        field(prefix + "-phone", "Phone", textInput("phone", "", { type: "tel", autocomplete: "tel", maxlength: 50 }), { optional: true }),
        field(prefix + "-tax", "Tax / VAT ID", textInput("tax_id", "", { maxlength: 100 }), { optional: true })),
      field(prefix + "-timezone", "Timezone", timezoneSelect("timezone", BROWSER_TZ), { hint: "Your reports and payout dates use this timezone." }),
      field(prefix + "-promotion", "How will you promote us?", h("textarea", { name: "promotion", rows: 4, maxlength: 2000, placeholder: "Your audience, channels (blog, newsletter, Instagram, podcast, events) and expected reach." }), { optional: true })
    ];
  }

  function agreementBlock(program, prefix) {
    if (!program.agreement_version && !program.agreement_text) return null;
    return h("fieldset", null,
      h("legend", null, "Partner agreement" + (program.agreement_version ? " (version " + program.agreement_version + ")" : "")),
      program.agreement_text ? h("div", { class: "agreement", tabindex: "0", role: "document", "aria-label": "Partner agreement text" }, program.agreement_text) : null,
      h("div", { class: "check" },
        h("input", { type: "checkbox", id: prefix + "-agree", name: "agree", required: true }),
        h("label", { for: prefix + "-agree" }, "I have read and accept the partner agreement" + (program.agreement_version ? " (version " + program.agreement_version + ")" : "") + ".")));
  }

  function detailsFrom(form, program) {
    var f = form.elements;
    var body = {
      name: f.name.value.trim(),
      company_name: trimOrNull(f.company_name.value),
      website: trimOrNull(f.website.value),
      phone: trimOrNull(f.phone.value),
      tax_id: trimOrNull(f.tax_id.value),
      timezone: f.timezone.value
    };
    var promotion = trimOrNull(f.promotion.value);
    if (promotion) body.business_details = { promotion: promotion };
    if (program.agreement_version) body.agreement_version = program.agreement_version;
    return body;
  }

  function afterJoining(affiliate) {
    return loadMe().then(function () {
      var st = affiliate && affiliate.status;
      state.notice = st === "active"
        ? { tone: "ok", text: "Welcome aboard: your partner account is active." }
        : { tone: "ok", text: "Application received. Its status is: pending review." };
      setHash("#/overview");
      render();
    });
  }

  function applyView() {
    var program = state.program;
    var mode = program.registration_mode;
    var body;
    if (mode === "invite") {
      body = h("section", { class: "card" },
        h("h2", null, "Invitation only"),
        h("p", null, "This program accepts partners by invitation only. If the program team invited you, open the link in your invitation email while signed in with the invited address."));
    } else if (mode === "closed") {
      body = h("section", { class: "card" },
        h("h2", null, "Not accepting applications"),
        h("p", null, "This program is not accepting new partners right now. Please check back later."));
    } else {
      var box = errorBox();
      var form = h("form", { "aria-labelledby": "apply-title" },
        partnerFields("apply", { name: fullName(state.customer) }),
        agreementBlock(program, "apply"),
        h("div", { class: "form-actions" },
          h("button", { type: "submit", class: "btn" }, "Submit application"),
          h("span", { class: "muted small" }, program.registration_mode === "open" ? "The program team reviews each application." : "")));
      submitting(form, box, function () {
        return call("POST", "/store/affiliate/apply", programBody(detailsFrom(form, program))).then(function (data) {
          return afterJoining(data.affiliate);
        });
      });
      body = h("section", { class: "card", "aria-labelledby": "apply-title" },
        h("h2", { id: "apply-title" }, "Your application"),
        h("p", { class: "muted" }, "Tell us about you and your audience. Fields marked optional can be completed later in your profile."),
        box, form);
    }
    return h("div", null,
      h("div", { class: "hero" },
        h("h1", { tabindex: "-1" }, "Become a partner"),
        h("p", { class: "lead" }, program.description || ("Join " + program.name + " and earn commission for the customers you refer."))),
      h("div", { class: "grid-2" },
        body,
        h("section", { class: "card", "aria-labelledby": "terms-title" },
          h("h2", { id: "terms-title" }, "Program terms"),
          programFacts(program),
          state.sites.length ? [h("h3", { style: "margin-top:1rem" }, "Sites you can promote"),
            h("ul", { class: "list" }, state.sites.map(function (s) {
              return h("li", null, h("div", null, h("strong", null, s.name), h("div", { class: "meta" }, s.domain + (s.locale ? " \u00B7 " + s.locale : ""))));
            }))] : null)));
  }

  function acceptView() {
    var inv = state.invitation;
    var program = state.invitationProgram || state.program;
    var content;
    if (!inv) {
      content = h("section", { class: "card" }, h("h2", null, "Invitation"),
        h("div", { class: "alert alert-error", role: "alert" }, state.invitationError || "This invitation could not be loaded."),
        h("p", null, h("a", { href: "/affiliate-portal" }, "Go to the partner portal")));
    } else if (inv.state !== "open") {
      content = invitationCard();
    } else if ((state.customer.email || "").toLowerCase() !== inv.email.toLowerCase()) {
      content = h("section", { class: "card" },
        h("h2", null, "Wrong account"),
        h("div", { class: "alert alert-warn", role: "alert" },
          "This invitation was sent to " + inv.email + ", but you are signed in as " + state.customer.email + "."),
        h("p", null, "Sign out and sign in (or create an account) with " + inv.email + " to accept it."),
        h("button", { type: "button", class: "btn", onclick: signOut }, "Sign out"));
    } else {
      var box = errorBox();
      var form = h("form", { "aria-labelledby": "accept-title" },
        partnerFields("accept", { name: inv.name || fullName(state.customer) }),
        agreementBlock(program, "accept"),
        h("div", { class: "form-actions" }, h("button", { type: "submit", class: "btn" }, "Accept invitation")));
      submitting(form, box, function () {
        var body = detailsFrom(form, program);
        body.token = state.invitationToken;
        return call("POST", "/store/affiliate/invitations/accept", body).then(function (data) {
          // The token is used up: forget it and leave the accept page.
          forgetInvitationToken();
          var search = state.programId ? "?program_id=" + encodeURIComponent(state.programId) : "";
          history.replaceState(null, "", "/affiliate-portal" + search + "#/overview");
          return afterJoining(data.affiliate);
        });
      });
      content = h("div", { class: "grid-2" },
        h("section", { class: "card", "aria-labelledby": "accept-title" },
          h("h2", { id: "accept-title" }, "Confirm your details"),
          box, form),
        invitationCard());
    }
    return h("div", null,
      h("div", { class: "hero" },
        h("h1", { tabindex: "-1" }, "Accept your invitation"),
        h("p", { class: "lead" }, "Join " + (program ? program.name : "the partner program") + " as a partner.")),
      content);
  }

  // ---------------------------------------------------------------- views: dashboard

  var TABS = [
    { id: "overview", label: "Overview" },
    { id: "sites", label: "Sites" },
    { id: "links", label: "Links & codes" },
    { id: "reporting", label: "Reporting" },
    { id: "earnings", label: "Earnings" },
    { id: "payouts", label: "Payouts", external: true },
    { id: "profile", label: "Profile" },
    { id: "help", label: "Help center" }
  ];

  /** Internal channel accounts are never paid out: they have no payouts tab. */
  function tabsFor(affiliate) {
    return TABS.filter(function (t) { return !t.external || affiliate.kind !== "internal"; });
  }

  /** The tab (and for a payout, its id) the address asks for; unknown addresses show the overview. */
  function routeTab(affiliate) {
    var parts = currentRoute().split("/");
    var tab = tabsFor(affiliate).some(function (t) { return t.id === parts[0]; }) ? parts[0] : "overview";
    var sub = tab === parts[0] && parts.length > 1 ? decodeURIComponent(parts.slice(1).join("/")) : null;
    return { tab: tab, sub: sub };
  }

  function tabBody(affiliate, route) {
    return {
      overview: overviewTab, sites: sitesTab, links: linksTab, reporting: reportingTab, earnings: earningsTab, payouts: payoutsTab,
      profile: profileTab, help: helpTab
    }[route.tab](affiliate, state.me.program, route.sub);
  }

  /**
   * Redraws only the open tab, for data that arrived in the background or a
   * filter: the notice, the heading and the focused control stay.
   */
  function refreshTab() {
    var holder = document.getElementById("tab-body");
    if (!holder || !state.me) { render(); return; }
    var active = document.activeElement;
    var focusKey = active && holder.contains(active) ? active.getAttribute("data-focus") : null;
    holder.replaceChildren(tabBody(state.me.affiliate, routeTab(state.me.affiliate)));
    if (focusKey) {
      var again = holder.querySelector("[data-focus=" + JSON.stringify(focusKey) + "]");
      if (again) again.focus({ preventScroll: true });
    }
  }

  function dashboardView() {
    var affiliate = state.me.affiliate;
    var tabs = tabsFor(affiliate);
    var route = routeTab(affiliate);
    var tab = route.tab;
    var st = STATUS[affiliate.status] || { tone: "info", badge: affiliate.status, icon: "i", title: affiliate.status, text: "" };
    var banner = h("section", { class: "banner banner-" + st.tone, "data-testid": "status-banner", "aria-labelledby": "status-title" },
      h("div", { class: "banner-icon", "aria-hidden": "true" }, st.icon),
      h("div", null,
        h("h2", { id: "status-title" }, st.title, " ", badge(st.tone, st.badge)),
        h("p", null, st.text),
        affiliate.kind === "internal" ? h("p", { class: "small", style: "margin-top:0.35rem" }, "Internal channel account: the same tools for your own marketing channels, without payouts.") : null));
    var nav = h("nav", { class: "tabs", "aria-label": "Partner workspace" },
      tabs.map(function (t) {
        return h("a", { href: "#/" + t.id, "aria-current": t.id === tab ? "page" : null }, t.label);
      }));
    var body = h("div", { id: "tab-body" }, tabBody(affiliate, route));
    return h("div", null,
      h("div", { class: "hero" },
        h("h1", { tabindex: "-1" }, "Welcome, " + (affiliate.name || state.customer.email)),
        h("p", { class: "lead" }, state.me.program.name + " partner workspace" + (affiliate.created_at ? " \u00B7 partner since " + formatDate(affiliate.created_at) : ""))),
      banner, nav, body);
  }

  function goTo(tab) {
    return function () { window.location.hash = "#/" + tab; };
  }

  function siteRows(affiliate) {
    var auths = affiliate.site_authorizations || [];
    var rows = state.sites.map(function (site) {
      var auth = auths.filter(function (a) { return a.site_id === site.id || (a.site && a.site.id === site.id); })[0];
      return { site: site, auth: auth || null };
    });
    // Authorizations for sites no longer listed (archived) still show their state.
    auths.forEach(function (a) {
      var id = a.site_id || (a.site && a.site.id);
      if (!rows.some(function (r) { return r.site.id === id; }) && a.site) rows.push({ site: a.site, auth: a });
    });
    return rows;
  }

  function promotionText(affiliate) {
    var details = affiliate.business_details || {};
    return typeof details.promotion === "string" ? details.promotion.trim() : "";
  }

  function actionItems(affiliate, program) {
    var items = [];
    if (program.agreement_version) {
      if (affiliate.agreement_version === program.agreement_version) {
        items.push({ kind: "done", title: "Partner agreement accepted",
          text: "Version " + affiliate.agreement_version + (affiliate.agreement_accepted_at ? ", accepted on " + formatDate(affiliate.agreement_accepted_at) : "") + "." });
      } else {
        items.push({ kind: "todo", title: "New partner agreement",
          text: "The agreement is now at version " + program.agreement_version + "; you accepted " + (affiliate.agreement_version ? "version " + affiliate.agreement_version : "no version") + ". Contact the program team to accept the new terms." });
      }
    }
    var missing = [];
    if (!affiliate.company_name && !affiliate.website) missing.push("company or website");
    if (!affiliate.phone) missing.push("phone");
    if (!promotionText(affiliate)) missing.push("how you promote us");
    if (missing.length) {
      items.push({ kind: "todo", title: "Missing business info", testid: "action-business",
        text: "Add your " + missing.slice(0, -1).join(", ") + (missing.length > 1 ? " and " : "") + missing[missing.length - 1] + " so the program team can verify your account.",
        action: h("button", { type: "button", class: "btn btn-secondary btn-small", onclick: goTo("profile") }, "Complete profile") });
    } else {
      items.push({ kind: "done", title: "Business info complete", text: "The program team has what it needs to verify you." });
    }
    if (affiliate.kind !== "internal" && !affiliate.payout_method) {
      items.push({ kind: "todo", title: "Payout details missing", text: "Tell us how you want to be paid before your first payout.",
        action: h("button", { type: "button", class: "btn btn-secondary btn-small", onclick: goTo("profile") }, "Add payout details") });
    }
    if ((affiliate.timezone || "UTC") === "UTC" && BROWSER_TZ !== "UTC") {
      var fix = h("button", { type: "button", class: "btn btn-secondary btn-small" }, "Use " + BROWSER_TZ);
      fix.addEventListener("click", function () {
        fix.disabled = true;
        saveProfile({ timezone: BROWSER_TZ }, "Timezone set to " + BROWSER_TZ + ".").catch(function (err) {
          fix.disabled = false;
          state.notice = { tone: "error", text: err.message };
          render();
        });
      });
      items.push({ kind: "todo", title: "Timezone not set", testid: "action-timezone",
        text: "Your account uses UTC, but this device is on " + BROWSER_TZ + ". Reports and payout dates follow your account timezone.",
        action: fix });
    } else {
      items.push({ kind: "done", title: "Timezone: " + affiliate.timezone, text: "Reports and payout dates use this timezone." });
    }
    items.push(affiliate.verified_at
      ? { kind: "done", title: "Verified", text: "The program team verified your details on " + formatDate(affiliate.verified_at) + "." }
      : { kind: "info", title: "Verification pending", text: "The program team checks your business details; nothing to do unless they contact you." });
    var approved = (affiliate.site_authorizations || []).filter(function (a) { return a.status === "approved"; });
    if (!approved.length && affiliate.status !== "disabled" && affiliate.status !== "rejected") {
      var requested = (affiliate.site_authorizations || []).some(function (a) { return a.status === "requested"; });
      items.push(requested
        ? { kind: "info", title: "Site access requested", text: "The program team will decide on your site request." }
        : { kind: "todo", title: "Request access to a site", text: "You promote sites the program team approves for you.",
            action: h("button", { type: "button", class: "btn btn-secondary btn-small", onclick: goTo("sites") }, "Choose sites") });
    }
    return items;
  }

  function overviewTab(affiliate, program) {
    var items = actionItems(affiliate, program);
    var todo = items.filter(function (i) { return i.kind === "todo"; }).length;
    var rows = siteRows(affiliate);
    var approvedSites = rows.filter(function (r) { return r.auth && r.auth.status === "approved"; }).length;
    var referrals = affiliate.referrals || [];
    var codes = 0;
    referrals.forEach(function (r) { (r.vouchers || []).forEach(function (v) { codes += (v.codes && v.codes.length) || 1; }); });
    return h("div", null,
      h("section", { class: "card", "aria-labelledby": "actions-title", "data-testid": "action-items" },
        h("div", { class: "card-head" },
          h("h2", { id: "actions-title" }, "Action items"),
          todo ? badge("warn", todo + " to do") : badge("ok", "All done")),
        h("ul", { class: "checklist" }, items.map(function (item) {
          return h("li", { class: item.kind, "data-testid": item.testid || null },
            h("span", { class: "icon", "aria-hidden": "true" }, item.kind === "done" ? "\u2713" : item.kind === "todo" ? "!" : "i"),
            h("div", { class: "body" },
              h("div", { class: "title" }, h("span", { class: "visually-hidden" }, item.kind === "done" ? "Done: " : item.kind === "todo" ? "To do: " : "Note: "), item.title),
              h("p", null, item.text)),
            item.action ? h("div", { class: "item-action" }, item.action) : null);
        }))),
      h("div", { class: "tiles" },
        tile(approvedSites + " of " + rows.length, "Sites approved for you"),
        tile(String(referrals.length), "Referral channels"),
        tile(String(codes), "Voucher codes and aliases")),
      h("div", { class: "grid-2" },
        h("section", { class: "card", "aria-labelledby": "perf-title", "data-testid": "performance" },
          h("h2", { id: "perf-title" }, "Performance"),
          h("p", null, "Clicks, unique visits, registrations and orders attributed to you, by day, link and campaign, in your time zone."),
          h("p", null, h("a", { href: "#/reporting" }, "Open your reporting")),
          h("h3", { class: "subhead" }, "Earnings"),
          earningsSummary(affiliate, payState(affiliate))),
        h("section", { class: "card", "aria-labelledby": "terms2-title" },
          h("h2", { id: "terms2-title" }, "Program terms"),
          programFacts(program))));
  }

  function tile(value, label) {
    return h("div", { class: "tile" }, h("div", { class: "tile-value" }, value), h("div", { class: "tile-label" }, label));
  }

  function sitesTab(affiliate) {
    var rows = siteRows(affiliate);
    var canRequest = affiliate.status !== "disabled" && affiliate.status !== "rejected";
    var box = errorBox();
    var list = rows.length
      ? h("ul", { class: "list", "data-testid": "sites" }, rows.map(function (row) {
          var key = row.auth ? row.auth.status : "none";
          var st = SITE_STATUS[key] || { tone: "outline", label: key, text: "" };
          var action = null;
          if (!row.auth && canRequest) {
            action = h("button", { type: "button", class: "btn btn-small", "aria-label": "Request access to " + row.site.name }, "Request access");
            action.addEventListener("click", function () {
              action.disabled = true;
              box.textContent = "";
              call("POST", "/store/affiliate/me/site-authorizations", programBody({ site_id: row.site.id })).then(function () {
                state.notice = { tone: "ok", text: "Access to " + row.site.name + " requested. The program team will review it." };
                return loadMe();
              }).then(render, function (err) { action.disabled = false; showError(box, err); });
            });
          }
          return h("li", { "data-site": row.site.domain },
            h("div", null,
              h("strong", null, row.site.name),
              h("div", { class: "meta" },
                row.site.landing_url ? h("a", { href: row.site.landing_url, target: "_blank", rel: "noopener noreferrer" }, row.site.domain) : row.site.domain,
                row.site.locale ? " \u00B7 " + row.site.locale : "",
                " \u00B7 " + st.text)),
            h("div", { class: "side" }, badge(st.tone, st.label), action));
        }))
      : h("p", { class: "muted" }, "The program has no sites to promote yet.");
    return h("section", { class: "card", "aria-labelledby": "sites-title" },
      h("h2", { id: "sites-title" }, "Sites"),
      h("p", { class: "muted" }, "You can promote the sites the program team approves for you. Reporting is kept per site."),
      box, list);
  }

  function siteById(affiliate, id) {
    var found = state.sites.filter(function (s) { return s.id === id; })[0];
    if (found) return found;
    var auth = (affiliate.site_authorizations || []).filter(function (a) { return a.site && a.site.id === id; })[0];
    return auth ? auth.site : null;
  }

  /**
   * The tracked link: served by this store (/r/<slug>), it records the visit
   * and sends the visitor on to the site with the click id and UTM tags.
   * Partners with several approved sites get one link per site.
   */
  function referralLink(referral, site, approvedCount) {
    var link = window.location.origin + "/r/" + encodeURIComponent(referral.slug);
    if (approvedCount > 1 && site) link += "?site=" + encodeURIComponent(String(site.domain).replace(/^https?:\/\//, "").replace(/\/+$/, ""));
    return link;
  }

  /** The full link, wrapped so it is readable on a phone, with a copy button. */
  function copyBox(label, value) {
    var code = h("code", { class: "linkbox-value", "data-testid": "referral-link", title: label }, value);
    var status = h("span", { class: "visually-hidden", role: "status" });
    var button = h("button", { type: "button", class: "btn btn-secondary btn-small", "aria-label": "Copy " + label.charAt(0).toLowerCase() + label.slice(1) }, "Copy");
    button.addEventListener("click", function () {
      var done = function () {
        button.textContent = "Copied";
        status.textContent = "Link copied.";
        setTimeout(function () { button.textContent = "Copy"; status.textContent = ""; }, 1500);
      };
      var fallback = function () {
        var range = document.createRange();
        range.selectNodeContents(code);
        var selection = window.getSelection();
        selection.removeAllRanges();
        selection.addRange(range);
        try { document.execCommand("copy"); } catch (e) { /* the link stays selected for manual copying */ }
        done();
      };
      if (navigator.clipboard && window.isSecureContext) navigator.clipboard.writeText(value).then(done, fallback);
      else fallback();
    });
    return h("div", { class: "linkbox" }, code, button, status);
  }

  function linksTab(affiliate) {
    var referrals = affiliate.referrals || [];
    var approved = (affiliate.site_authorizations || []).filter(function (a) { return a.status === "approved"; })
      .map(function (a) { return a.site || siteById(affiliate, a.site_id); }).filter(Boolean);
    var note = affiliate.status === "active" ? null
      : h("div", { class: "alert alert-warn" }, "Links and codes only work while your account is active.");
    if (!referrals.length) {
      return h("section", { class: "card", "aria-labelledby": "links-title" },
        h("h2", { id: "links-title" }, "Links & codes"), note,
        h("p", { class: "muted" }, "You have no referral channels yet. The program team sets up your referral links and voucher codes once your account and sites are approved."));
    }
    return h("div", null, note, referrals.map(function (ref, index) {
      var sites = ref.site_id ? [siteById(affiliate, ref.site_id)].filter(Boolean) : approved;
      var utm = ["utm_source", "utm_medium", "utm_campaign"].filter(function (k) { return ref[k]; });
      var vouchers = ref.vouchers || [];
      return h("section", { class: "card", "data-testid": "referral", "aria-labelledby": "ref-" + index },
        h("div", { class: "card-head" },
          h("h2", { id: "ref-" + index }, ref.name),
          badge(ref.status === "active" ? "ok" : "outline", ref.status === "active" ? "Active" : "Archived")),
        h("dl", { class: "facts" },
          h("dt", null, "Referral slug"), h("dd", null, h("code", null, ref.slug)),
          h("dt", null, "Site"), h("dd", null, ref.site_id ? (sites[0] ? sites[0].name + " (" + sites[0].domain + ")" : "Unavailable") : "Any site approved for you"),
          h("dt", null, "Landing page"), h("dd", null, h("code", null, ref.landing_path || "/")),
          h("dt", null, "Default UTM tags"), h("dd", null, utm.length
            ? h("span", { class: "chips" }, utm.map(function (k) { return h("span", { class: "chip" }, k + "=" + ref[k]); }))
            : "None")),
        h("h3", { style: "margin-top:1rem" }, "Referral link" + (sites.length > 1 ? "s" : "")),
        sites.length
          ? sites.map(function (site) { return copyBox("Referral link for " + site.domain, referralLink(ref, site, approved.length)); })
          : h("p", { class: "muted" }, "Your link appears here once a site is approved for you."),
        h("p", { class: "muted small" }, "The link counts each visit, then takes the visitor to " + (ref.landing_path || "/") + " on the site. Add utm_campaign or utm_content to it (for example utm_campaign=spring) to compare campaigns."),
        h("h3", { style: "margin-top:1rem" }, "Voucher codes"),
        vouchers.length
          ? vouchers.map(function (v) {
              var aliases = (v.codes || []).filter(function (c) { return c.kind === "alias"; });
              return h("div", { class: "subcard", "data-testid": "voucher" },
                h("div", { class: "card-head", style: "margin-bottom:0.4rem" },
                  h("span", { class: "chips" }, h("span", { class: "chip chip-primary" }, v.code)),
                  badge(v.status === "active" ? "ok" : "outline", v.status === "active" ? "Active" : "Inactive")),
                v.description ? h("p", { class: "small" }, v.description) : null,
                h("div", { class: "small muted" }, aliases.length ? "Also works as: " : "No aliases.",
                  aliases.length ? h("span", { class: "chips", style: "display:inline-flex" }, aliases.map(function (c) {
                    return h("span", { class: "chip" + (c.status === "active" ? "" : " chip-off"), title: c.status === "active" ? "Active alias" : "Inactive alias" }, c.code);
                  })) : null),
                v.has_incentive ? h("p", { class: "small", style: "margin-top:0.4rem" }, "Shoppers get the store's incentive when they use this code.") : null);
            })
          : h("p", { class: "muted" }, "No voucher codes for this channel yet. Codes let listeners and viewers type your code at signup or checkout."));
    }));
  }

  // ---------------------------------------------------------------- views: reporting

  var CONVERSIONS_PAGE = 20;
  var REASON_TEXT = {
    bot: "Automated traffic",
    blocked_at_click: "Link was blocked when clicked",
    window_expired: "Outside the attribution window",
    after_conversion: "Came after the conversion",
    affiliate_not_active: "Account was not active",
    referral_archived: "Referral was archived",
    code_inactive: "Code was not active",
    site_unregistered: "Not on a program site",
    site_not_authorized: "Site not approved for you",
    self_referral: "Your own account",
    outranked: "Another touch counted"
  };
  var SOURCE_TEXT = { link: "Link", code: "Code", utm: "Campaign", registration: "Earlier referral", manual: "Set by the program team" };

  function formatCount(value) {
    try { return new Intl.NumberFormat().format(value || 0); } catch (e) { return String(value || 0); }
  }
  function formatMoney(amount, currency) {
    if (amount === null || amount === undefined || amount === "") return "";
    try {
      // Intl formats the decimal string exactly; it is never summed here.
      return new Intl.NumberFormat(undefined, { style: "currency", currency: String(currency).toUpperCase() }).format(amount);
    } catch (e) {
      return String(currency || "").toUpperCase() + " " + amount;
    }
  }
  function formatRevenue(revenue) {
    var keys = Object.keys(revenue || {}).sort();
    return keys.length ? keys.map(function (c) { return formatMoney(revenue[c], c); }).join(" \u00B7 ") : "\u2013";
  }
  function formatRate(rate) {
    if (rate === null || rate === undefined) return "\u2013";
    try { return new Intl.NumberFormat(undefined, { style: "percent", maximumFractionDigits: 1 }).format(rate); } catch (e) { return Math.round(rate * 1000) / 10 + "%"; }
  }
  function formatDay(day, short) {
    var d = new Date(day + "T12:00:00Z");
    if (isNaN(d.getTime())) return day;
    var options = short ? { month: "short", day: "numeric", timeZone: "UTC" } : { weekday: "short", month: "short", day: "numeric", year: "numeric", timeZone: "UTC" };
    return d.toLocaleDateString(undefined, options);
  }
  function formatDateTime(value) {
    var d = new Date(value);
    if (isNaN(d.getTime())) return String(value);
    return d.toLocaleString(undefined, { year: "numeric", month: "short", day: "numeric", hour: "2-digit", minute: "2-digit" });
  }
  function hasActivity(row) {
    return row.clicks || row.registrations || row.orders || row.rejected_registrations || row.rejected_orders;
  }

  /** The report for the signed-in partner: loaded once per period, kept while switching tabs. */
  function reportState(affiliate) {
    if (!state.report || state.report.affiliateId !== affiliate.id) {
      state.report = {
        affiliateId: affiliate.id,
        query: { from: null, to: null, timezone: affiliate.timezone || BROWSER_TZ },
        status: "idle", data: null, error: null, conversions: [], conversionsCount: 0
      };
    }
    return state.report;
  }

  function reportUrl(query, by) {
    var params = new URLSearchParams();
    if (query.from) params.set("from", query.from);
    if (query.to) params.set("to", query.to);
    if (query.timezone) params.set("timezone", query.timezone);
    params.set("by", by);
    return withProgram("/store/affiliate/me/reports?" + params.toString());
  }

  function conversionsUrl(offset) {
    return withProgram("/store/affiliate/me/conversions?limit=" + CONVERSIONS_PAGE + "&offset=" + offset);
  }

  function rerenderReport(rep) {
    if (state.report === rep && currentRoute() === "reporting") render();
  }

  function loadReport(rep) {
    rep.status = "loading";
    rep.error = null;
    var q = rep.query;
    return Promise.all([
      call("GET", reportUrl(q, "day")),
      call("GET", reportUrl(q, "referral")),
      call("GET", reportUrl(q, "utm_source,utm_medium,utm_campaign")),
      call("GET", conversionsUrl(0))
    ]).then(function (answers) {
      rep.data = { daily: answers[0], referrals: answers[1], campaigns: answers[2] };
      // The period the server used (the last 30 days when none was asked for).
      rep.query = { from: answers[0].from, to: answers[0].to, timezone: answers[0].timezone };
      rep.conversions = answers[3].conversions || [];
      rep.conversionsCount = answers[3].count || 0;
      rep.status = "done";
    }, function (err) {
      rep.status = "error";
      rep.error = err.message;
    }).then(function () { rerenderReport(rep); });
  }

  function reportForm(rep) {
    var box = errorBox();
    if (rep.status === "error") box.textContent = rep.error;
    var form = h("form", { class: "report-form", "aria-label": "Report period" },
      field("r-from", "From", h("input", { type: "date", name: "from", value: rep.query.from || "", required: true })),
      field("r-to", "To", h("input", { type: "date", name: "to", value: rep.query.to || "", required: true })),
      field("r-timezone", "Time zone", timezoneSelect("timezone", rep.query.timezone)),
      h("div", { class: "field" }, h("button", { type: "submit", class: "btn", disabled: rep.status === "loading" }, rep.status === "loading" ? "Loading\u2026" : "Show")));
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      var f = form.elements;
      rep.query = { from: f.from.value, to: f.to.value, timezone: f.timezone.value };
      loadReport(rep);
      render();
    });
    return h("section", { class: "card", "aria-labelledby": "report-title" },
      h("div", { class: "card-head" },
        h("h2", { id: "report-title" }, "Your figures"),
        rep.data ? h("span", { class: "muted small" }, formatDay(rep.data.daily.from) + " \u2013 " + formatDay(rep.data.daily.to) + " \u00B7 " + rep.data.daily.timezone) : null),
      h("p", { class: "muted small" }, "Clicks on your links and the registrations and orders attributed to you. Days follow the time zone you choose; your account's time zone is the default."),
      box, form);
  }

  function figureTiles(totals) {
    var rejected = (totals.rejected_registrations || 0) + (totals.rejected_orders || 0);
    return h("div", { class: "tiles tiles-report", "data-testid": "report-totals" },
      tile(formatCount(totals.clicks), "Clicks"),
      tile(formatCount(totals.unique_clicks), "Unique visits"),
      tile(formatCount(totals.registrations), "Registrations"),
      tile(formatCount(totals.orders), "Orders" + (rejected ? " (" + formatCount(rejected) + " not attributed)" : "")),
      tile(formatRevenue(totals.revenue), "Revenue of attributed orders"),
      tile(formatRate(totals.conversion_rate), "Conversion rate (orders per unique visit)"));
  }

  function dataTable(label, testid, headers, rows) {
    return h("div", { class: "table-wrap" },
      h("table", { class: "data", "aria-label": label, "data-testid": testid },
        h("thead", null, h("tr", null, headers.map(function (head) {
          return h("th", { scope: "col", class: head.num ? "num" : null }, head.label);
        }))),
        h("tbody", null, rows.map(function (cells) {
          return h("tr", null, cells.map(function (cell, i) {
            return h("td", { class: headers[i].num ? "num" : null }, cell);
          }));
        }))));
  }

  var FIGURE_HEADERS = [
    { label: "Clicks", num: true }, { label: "Unique", num: true }, { label: "Registrations", num: true },
    { label: "Orders", num: true }, { label: "Not attributed", num: true }, { label: "Revenue", num: true }
  ];
  function figureCells(row) {
    return [formatCount(row.clicks), formatCount(row.unique_clicks), formatCount(row.registrations), formatCount(row.orders),
      formatCount((row.rejected_registrations || 0) + (row.rejected_orders || 0)), formatRevenue(row.revenue)];
  }
  function busiestFirst(rows) {
    return rows.slice().sort(function (a, b) { return (b.clicks - a.clicks) || (b.orders - a.orders) || (b.registrations - a.registrations); });
  }

  function dayChart(rows) {
    var max = 1;
    rows.forEach(function (r) { if (r.clicks > max) max = r.clicks; });
    var pct = function (v) { return v ? "max(2px, " + (v / max * 100) + "%)" : "0"; };
    var step = Math.max(1, Math.ceil(rows.length / 5));
    // A few dates under the bars, the last one always, none crowding it.
    var labelled = function (i) { return i === rows.length - 1 || (i % step === 0 && rows.length - 1 - i >= step / 2); };
    var totalClicks = 0, totalUnique = 0;
    rows.forEach(function (r) { totalClicks += r.clicks; totalUnique += r.unique_clicks; });
    return h("div", { class: "chart" },
      h("div", { class: "chart-legend small muted" },
        h("span", null, h("span", { class: "swatch swatch-clicks" }), "Clicks"),
        h("span", null, h("span", { class: "swatch swatch-unique" }), "Unique visits"),
        totalClicks ? h("span", { class: "chart-peak" }, "Peak " + formatCount(max) + (max === 1 ? " click" : " clicks") + " a day") : null),
      h("div", { class: "chart-bars", role: "img", "aria-label": formatCount(totalClicks) + " clicks and " + formatCount(totalUnique) + " unique visits in " + rows.length + " days" },
        rows.map(function (r) {
          return h("div", { class: "chart-day", title: formatDay(r.day) + ": " + formatCount(r.clicks) + " clicks, " + formatCount(r.unique_clicks) + " unique visits, " + formatCount(r.orders) + " orders" },
            h("div", { class: "bar bar-clicks", style: "height:" + pct(r.clicks) }),
            h("div", { class: "bar bar-unique", style: "height:" + pct(r.unique_clicks) }));
        })),
      h("div", { class: "chart-labels", "aria-hidden": "true" }, rows.map(function (r, i) {
        return h("div", null, labelled(i) ? formatDay(r.day, true) : "");
      })));
  }

  function daysCard(daily) {
    var active = daily.rows.filter(hasActivity).reverse();
    return h("section", { class: "card", "aria-labelledby": "days-title" },
      h("h2", { id: "days-title" }, "Traffic by day"),
      dayChart(daily.rows),
      active.length
        ? dataTable("Figures by day", "report-days", [{ label: "Date" }].concat(FIGURE_HEADERS), active.map(function (r) {
            return [formatDay(r.day)].concat(figureCells(r));
          }))
        : h("p", { class: "muted" }, "No clicks or conversions in this period yet. Share your links and codes to get started."));
  }

  function referralsCard(report) {
    var rows = busiestFirst(report.rows);
    return h("section", { class: "card", "aria-labelledby": "byref-title" },
      h("h2", { id: "byref-title" }, "By referral"),
      rows.length
        ? dataTable("Figures by referral", "report-referrals", [{ label: "Referral" }].concat(FIGURE_HEADERS), rows.map(function (r) {
            var name = r.referral
              ? h("span", null, r.referral_name || r.referral, r.referral_slug ? h("span", { class: "muted small block mono" }, r.referral_slug) : null)
              : h("span", { class: "muted" }, "No referral");
            return [name].concat(figureCells(r));
          }))
        : h("p", { class: "muted" }, "No referral traffic in this period."));
  }

  function campaignsCard(report) {
    var rows = busiestFirst(report.rows);
    var dash = function (v) { return v || h("span", { class: "muted" }, "\u2013"); };
    return h("section", { class: "card", "aria-labelledby": "campaigns-title" },
      h("h2", { id: "campaigns-title" }, "Campaigns (UTM)"),
      rows.length
        ? dataTable("Figures by campaign", "report-campaigns",
            [{ label: "Source" }, { label: "Medium" }, { label: "Campaign" }, { label: "Clicks", num: true }, { label: "Registrations", num: true }, { label: "Orders", num: true }, { label: "Revenue", num: true }],
            rows.map(function (r) {
              return [dash(r.utm_source), dash(r.utm_medium), dash(r.utm_campaign), formatCount(r.clicks), formatCount(r.registrations), formatCount(r.orders), formatRevenue(r.revenue)];
            }))
        : h("p", { class: "muted" }, "No campaign traffic in this period."));
  }

  function conversionItem(c) {
    var via = [];
    if (c.source) via.push(SOURCE_TEXT[c.source] || c.source);
    if (c.referral) via.push(c.referral.name);
    if (c.voucher_code) via.push("code " + c.voucher_code);
    var utm = [c.utm_source, c.utm_medium, c.utm_campaign].filter(Boolean).join(" / ");
    if (utm) via.push(utm);
    var ok = c.status === "attributed";
    return h("li", { "data-testid": "conversion" },
      h("div", { class: "conv-main" },
        h("div", { class: "conv-head" },
          h("strong", { "data-testid": "conversion-customer" }, c.customer),
          h("span", { class: "muted" }, c.conversion === "order" ? "Order" : "Registration"),
          badge(ok ? "ok" : "bad", ok ? "Attributed" : "Not attributed")),
        h("div", { class: "meta" },
          formatDateTime(c.attributed_at),
          c.site ? " \u00B7 " + c.site.domain : "",
          via.length ? " \u00B7 via " + via.join(", ") : ""),
        c.summary ? h("p", { class: "small conv-summary" }, c.summary) : null,
        c.reasons && c.reasons.length
          ? h("div", { class: "chips" }, c.reasons.map(function (r) { return h("span", { class: "chip chip-off-reason" }, REASON_TEXT[r] || r); }))
          : null),
      h("div", { class: "side conv-amount" }, c.conversion === "order" && c.order_total !== null ? formatMoney(c.order_total, c.currency_code) : ""));
  }

  function conversionsCard(rep) {
    var more = null;
    if (rep.conversions.length < rep.conversionsCount) {
      more = h("button", { type: "button", class: "btn btn-secondary btn-small" }, "Show more");
      more.addEventListener("click", function () {
        more.disabled = true;
        call("GET", conversionsUrl(rep.conversions.length)).then(function (data) {
          rep.conversions = rep.conversions.concat(data.conversions || []);
          rep.conversionsCount = data.count || 0;
          rerenderReport(rep);
        }, function (err) {
          more.disabled = false;
          rep.error = err.message;
          rep.status = "error";
          rerenderReport(rep);
        });
      });
    }
    return h("section", { class: "card", "aria-labelledby": "conv-title" },
      h("div", { class: "card-head" },
        h("h2", { id: "conv-title" }, "Referred customers"),
        rep.conversionsCount ? h("span", { class: "muted small" }, rep.conversionsCount + " conversion" + (rep.conversionsCount === 1 ? "" : "s") + ", newest first") : null),
      h("p", { class: "muted small" }, "Each customer you referred shows as a pseudonym that stays the same across their registration and orders. You see dates, the site and the link, code or UTM that brought them, never their name, email, phone or address."),
      rep.conversions.length
        ? h("ul", { class: "list conversions", "data-testid": "conversions" }, rep.conversions.map(conversionItem))
        : h("p", { class: "muted" }, "No registrations or orders attributed to you yet."),
      more ? h("div", { class: "form-actions" }, more) : null);
  }

  function reportingTab(affiliate) {
    var rep = reportState(affiliate);
    if (rep.status === "idle") loadReport(rep);
    var body;
    if (!rep.data) {
      body = rep.status === "error" ? null : h("section", { class: "card center", "aria-busy": "true" }, h("div", { class: "spinner", "aria-hidden": "true" }), h("p", { class: "muted" }, "Loading your figures\u2026"));
    } else {
      body = h("div", { class: rep.status === "loading" ? "is-updating" : null },
        figureTiles(rep.data.daily.totals),
        daysCard(rep.data.daily),
        referralsCard(rep.data.referrals),
        campaignsCard(rep.data.campaigns),
        conversionsCard(rep));
    }
    return h("div", { "data-testid": "reporting" }, reportForm(rep), body);
  }

  // ---------------------------------------------------------------- views: earnings and payouts

  var LEDGER_PAGE = 20;
  var PAYOUTS_PAGE = 20;
  var LEDGER_FILTERS = [
    ["", "All statuses"], ["pending", "Pending (on hold)"], ["approved", "Approved"], ["paid", "Paid"], ["void", "Void"]
  ];
  var COMMISSION_STATUS = {
    pending: { tone: "warn", label: "Pending" },
    approved: { tone: "info", label: "Approved" },
    in_payout: { tone: "info", label: "In a payout" },
    paid: { tone: "ok", label: "Paid" },
    void: { tone: "outline", label: "Void" }
  };
  var PAYOUT_STATUS = {
    draft: { tone: "info", label: "Being prepared", live: true,
      text: "The program team has prepared this payout. Its commissions are set aside for it and are paid together." },
    processing: { tone: "info", label: "Processing", live: true,
      text: "The payment is on its way to the payout details in your profile." },
    paid: { tone: "ok", label: "Paid",
      text: "The program team sent this payment. Use the reference to find it on your statement." },
    failed: { tone: "bad", label: "Failed",
      text: "The payment did not go through. Its commissions went back to your approved balance and are paid with the next payout; check your payout details." },
    canceled: { tone: "outline", label: "Canceled",
      text: "The program team canceled this payout. Its commissions went back to your approved balance and are paid with the next payout." }
  };
  var EVENT_TEXT = { registration: "Registration", order: "Order", first_order: "First order" };
  var ENTRY_TEXT = { reversal: "Reversal", clawback: "Clawback", adjustment: "Adjustment" };
  var REVERSED_OF = {
    registration: "of a registration commission", order: "of an order commission", first_order: "of a first-order commission"
  };

  function isInternal(affiliate) { return affiliate.kind === "internal"; }

  /** Money owed to the partner, per signed-in account; kept while switching tabs and refreshed on each visit. */
  function payState(affiliate) {
    if (!state.pay || state.pay.affiliateId !== affiliate.id) {
      state.pay = {
        affiliateId: affiliate.id,
        timezone: affiliate.timezone || BROWSER_TZ,
        balance: { status: "idle", data: null, error: null },
        payouts: { status: "idle", data: null, error: null },
        ledger: { status: "idle", data: null, error: null, filter: "", offset: 0 },
        detail: { status: "idle", data: null, error: null, id: null },
        known: {}
      };
    }
    state.pay.timezone = affiliate.timezone || BROWSER_TZ;
    return state.pay;
  }

  /** After a navigation the figures are read again (the old ones stay on screen meanwhile). */
  function stalePay() {
    if (!state.pay) return;
    ["balance", "payouts", "ledger", "detail"].forEach(function (key) {
      var res = state.pay[key];
      if (res.status !== "loading") res.status = "idle";
    });
  }

  function isPayRoute() {
    var tab = currentRoute().split("/")[0];
    return tab === "overview" || tab === "earnings" || tab === "payouts" || tab === "";
  }

  function remember(pay, payouts) {
    (payouts || []).forEach(function (p) { if (p && p.id) pay.known[p.id] = p; });
  }

  /** Loads into a resource; only the newest request of a resource may write to it. */
  function fetchInto(res, url, keep) {
    res.status = "loading";
    res.error = null;
    var ticket = res.ticket = (res.ticket || 0) + 1;
    return call("GET", withProgram(url)).then(function (data) {
      if (res.ticket !== ticket) return;
      res.data = keep ? keep(data, res.data) : data;
      res.status = "done";
    }, function (err) {
      if (res.ticket !== ticket) return;
      res.status = "error";
      res.error = err.message;
      res.errorStatus = err.status;
    }).then(function () {
      if (res.ticket === ticket && state.pay && isPayRoute()) refreshTab();
    });
  }

  function ensureBalance(pay) {
    if (pay.balance.status === "idle") fetchInto(pay.balance, "/store/affiliate/me/balance");
  }
  function ensurePayouts(pay) {
    if (pay.payouts.status !== "idle") return;
    // A refresh reads as many payouts as were on screen.
    var shown = pay.payouts.data ? pay.payouts.data.payouts.length : 0;
    var limit = Math.min(200, Math.max(PAYOUTS_PAGE, shown));
    fetchInto(pay.payouts, "/store/affiliate/me/payouts?limit=" + limit + "&offset=0", function (data) {
      remember(pay, data.payouts);
      return { payouts: data.payouts || [], count: data.count || 0 };
    });
  }
  function ledgerUrl(led) {
    var params = new URLSearchParams();
    params.set("limit", String(LEDGER_PAGE));
    params.set("offset", String(led.offset));
    if (led.filter) params.set("status", led.filter);
    return "/store/affiliate/me/commissions?" + params.toString();
  }
  function ensureLedger(pay) {
    if (pay.ledger.status === "idle") fetchInto(pay.ledger, ledgerUrl(pay.ledger));
  }
  function ensureDetail(pay, id) {
    var det = pay.detail;
    if (det.id !== id) { det.id = id; det.data = null; det.error = null; det.status = "idle"; }
    if (det.status === "idle") {
      fetchInto(det, "/store/affiliate/me/payouts/" + encodeURIComponent(id), function (data) {
        remember(pay, [data.payout]);
        return data;
      });
    }
  }

  // Money: amounts arrive in major units; sums are done in whole minor units, never in floats.
  function currencyDigits(currency) {
    try {
      return new Intl.NumberFormat("en", { style: "currency", currency: String(currency).toUpperCase() }).resolvedOptions().maximumFractionDigits;
    } catch (e) { return 2; }
  }
  function toMinor(amount, currency) {
    return Math.round(Number(amount || 0) * Math.pow(10, currencyDigits(currency)));
  }
  function fromMinor(minor, currency) {
    return minor / Math.pow(10, currencyDigits(currency));
  }
  function formatSigned(amount, currency) {
    try {
      return new Intl.NumberFormat(undefined, { style: "currency", currency: String(currency).toUpperCase(), signDisplay: "exceptZero" }).format(amount);
    } catch (e) {
      return formatMoney(amount, currency);
    }
  }
  function formatPercent(rate) {
    if (rate === null || rate === undefined) return "";
    try { return new Intl.NumberFormat(undefined, { style: "percent", maximumFractionDigits: 2 }).format(Number(rate) / 100); } catch (e) { return rate + " %"; }
  }
  /** Dates of money follow the account's time zone, like the reports. */
  function payDate(value, withTime) {
    if (!value) return "";
    var d = new Date(value);
    if (isNaN(d.getTime())) return String(value);
    var options = { year: "numeric", month: "short", day: "numeric" };
    if (withTime) { options.hour = "2-digit"; options.minute = "2-digit"; }
    var tz = state.pay && state.pay.timezone;
    try { if (tz) options.timeZone = tz; return d.toLocaleString(undefined, options); } catch (e) {
      delete options.timeZone;
      return d.toLocaleString(undefined, options);
    }
  }

  function loadingLine(text) {
    return h("div", { class: "loading-line", role: "status" },
      h("span", { class: "spinner spinner-inline", "aria-hidden": "true" }), h("span", { class: "muted" }, text));
  }
  function failedLine(res, what) {
    var retry = h("button", { type: "button", class: "btn-link", "data-focus": "retry-" + what }, "Try again");
    retry.addEventListener("click", function () { res.status = "idle"; refreshTab(); });
    return h("div", { class: "alert alert-error", role: "alert" }, res.error + " ", retry);
  }

  /** One line on how money moves: pending for the hold, then approved, then paid once the minimum is reached. */
  function moneyRule(affiliate, program) {
    var hold = Number(program.hold_days || 0);
    var first = hold > 0
      ? "A new commission is pending for the " + hold + "-day hold period (a cancellation, refund or return in that time takes it back), then it is approved."
      : "A new commission is approved straight away: this program has no hold period.";
    if (isInternal(affiliate)) return first + " Internal channel accounts are never paid out: these figures are for your reporting.";
    return first + " A payout pays your approved balance once it reaches the program minimum.";
  }

  function moneyTile(value, currency, label, hint, extra) {
    return h("div", { class: "tile" + (extra ? " " + extra : "") },
      h("div", { class: "tile-value" }, formatMoney(value, currency)),
      h("div", { class: "tile-label" }, label),
      hint ? h("div", { class: "tile-hint" }, hint) : null);
  }

  function minimumLine(b, affiliate) {
    if (isInternal(affiliate)) return null;
    var cur = b.currency_code;
    var approved = toMinor(b.approved, cur);
    var minimum = toMinor(b.minimum, cur);
    var minText = formatMoney(b.minimum, cur);
    var text, pct = null;
    if (approved < 0) {
      text = "Your approved balance is " + formatMoney(b.approved, cur) + " after a clawback: new approved commissions make up for it first. Payout minimum: " + (minimum > 0 ? minText : "none") + ".";
      pct = 0;
    } else if (minimum <= 0) {
      text = approved > 0
        ? "No payout minimum applies: your approved balance goes into the next payout."
        : "No payout minimum applies: approved commissions go into the next payout.";
    } else if (approved >= minimum) {
      text = "Your approved balance has reached the payout minimum of " + minText + ": it goes into the next payout.";
      pct = 100;
    } else {
      text = formatMoney(fromMinor(minimum - approved, cur), cur) + " more in approved commissions to reach the payout minimum of " + minText + ".";
      pct = Math.max(0, Math.min(100, approved / minimum * 100));
    }
    return h("div", { class: "minimum", "data-testid": "payout-minimum" },
      pct === null ? null : h("div", { class: "meter", "aria-hidden": "true" }, h("span", { style: "width:" + pct + "%" })),
      h("p", { class: "small" }, text));
  }

  function currencyBalance(b, affiliate, several) {
    var cur = b.currency_code;
    var internal = isInternal(affiliate);
    return h("div", { class: "balance", "data-testid": "balance", "data-currency": cur },
      several ? h("h3", null, String(cur).toUpperCase()) : null,
      h("div", { class: "tiles tiles-4 tiles-money" },
        moneyTile(b.pending, cur, "Pending", "On hold; may still be taken back"),
        moneyTile(b.approved, cur, "Approved", internal ? "Past the hold period" : "Ready for the next payout", "tile-accent"),
        internal ? null : moneyTile(b.in_payout, cur, "In a payout", "Being paid out now"),
        internal ? null : moneyTile(b.paid, cur, "Paid", "Paid out to you so far")),
      minimumLine(b, affiliate));
  }

  function balanceCard(affiliate, program, pay) {
    var res = pay.balance;
    var body;
    if (!res.data) {
      body = res.status === "error" ? failedLine(res, "balance") : loadingLine("Loading your balance\u2026");
    } else if (!(res.data.balances || []).length) {
      body = h("p", { class: "muted", "data-testid": "no-earnings" }, "No earnings yet. Commissions show up here as soon as a customer you referred earns you one.");
    } else {
      var several = res.data.balances.length > 1;
      body = h("div", { class: res.status === "loading" ? "is-updating" : null },
        res.status === "error" ? failedLine(res, "balance") : null,
        res.data.balances.map(function (b) { return currencyBalance(b, affiliate, several); }));
    }
    return h("section", { class: "card", "aria-labelledby": "balance-title", "data-testid": "balances" },
      h("h2", { id: "balance-title" }, "Balance"),
      h("p", { class: "muted small", "data-testid": "money-rule" }, moneyRule(affiliate, program)),
      body);
  }

  function entryKind(c) {
    if (c.entry_type === "commission") return EVENT_TEXT[c.event] || "Commission";
    return ENTRY_TEXT[c.entry_type] || c.entry_type;
  }

  /** Status of a ledger line: an approved line that sits in a payout being prepared says so. */
  function lineStatus(pay, c) {
    var payout = c.payout_id ? pay.known[c.payout_id] : null;
    if (c.status === "approved" && payout && PAYOUT_STATUS[payout.status] && PAYOUT_STATUS[payout.status].live) return "in_payout";
    return c.status;
  }

  function payoutLink(pay, id, key) {
    var p = pay.known[id];
    return h("a", { href: "#/payouts/" + encodeURIComponent(id), class: "small block", "data-focus": key }, p ? "Payout of " + payDate(p.created_at) : "See the payout");
  }

  var LEDGER_COLUMNS = [
    { key: "date", label: "Date" }, { key: "source", label: "Source" }, { key: "customer", label: "Customer" },
    { key: "event", label: "Event" }, { key: "basis", label: "Basis", num: true }, { key: "rate", label: "Rate", num: true },
    { key: "amount", label: "Amount", num: true }, { key: "status", label: "Status" }
  ];

  function ledgerCells(pay, c, options) {
    var cur = c.currency_code;
    var negative = Number(c.amount) < 0;
    var kind = entryKind(c);
    var source = [];
    if (c.referral) source.push(h("span", { class: "block" }, c.referral.name), h("span", { class: "muted small block mono" }, c.referral.slug));
    else if (c.entry_type === "adjustment") source.push(h("span", { class: "block" }, "Program team"));
    if (c.site) source.push(h("span", { class: "muted small block" }, c.site.name));
    var st = lineStatus(pay, c);
    var sInfo = COMMISSION_STATUS[st] || { tone: "outline", label: st };
    var statusDetail = null;
    if (st === "pending" && c.hold_until) statusDetail = h("span", { class: "muted small block" }, "On hold until " + payDate(c.hold_until));
    else if (st === "approved" && !isInternal(state.me.affiliate)) statusDetail = h("span", { class: "muted small block" }, "For the next payout");
    else if (st === "paid" && c.paid_at) statusDetail = h("span", { class: "muted small block" }, "On " + payDate(c.paid_at));
    var link = c.payout_id && !options.inPayout ? payoutLink(pay, c.payout_id, "payout-of-" + c.id) : null;
    return {
      date: h("time", { datetime: c.created_at }, payDate(c.created_at, true)),
      source: source.length ? source : null,
      customer: c.customer ? h("span", { "data-testid": "ledger-customer" }, c.customer) : null,
      event: [h("span", { class: "entry-kind" + (negative ? " is-negative" : "") }, kind),
        c.entry_type !== "commission" && REVERSED_OF[c.event] ? h("span", { class: "muted small block" }, REVERSED_OF[c.event]) : null],
      basis: c.basis_amount === null || c.basis_amount === undefined ? "" : formatMoney(c.basis_amount, cur),
      rate: c.rate === null || c.rate === undefined ? (c.entry_type === "commission" && c.basis_amount === null ? "Flat" : "") : formatPercent(c.rate),
      amount: h("span", { class: "amount" + (negative ? " is-negative" : "") }, formatSigned(c.amount, cur)),
      status: [badge(sInfo.tone, sInfo.label), statusDetail, link]
    };
  }

  /** The ledger as a table on wide screens and as one block per line on phones. */
  function ledgerTable(pay, rows, label, testid, options) {
    options = options || {};
    return h("div", { class: "table-wrap" },
      h("table", { class: "data stack ledger", "aria-label": label, "data-testid": testid, role: "table" },
        h("thead", { role: "rowgroup" }, h("tr", { role: "row" }, LEDGER_COLUMNS.map(function (col) {
          return h("th", { scope: "col", role: "columnheader", class: col.num ? "num" : null }, col.label);
        }))),
        rows.map(function (c) {
          var cells = ledgerCells(pay, c, options);
          var negative = Number(c.amount) < 0;
          return h("tbody", { role: "rowgroup", class: "entry-group" + (negative ? " negative-line" : ""), "data-testid": "ledger-line", "data-entry": c.entry_type, "data-status": c.status },
            h("tr", { role: "row", class: "entry" }, LEDGER_COLUMNS.map(function (col) {
              var value = cells[col.key];
              var empty = value === "" || value === null;
              return h("td", {
                role: "cell",
                class: "c-" + col.key + (col.num ? " num" : "") + (empty ? " is-empty" : ""),
                "data-label": col.label
              }, empty ? h("span", { class: "muted" }, "\u2013") : value);
            })),
            c.summary ? h("tr", { role: "row", class: "note" },
              h("td", { role: "cell", colspan: String(LEDGER_COLUMNS.length), class: "c-note" }, h("span", { class: "visually-hidden" }, "Details: "), c.summary)) : null);
        })));
  }

  function ledgerCard(affiliate, pay) {
    var led = pay.ledger;
    var select = h("select", { name: "status", id: "ledger-status", "data-focus": "ledger-status" },
      LEDGER_FILTERS.map(function (o) { return h("option", { value: o[0], selected: led.filter === o[0] }, o[1]); }));
    select.addEventListener("change", function () {
      led.filter = select.value;
      led.offset = 0;
      led.status = "idle";
      refreshTab();
    });
    var data = led.data;
    var body;
    if (!data) {
      body = led.status === "error" ? failedLine(led, "ledger") : loadingLine("Loading your commissions\u2026");
    } else {
      var rows = data.commissions || [];
      var count = data.count || 0;
      var offset = typeof data.offset === "number" ? data.offset : led.offset;
      var from = rows.length ? offset + 1 : 0;
      var to = offset + rows.length;
      var pager = null;
      if (count > LEDGER_PAGE) {
        var page = function (key, label, aria, enabled, offset) {
          var btn = h("button", { type: "button", class: "btn btn-secondary btn-small", "aria-label": aria, "aria-disabled": enabled ? null : "true", "data-focus": key }, label);
          btn.addEventListener("click", function () {
            if (!enabled || led.status === "loading") return;
            led.offset = offset;
            led.status = "idle";
            refreshTab();
          });
          return btn;
        };
        pager = h("nav", { class: "pager", "aria-label": "Ledger pages" },
          page("ledger-prev", "\u2190 Newer", "Newer entries", offset > 0, Math.max(0, offset - LEDGER_PAGE)),
          h("span", { class: "muted small" }, "Page " + (Math.floor(offset / LEDGER_PAGE) + 1) + " of " + Math.ceil(count / LEDGER_PAGE)),
          page("ledger-next", "Older \u2192", "Older entries", to < count, offset + LEDGER_PAGE));
      }
      body = h("div", { class: led.status === "loading" ? "is-updating" : null },
        led.status === "error" ? failedLine(led, "ledger") : null,
        h("p", { class: "muted small", "data-testid": "ledger-count" }, count
          ? "Showing " + from + "\u2013" + to + " of " + count + (count === 1 ? " entry" : " entries") + ", newest first. Times in " + pay.timezone + "."
          : ""),
        rows.length
          ? ledgerTable(pay, rows, "Commission ledger", "ledger")
          : h("p", { class: "muted", "data-testid": "ledger-empty" }, led.filter
              ? "No entries with this status."
              : "No commissions yet. Each commission, reversal and adjustment will be listed here with its amount and status."),
        pager);
    }
    return h("section", { class: "card", "aria-labelledby": "ledger-title" },
      h("div", { class: "card-head" },
        h("h2", { id: "ledger-title" }, "Commission ledger"),
        h("div", { class: "field field-inline" }, h("label", { for: "ledger-status" }, "Status"), select)),
      h("p", { class: "muted small" }, "Every line of your earnings: what earned it, the amount and where it stands. Nothing is edited afterwards: when an order is canceled, refunded or returned, a negative reversal (before payment) or clawback (after payment) is added, and the program team's corrections show as adjustments. Customers show as pseudonyms."),
      body);
  }

  function earningsTab(affiliate, program) {
    var pay = payState(affiliate);
    ensureBalance(pay);
    ensureLedger(pay);
    // Knowing the payouts lets the ledger say which lines are in one.
    if (!isInternal(affiliate)) ensurePayouts(pay);
    return h("div", { "data-testid": "earnings" },
      balanceCard(affiliate, program, pay),
      ledgerCard(affiliate, pay));
  }

  function payoutBadge(status) {
    var st = PAYOUT_STATUS[status] || { tone: "outline", label: status };
    return badge(st.tone, st.label);
  }

  var PAYOUT_COLUMNS = [
    { key: "date", label: "Date" }, { key: "amount", label: "Amount", num: true }, { key: "status", label: "Status" },
    { key: "reference", label: "Reference" }, { key: "items", label: "Commissions" }
  ];

  function payoutsTable(pay, payouts) {
    return h("div", { class: "table-wrap" },
      h("table", { class: "data stack payouts", "aria-label": "Payout history", "data-testid": "payouts", role: "table" },
        h("thead", { role: "rowgroup" }, h("tr", { role: "row" }, PAYOUT_COLUMNS.map(function (col) {
          return h("th", { scope: "col", role: "columnheader", class: col.num ? "num" : null }, col.label);
        }))),
        h("tbody", { role: "rowgroup" }, payouts.map(function (p) {
          var cells = {
            date: [h("time", { datetime: p.created_at }, payDate(p.created_at)),
              p.paid_at ? h("span", { class: "muted small block" }, "Paid on " + payDate(p.paid_at)) : null],
            amount: h("strong", { class: "amount" + (Number(p.amount) < 0 ? " is-negative" : "") }, formatMoney(p.amount, p.currency_code)),
            status: payoutBadge(p.status),
            reference: p.reference ? h("span", { class: "mono" }, p.reference) : h("span", { class: "muted" }, p.status === "paid" ? "\u2013" : "When paid"),
            items: h("a", { href: "#/payouts/" + encodeURIComponent(p.id), "data-focus": "payout-view-" + p.id, "aria-label": "View the " + p.item_count + " commission" + (p.item_count === 1 ? "" : "s") + " of the payout of " + payDate(p.created_at) },
              "View " + p.item_count + " commission" + (p.item_count === 1 ? "" : "s"))
          };
          return h("tr", { role: "row", class: "entry", "data-testid": "payout-row", "data-payout": p.id }, PAYOUT_COLUMNS.map(function (col) {
            return h("td", { role: "cell", class: "c-" + col.key + (col.num ? " num" : ""), "data-label": col.label }, cells[col.key]);
          }));
        }))));
  }

  function payoutHistoryCard(pay) {
    var res = pay.payouts;
    var body;
    if (!res.data) {
      body = res.status === "error" ? failedLine(res, "payouts") : loadingLine("Loading your payouts\u2026");
    } else {
      var list = res.data.payouts;
      var more = null;
      if (list.length < res.data.count) {
        more = h("button", { type: "button", class: "btn btn-secondary btn-small", "data-focus": "payouts-more" }, "Show older payouts");
        more.addEventListener("click", function () {
          if (res.status === "loading") return;
          more.textContent = "Loading\u2026";
          fetchInto(res, "/store/affiliate/me/payouts?limit=" + PAYOUTS_PAGE + "&offset=" + list.length, function (data, old) {
            remember(pay, data.payouts);
            return { payouts: old.payouts.concat(data.payouts || []), count: data.count || 0 };
          });
        });
      }
      body = h("div", { class: res.status === "loading" ? "is-updating" : null },
        res.status === "error" ? failedLine(res, "payouts") : null,
        list.length
          ? payoutsTable(pay, list)
          : h("p", { class: "muted", "data-testid": "no-payouts" }, "No payouts yet. Once your approved balance reaches the program minimum, the next payout run pays it and it is listed here."),
        more ? h("div", { class: "form-actions" }, more) : null);
    }
    return h("section", { class: "card", "aria-labelledby": "payouts-title" },
      h("div", { class: "card-head" },
        h("h2", { id: "payouts-title" }, "Payout history"),
        res.data && res.data.count ? h("span", { class: "muted small" }, res.data.count + " payout" + (res.data.count === 1 ? "" : "s") + ", newest first") : null),
      h("p", { class: "muted small" }, "A payout pays your approved commissions together. Open one to see every commission it included, so you can match it with your statement. If a payout fails or is canceled, its commissions return to your approved balance."),
      body);
  }

  function payoutDetail(affiliate, pay, id) {
    ensureDetail(pay, id);
    var det = pay.detail;
    var back = h("p", null, h("a", { href: "#/payouts" }, "\u2190 All payouts"));
    if (!det.data) {
      return h("section", { class: "card", "aria-labelledby": "payout-title", "data-testid": "payout-detail" },
        back,
        h("h2", { id: "payout-title" }, "Payout"),
        det.status === "error"
          ? (det.errorStatus === 404
              ? h("div", { class: "alert alert-error", role: "alert" }, det.error + " It may belong to another account, or the link is mistyped.")
              : failedLine(det, "payout"))
          : loadingLine("Loading the payout\u2026"));
    }
    var p = det.data.payout;
    var items = det.data.items || [];
    var cur = p.currency_code;
    var sum = 0;
    items.forEach(function (c) { sum += toMinor(c.amount, c.currency_code || cur); });
    var matches = sum === toMinor(p.amount, cur);
    var st = PAYOUT_STATUS[p.status] || { text: "" };
    return h("section", { class: "card" + (det.status === "loading" ? " is-updating" : ""), "aria-labelledby": "payout-title", "data-testid": "payout-detail" },
      back,
      h("div", { class: "card-head" },
        h("h2", { id: "payout-title", tabindex: "-1" }, "Payout of " + payDate(p.created_at)),
        payoutBadge(p.status)),
      st.text ? h("p", { class: "muted" }, st.text) : null,
      h("dl", { class: "facts" },
        h("dt", null, "Amount"), h("dd", { "data-testid": "payout-amount" }, formatMoney(p.amount, cur)),
        // Where this payout goes was fixed when it was made; later profile changes apply to the next payouts.
        p.destination && p.destination.account ? [h("dt", null, "Paid to"), h("dd", { class: "mono", "data-testid": "payout-destination" },
          ({ bank_transfer: "Bank transfer", paypal: "PayPal", other: "Other" }[p.destination.payout_method] || "") + " " + p.destination.account)] : null,
        h("dt", null, "Reference"), h("dd", { class: p.reference ? "mono" : null }, p.reference || (p.status === "paid" ? "\u2013" : "Given when it is paid")),
        h("dt", null, "Created"), h("dd", null, payDate(p.created_at, true)),
        p.paid_at ? [h("dt", null, "Paid on"), h("dd", null, payDate(p.paid_at, true))] : null,
        h("dt", null, "Commissions"), h("dd", null, String(p.item_count))),
      h("div", { class: "alert " + (matches ? "alert-ok" : "alert-warn"), "data-testid": "payout-reconciliation" },
        matches
          ? "The " + items.length + " commission" + (items.length === 1 ? "" : "s") + " below add up to " + formatMoney(p.amount, cur) + ", the amount of this payout" + (items.some(function (c) { return Number(c.amount) < 0; }) ? " (negative lines are deducted)." : ".")
          : "The commissions below add up to " + formatMoney(fromMinor(sum, cur), cur) + ", but the payout is " + formatMoney(p.amount, cur) + ". Contact the program team."),
      items.length ? ledgerTable(pay, items, "Commissions in this payout", "payout-items", { inPayout: true }) : h("p", { class: "muted" }, "This payout lists no commissions."));
  }

  function payoutsTab(affiliate, program, sub) {
    var pay = payState(affiliate);
    if (sub) return h("div", { "data-testid": "payouts-tab" }, payoutDetail(affiliate, pay, sub));
    ensureBalance(pay);
    ensurePayouts(pay);
    return h("div", { "data-testid": "payouts-tab" }, payoutHistoryCard(pay));
  }

  /** The overview's money figures: approved, pending and the latest payout, per currency. */
  function earningsSummary(affiliate, pay) {
    var internal = isInternal(affiliate);
    ensureBalance(pay);
    if (!internal) ensurePayouts(pay);
    var res = pay.balance;
    if (!res.data) return res.status === "error" ? failedLine(res, "overview-balance") : loadingLine("Loading your earnings\u2026");
    var balances = res.data.balances || [];
    var list = !internal && pay.payouts.data ? pay.payouts.data.payouts : [];
    var lastPaid = list.filter(function (p) { return p.status === "paid"; })[0] || null;
    var upcoming = list.filter(function (p) { return PAYOUT_STATUS[p.status] && PAYOUT_STATUS[p.status].live; })[0] || null;
    var rows = [];
    var several = balances.length > 1;
    balances.forEach(function (b) {
      var suffix = several ? " (" + String(b.currency_code).toUpperCase() + ")" : "";
      rows.push(h("dt", null, internal ? "Approved" + suffix : "Approved, for the next payout" + suffix),
        h("dd", { "data-testid": "overview-approved" }, formatMoney(b.approved, b.currency_code)));
      rows.push(h("dt", null, "Pending, on hold" + suffix), h("dd", { "data-testid": "overview-pending" }, formatMoney(b.pending, b.currency_code)));
    });
    if (!internal) {
      var last;
      if (lastPaid) last = formatMoney(lastPaid.amount, lastPaid.currency_code) + ", paid on " + payDate(lastPaid.paid_at || lastPaid.created_at);
      else if (pay.payouts.status === "error") last = h("span", { class: "muted" }, pay.payouts.error);
      else if (!pay.payouts.data) last = h("span", { class: "muted" }, "Loading\u2026");
      else last = h("span", { class: "muted" }, "None yet");
      rows.push(h("dt", null, "Last payout"), h("dd", { "data-testid": "overview-last-payout" }, last));
      if (upcoming) {
        rows.push(h("dt", null, "Next payout"), h("dd", { "data-testid": "overview-next-payout" },
          formatMoney(upcoming.amount, upcoming.currency_code) + " ", payoutBadge(upcoming.status)));
      }
    }
    return h("div", { class: "earnings-summary" + (res.status === "loading" ? " is-updating" : ""), "data-testid": "earnings-summary" },
      balances.length ? null : h("p", { class: "muted small" }, "No earnings yet: commissions show up as soon as a customer you referred earns you one."),
      h("dl", { class: "facts" }, rows),
      h("p", { class: "links-inline" },
        h("a", { href: "#/earnings", "data-focus": "open-earnings" }, "Open your earnings"),
        internal ? null : h("a", { href: "#/payouts", "data-focus": "open-payouts" }, "See all payouts")));
  }

  function saveProfile(changes, message) {
    return call("POST", "/store/affiliate/me", programBody(changes)).then(function () {
      state.notice = { tone: "ok", text: message || "Profile saved." };
      return loadMe();
    }).then(render);
  }

  function profileTab(affiliate) {
    var address = affiliate.address || {};
    var payout = affiliate.payout_details || {};
    var box = errorBox();
    var form = h("form", { "aria-labelledby": "profile-title" },
      h("fieldset", null,
        h("legend", null, "Contact"),
        field("p-name", "Full name", textInput("name", affiliate.name, { required: true, autocomplete: "name", maxlength: 200 })),
        h("div", { class: "row" },
          field("p-email", "Email", textInput("email", affiliate.email || state.customer.email, { type: "email", readOnly: true }), { hint: "Your sign-in email; the program team can change it." }),
          field("p-phone", "Phone", textInput("phone", affiliate.phone, { type: "tel", autocomplete: "tel", maxlength: 50 }), { optional: true })),
        field("p-timezone", "Timezone", timezoneSelect("timezone", affiliate.timezone))),
      h("fieldset", null,
        h("legend", null, "Business"),
        h("div", { class: "row" },
          field("p-company", "Company", textInput("company_name", affiliate.company_name, { autocomplete: "organization", maxlength: 200 }), { optional: true }),
          field("p-website", "Website", textInput("website", affiliate.website, { type: "url", placeholder: "https://example.com" }), { optional: true })),
        h("div", { class: "row" },
          field("p-tax", "Tax / VAT ID", textInput("tax_id", affiliate.tax_id, { maxlength: 100 }), { optional: true }),
          field("p-country", "Country", textInput("country", address.country, { autocomplete: "country-name", maxlength: 100 }), { optional: true })),
        field("p-address", "Address", textInput("address_1", address.address_1, { autocomplete: "street-address", maxlength: 200 }), { optional: true }),
        h("div", { class: "row" },
          field("p-postal", "Postal code", textInput("postal_code", address.postal_code, { autocomplete: "postal-code", maxlength: 20 }), { optional: true }),
          field("p-city", "City", textInput("city", address.city, { autocomplete: "address-level2", maxlength: 100 }), { optional: true })),
        field("p-promotion", "How do you promote us?", h("textarea", { name: "promotion", rows: 4, maxlength: 2000, value: promotionText(affiliate) }), { optional: true })),
      affiliate.kind === "internal" ? null : h("fieldset", null,
        h("legend", null, "Payouts"),
        field("p-method", "Payout method", h("select", { name: "payout_method" },
          [["", "Not set"], ["bank_transfer", "Bank transfer"], ["paypal", "PayPal"], ["other", "Other"]].map(function (o) {
            return h("option", { value: o[0], selected: (affiliate.payout_method || "") === o[0] }, o[1]);
          }))),
        h("div", { class: "row" },
          field("p-holder", "Account holder", textInput("account_holder", payout.account_holder, { maxlength: 200 }), { optional: true }),
          field("p-account", "IBAN, PayPal email or account reference", textInput("account", payout.account, { maxlength: 200 }), { optional: true }))),
      h("div", { class: "form-actions" }, h("button", { type: "submit", class: "btn" }, "Save profile")));
    submitting(form, box, function () {
      var f = form.elements;
      var changes = {
        name: f.name.value.trim(),
        phone: trimOrNull(f.phone.value),
        timezone: f.timezone.value,
        company_name: trimOrNull(f.company_name.value),
        website: trimOrNull(f.website.value),
        tax_id: trimOrNull(f.tax_id.value),
        // Keep keys this form does not edit.
        address: Object.assign({}, address, {
          address_1: trimOrNull(f.address_1.value), postal_code: trimOrNull(f.postal_code.value),
          city: trimOrNull(f.city.value), country: trimOrNull(f.country.value)
        }),
        business_details: Object.assign({}, affiliate.business_details || {}, { promotion: trimOrNull(f.promotion.value) })
      };
      if (f.payout_method) {
        changes.payout_method = f.payout_method.value || null;
        changes.payout_details = Object.assign({}, payout, {
          account_holder: trimOrNull(f.account_holder.value), account: trimOrNull(f.account.value)
        });
      }
      return saveProfile(changes, "Profile saved.");
    });
    return h("section", { class: "card", "aria-labelledby": "profile-title" },
      h("h2", { id: "profile-title" }, "Profile"),
      h("p", { class: "muted" }, "Keep your contact, business and payout details current. Only you and the program team see them."),
      box, form);
  }

  /** How money moves, in this program's own numbers: always true, whatever the program team writes. */
  function payingFaq(affiliate, program) {
    var hold = Number(program.hold_days || 0);
    var minimums = program.payout_minimums || {};
    var minimumText = Object.keys(minimums).filter(function (c) { return Number(minimums[c]) > 0; })
      .map(function (c) { return formatMoney(minimums[c], c); }).join(" or ");
    var holdText = hold > 0
      ? "It stays pending for the " + hold + "-day hold period; a cancellation, refund or return in that time takes it back. Then it is approved."
      : "This program has no hold period, so it is approved straight away.";
    var entries = [];
    if (affiliate.kind === "internal") {
      entries.push(["How are commissions handled for an internal channel?",
        "When a registration or order of a customer you referred earns a commission, it is added to your ledger as pending. " + holdText +
        " Internal channel accounts are never paid out: the Earnings tab shows the figures for your reporting."]);
    } else {
      entries.push(["How does a commission turn into a payment?",
        "When a registration or order of a customer you referred earns a commission, it is added to your ledger (Earnings tab) as pending. " + holdText +
        " When your approved balance reaches the payout minimum" + (minimumText ? " (" + minimumText + ")" : "") +
        ", the next payout run pays it to the payout details in your profile, and its commissions show as paid."]);
    }
    entries.push(["What do pending, approved, in a payout and paid mean?",
      "Pending: on hold and may still be taken back. Approved: past the hold period" + (affiliate.kind === "internal" ? "." : " and waiting for the next payout. In a payout: part of a payout being prepared or sent. Paid: sent to you; the payout shows the payment reference.")]);
    entries.push(["Why does my ledger have negative lines?",
      "Ledger lines are never edited or deleted. When an order is canceled, refunded or returned, a negative line is added: a reversal if the commission was not paid yet, a clawback if it was" +
      (affiliate.kind === "internal" ? "." : " (a clawback is deducted from your next payout).") + " Corrections by the program team show as adjustments with their reason."]);
    if (affiliate.kind !== "internal") {
      entries.push(["How do I check a payout against my statement?",
        "Open the Payouts tab and choose a payout: it lists every commission it included, and they add up to the amount paid. The reference is the one on your bank or PayPal statement. If a payout fails or is canceled, its commissions go back to your approved balance and into the next payout."]);
    }
    return h("div", { "data-testid": "help-paying" },
      h("h3", { class: "subhead" }, "Earnings and payouts"),
      entries.map(function (e) { return h("details", { class: "faq" }, h("summary", null, e[0]), h("div", null, e[1])); }));
  }

  function helpTab(affiliate, program) {
    var entries = (program.help_center && program.help_center.entries) || [];
    return h("section", { class: "card", "aria-labelledby": "help-title" },
      h("h2", { id: "help-title" }, "Help center"),
      entries.length
        ? entries.map(function (e) { return h("details", { class: "faq" }, h("summary", null, e.question), h("div", null, e.answer)); })
        : h("p", { class: "muted" }, "The program team has not published help articles yet. Contact them with any question."),
      payingFaq(affiliate, program),
      h("p", { class: "muted small", style: "margin-top:1rem" },
        "About privacy: customers you refer are shown anonymised (a pseudonym, dates, site and link / code / UTM context), never with their name, email, phone or address."));
  }

  // ---------------------------------------------------------------- start

  function fatal(err) {
    root.replaceChildren(frame(h("section", { class: "card center", role: "alert" },
      h("h1", { tabindex: "-1" }, "The partner portal is not available"),
      h("p", null, (err && err.message) || String(err)),
      h("p", { class: "muted small" }, "If you run this store, check the partner program settings in the Medusa admin."))));
  }

  window.addEventListener("hashchange", function () {
    // Another invitation link opened in this tab: start over with its token.
    if (/^#token=/.test(window.location.hash)) { window.location.reload(); return; }
    if (!state.program) return;
    stalePay();
    render();
    // A payout opened from far down the ledger starts at its top.
    if (currentRoute().indexOf("/") > 0) {
      var target = root.querySelector("[data-testid=payout-detail]");
      if (target) target.scrollIntoView({ block: "start" });
    }
  });

  loadInvitation()
    .then(loadProgram)
    .then(loadSession)
    .then(render)
    .catch(fatal);
})();
`
