"""A scorer for the MDN HTTP Observatory's rules (algorithm version 6: its tests, score
modifiers and the rule that bonus points only count from 90 uncurved points), for one
response of our own site served over HTTPS.

Input: the HTTPS response's headers, body and Set-Cookie headers, the answer to a
cross-origin request, and the redirect chain the plain-HTTP address takes. The HSTS preload
list is not consulted (the site is not on it), so no test can score "preloaded".
"""

import re
from dataclasses import dataclass, field
from http.cookies import SimpleCookie
from urllib.parse import urlsplit

MINIMUM_SCORE_FOR_EXTRA_CREDIT = 90
SIX_MONTHS = 15_552_000
DANGEROUSLY_BROAD = {"ftp:", "http:", "https:", "*", "http://*", "http://*.*", "https://*", "https://*.*"}
UNSAFE_INLINE = {"'unsafe-inline'", "data:"}
NONCE_OR_HASH = ("'sha256-", "'sha384-", "'sha512-", "'nonce-")
GRADES = [(100, "A+"), (90, "A"), (85, "A-"), (80, "B+"), (70, "B"), (65, "B-"), (60, "C+"), (50, "C")]
GRADES += [(45, "C-"), (40, "D+"), (30, "D"), (25, "D-"), (0, "F")]


@dataclass
class Observed:
    headers: dict  # lower-case names
    body: str
    set_cookies: list
    cors_headers: dict  # answer to a request with Origin: https://observatory.example
    redirect_chain: list  # URLs from http://host/ to the final one
    results: dict = field(default_factory=dict)


def parse_csp(value):
    policy = {}
    for part in value.split(";"):
        tokens = part.strip().split()
        if not tokens:
            continue
        name = tokens[0].lower()
        if name in policy:
            raise ValueError(f"duplicate directive {name}")
        sources = {token.lower() for token in tokens[1:]}
        policy[name] = sources or ({"'none'"} if name.endswith("-src") else set())
    return policy


def csp(observed):
    value = observed.headers.get("content-security-policy")
    if not value:
        return "csp-not-implemented", -25, {}
    try:
        policy = parse_csp(value)
    except ValueError:
        return "csp-header-invalid", -25, {}
    star = {"*"}
    script = set(policy.get("script-src") or policy.get("default-src") or star)
    style = set(policy.get("style-src") or policy.get("default-src") or star)
    objects = policy.get("object-src") or policy.get("default-src") or star
    for sources in (script, style):
        if any(source.startswith(NONCE_OR_HASH) for source in sources):
            sources.discard("'unsafe-inline'")
    active = [
        s
        for name, sources in policy.items()
        if name not in {"img-src", "media-src", "script-src"}
        for s in sources
    ]
    active += script
    passive = [
        s for name in ("img-src", "media-src") for s in (policy.get(name) or policy.get("default-src") or ())
    ]
    if script & (DANGEROUSLY_BROAD | UNSAFE_INLINE) or objects & DANGEROUSLY_BROAD:
        return "csp-implemented-with-unsafe-inline", -20, policy
    if any(source.startswith(("http:", "ftp:")) for source in active):
        return "csp-implemented-with-insecure-scheme", -20, policy
    if "'unsafe-eval'" in script | style:
        return "csp-implemented-with-unsafe-eval", -10, policy
    if any(source.startswith(("http:", "ftp:")) for source in passive):
        return "csp-implemented-with-insecure-scheme-in-passive-content-only", -10, policy
    if style & (DANGEROUSLY_BROAD | UNSAFE_INLINE):
        return "csp-implemented-with-unsafe-inline-in-style-src-only", 0, policy
    if policy.get("default-src") == {"'none'"}:
        return "csp-implemented-with-no-unsafe-default-src-none", 10, policy
    return "csp-implemented-with-no-unsafe", 5, policy


def hsts_max_age(observed):
    value = observed.headers.get("strict-transport-security", "")
    match = re.search(r"max-age=(\d+)", value.lower())
    return int(match.group(1)) if match and "," not in value else None


