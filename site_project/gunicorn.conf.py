"""gunicorn's settings for production: `gunicorn -c site_project/gunicorn.conf.py site_project.wsgi`.

Every value can be changed through the environment (README "Production").
"""

import os

bind = os.environ.get("GUNICORN_BIND", "127.0.0.1:8000")
# Threads let a worker wait on the database or storage for one request while serving another.
worker_class = "gthread"
workers = int(os.environ.get("GUNICORN_WORKERS", 3))
threads = int(os.environ.get("GUNICORN_THREADS", 4))
# A request that takes longer is killed; the database's own timeouts (connect 3 s, statements
# 15 s) answer well before this, so a hanging database yields a 503 page, not a dropped request.
timeout = int(os.environ.get("GUNICORN_TIMEOUT", 30))
graceful_timeout = int(os.environ.get("GUNICORN_GRACEFUL_TIMEOUT", 30))
keepalive = int(os.environ.get("GUNICORN_KEEPALIVE", 5))
# Workers are replaced after a number of requests (spread by the jitter, so not all at once):
# a slow leak in a library never grows without bound.
max_requests = int(os.environ.get("GUNICORN_MAX_REQUESTS", 1000))
max_requests_jitter = int(os.environ.get("GUNICORN_MAX_REQUESTS_JITTER", 100))
accesslog = os.environ.get("GUNICORN_ACCESS_LOG", "-") or None  # empty: no access log
errorlog = "-"
# The proxy in front (Varnish, nginx) connects from here; its X-Forwarded-* headers are trusted.
forwarded_allow_ips = os.environ.get("FORWARDED_ALLOW_IPS", "127.0.0.1")
