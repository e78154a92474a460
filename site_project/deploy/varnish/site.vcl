# Varnish in front of gunicorn (README "Front cache"). Pages are cached only when the site marks
# them public (operations/caching.py: anonymous readers, s-maxage); everything personal passes.
# Editors' changes are purged by BAN requests from the site (operations/frontcache.py).
vcl 4.1;

# serve_production.py sets the port gunicorn listens on.
backend app {
    .host = "127.0.0.1";
    .port = "8081";
    .connect_timeout = 3s;
    .first_byte_timeout = 35s;  # just over gunicorn's own request timeout
}

# Only the site itself, on this machine, may purge.
acl purgers {
    "127.0.0.1";
    "::1";
}

sub vcl_recv {
    if (req.method == "BAN") {
        if (client.ip !~ purgers) {
            return (synth(405, "Not allowed"));
        }
        if (!req.http.X-Ban-Url) {
            return (synth(400, "X-Ban-Url missing"));
        }
        # On the address (path and query) kept with each object: lurker-friendly, any host.
        ban("obj.http.X-Url ~ " + req.http.X-Ban-Url);
        return (synth(200, "Banned"));
    }
    if (req.method == "PURGE") {
        if (client.ip !~ purgers) {
            return (synth(405, "Not allowed"));
        }
        return (purge);
    }
    if (req.method != "GET" && req.method != "HEAD") {
        return (pass);
    }
    # Static files and images are the same for everyone, whatever cookies come along.
    if (req.url ~ "^/(static|media)/") {
        unset req.http.Cookie;
        return (hash);
    }
    # The admin, previews (under /admin/), documents (their privacy is checked on every
    # download), search results, health checks and form-start tokens are never cached; the site
    # says so too, this saves the round trip through the cache.
    if (req.url ~ "^/(admin|django-admin|documents)(/|$)" || req.url ~ "^/healthz" ||
        req.url ~ "^/[a-z]{2}/(zoeken|search)/" || req.url ~ "^/[a-z]{2}/engagement/") {
        return (pass);
    }
    # A session (a logged-in editor) or a CSRF cookie: the reader may see something personal.
    if (req.http.Cookie ~ "(^|;\s*)(sessionid|csrftoken)=") {
        return (pass);
    }
    if (req.http.Authorization) {
        return (pass);
    }
    # Any other cookie (analytics, a consent banner) means nothing to the site: without it the
    # page comes from the cache.
    unset req.http.Cookie;
    return (hash);
}

sub vcl_hit {
    set req.http.X-Cache = "HIT";
}

sub vcl_miss {
    set req.http.X-Cache = "MISS";
}

sub vcl_pass {
    set req.http.X-Cache = "PASS";
}

sub vcl_backend_response {
    set beresp.http.X-Url = bereq.url;
    # Only what the site marks public is kept (s-maxage first, as Varnish reads it): Varnish's
    # default would otherwise keep redirects and pages without Cache-Control for two minutes.
    if (beresp.http.Cache-Control !~ "(?i)public" || beresp.http.Set-Cookie) {
        set beresp.uncacheable = true;
        set beresp.ttl = 120s;
        return (deliver);
    }
    # After expiry a stale copy may be served for a minute while a fresh one is fetched.
    set beresp.grace = 60s;
    return (deliver);
}

sub vcl_deliver {
    unset resp.http.X-Url;
    set resp.http.X-Cache = req.http.X-Cache;
    if (!resp.http.X-Cache) {
        set resp.http.X-Cache = "MISS";
    }
    unset resp.http.Via;
    unset resp.http.X-Varnish;
}