def cookies(observed):
    jar = []
    for raw in observed.set_cookies:
        for part in raw.split(";"):
            key, _, value = part.strip().partition("=")
            if key.lower() == "samesite" and value.strip().lower() not in {"lax", "strict", "none"}:
                return "cookies-samesite-flag-invalid", -20
        cookie = SimpleCookie()
        cookie.load(raw)
        jar.extend(cookie.values())
    if not jar:
        return "cookies-not-found", 0
    hsts = hsts_max_age(observed) is not None and hsts_max_age(observed) >= SIX_MONTHS
    order = [
        ("cookies-session-without-secure-flag", -40),
        ("cookies-session-without-httponly-flag", -30),
        ("cookies-anticsrf-without-samesite-flag", -20),
        ("cookies-samesite-flag-invalid", -20),
        ("cookies-without-secure-flag", -20),
        ("cookies-session-without-secure-flag-but-protected-by-hsts", -10),
        ("cookies-without-secure-flag-but-protected-by-hsts", -5),
    ]
    found = set()
    for morsel in jar:
        session = any(word in morsel.key.lower() for word in ("login", "sess"))
        secure, same_site = bool(morsel["secure"]), morsel["samesite"]
        if not secure:
            found.add(
                "cookies-without-secure-flag-but-protected-by-hsts" if hsts else "cookies-without-secure-flag"
            )
        if "csrf" in morsel.key.lower() and not same_site:
            found.add("cookies-anticsrf-without-samesite-flag")
        if session and not secure:
            found.add("cookies-session-without-secure-flag" + ("-but-protected-by-hsts" if hsts else ""))
        if session and not morsel["httponly"]:
            found.add("cookies-session-without-httponly-flag")
    for name, modifier in order:
        if name in found:
            return name, modifier
    if all(morsel["samesite"] for morsel in jar):
        return "cookies-secure-with-httponly-sessions-and-samesite", 5
    return "cookies-secure-with-httponly-sessions", 0


def cors(observed):
    allowed = observed.cors_headers.get("access-control-allow-origin", "").strip().lower()
    if not allowed:
        return "cross-origin-resource-sharing-not-implemented", 0
    if allowed == "*":
        return "cross-origin-resource-sharing-implemented-with-public-access", 0
    credentials = observed.cors_headers.get("access-control-allow-credentials", "").strip().lower()
    if allowed == "https://observatory.example" and credentials == "true":
        return "cross-origin-resource-sharing-implemented-with-universal-access", -50
    return "cross-origin-resource-sharing-implemented-with-restricted-access", 0


def redirection(observed):
    chain = [urlsplit(url) for url in observed.redirect_chain]
    if len(chain) == 1:
        return "redirection-missing", -20
    if chain[-1].scheme != "https":
        return "redirection-not-to-https", -20
    if chain[1].scheme == "http":
        return "redirection-not-to-https-on-initial-redirection", -10
    if chain[0].hostname != chain[1].hostname:
        return "redirection-off-host-from-http", -5
    return "redirection-to-https", 0


def referrer_policy(observed):
    value = observed.headers.get("referrer-policy")
    if not value:
        return "referrer-policy-not-implemented", 0
    good = {"no-referrer", "same-origin", "strict-origin", "strict-origin-when-cross-origin"}
    bad = {"origin", "origin-when-cross-origin", "unsafe-url", "no-referrer-when-downgrade"}
    policies = [item.strip().lower() for item in value.split(",") if item.strip().lower() in good | bad]
    if policies and policies[-1] in good:
        return "referrer-policy-private", 5
    if policies:
        return "referrer-policy-unsafe", -5
    return "referrer-policy-header-invalid", -5


def hsts(observed):
    if "strict-transport-security" not in observed.headers:
        return "hsts-not-implemented", -20
    max_age = hsts_max_age(observed)
    if max_age is None:
        return "hsts-header-invalid", -20
    if max_age < SIX_MONTHS:
        return "hsts-implemented-max-age-less-than-six-months", -10
    return "hsts-implemented-max-age-at-least-six-months", 0


def subresource_integrity(observed):
    if not observed.headers.get("content-type", "").startswith("text/html"):
        return "sri-not-implemented-response-not-html", 0
    scripts = re.findall(r"<script\b([^>]*)>", observed.body, re.IGNORECASE)
    sources = [re.search(r'\bsrc="([^"]+)"', attrs) for attrs in scripts]
    external = [match.group(1) for match in sources if match and re.match(r"^(https?:)?//", match.group(1))]
    if not scripts:
        return "sri-not-implemented-but-no-scripts-loaded", 0
    if external:  # our pages load none; anything external fails the A+ below
        return "sri-not-implemented-but-external-scripts-loaded-securely", -5
    return "sri-not-implemented-but-all-scripts-loaded-from-secure-origin", 0


def content_type_options(observed):
    value = observed.headers.get("x-content-type-options")
    if not value:
        return "x-content-type-options-not-implemented", -5
    if value.strip().lower() == "nosniff":
        return "x-content-type-options-nosniff", 0
    return "x-content-type-options-header-invalid", -5


def frame_options(observed, policy):
    if "frame-ancestors" in policy:
        return "x-frame-options-implemented-via-csp", 5
    value = observed.headers.get("x-frame-options", "").strip().lower()
    if value in {"deny", "sameorigin"}:
        return "x-frame-options-sameorigin-or-deny", 5
    if value.startswith("allow-from"):
        return "x-frame-options-allow-from-origin", 0
    return ("x-frame-options-header-invalid", -20) if value else ("x-frame-options-not-implemented", -20)


def single_token_header(observed, name, scores):
    value = observed.headers.get(name)
    if value is None:
        return f"{name}-not-implemented", 0
    return scores.get(value.strip().lower(), (f"{name}-header-invalid", -5))


def score(observed):
    """Runs every test; returns (score, grade) and fills observed.results."""
    csp_result, csp_modifier, policy = csp(observed)
    results = {
        "content-security-policy": (csp_result, csp_modifier),
        "cookies": cookies(observed),
        "cross-origin-resource-sharing": cors(observed),
        "redirection": redirection(observed),
        "referrer-policy": referrer_policy(observed),
        "strict-transport-security": hsts(observed),
        "subresource-integrity": subresource_integrity(observed),
        "x-content-type-options": content_type_options(observed),
        "x-frame-options": frame_options(observed, policy),
        "cross-origin-resource-policy": single_token_header(
            observed,
            "cross-origin-resource-policy",
            {
                "same-origin": ("corp-same-origin", 10),
                "same-site": ("corp-same-site", 10),
                "cross-origin": ("corp-cross-origin", 0),
            },
        ),
        "cross-origin-opener-policy": single_token_header(
            observed,
            "cross-origin-opener-policy",
            {
                "same-origin": ("coop-same-origin", 10),
                "same-origin-allow-popups": ("coop-same-origin-allow-popups", 10),
                "noopener-allow-popups": ("coop-noopener-allow-popups", 10),
                "unsafe-none": ("coop-unsafe-none", 0),
            },
        ),
        "cross-origin-embedder-policy": single_token_header(
            observed,
            "cross-origin-embedder-policy",
            {
                "require-corp": ("coep-require-corp", 10),
                "credentialless": ("coep-credentialless", 10),
                "unsafe-none": ("coep-unsafe-none", 0),
            },
        ),
    }
    observed.results = results
    with_bonus = 100 + sum(modifier for _, modifier in results.values())
    uncurved = 100 + sum(modifier for _, modifier in results.values() if modifier < 0)
    total = max(with_bonus if uncurved >= MINIMUM_SCORE_FOR_EXTRA_CREDIT else uncurved, 0)
    grade = next(grade for floor, grade in GRADES if total >= floor)
    return total, grade
