# The two commands of the quick start are `make demo` and `make test`.
# uv is bootstrapped inside a project-local virtual environment (.uv/) so this works
# with a distribution Python that refuses `pip install` outside a venv (PEP 668).

PYTHON ?= python3
UV_VERSION := 0.13.8
UV := .uv/bin/uv
RUN := $(UV) run --frozen
HOST ?= 127.0.0.1
PORT ?= 8000
# Each test module runs whole on one worker, in the order of tests/conftest.py (a package's
# modules one after another, the transactional browser tests last), so that a world built
# for a module or a package is built once per worker. (--dist loadgroup would group by
# xdist_group marks, but with pytest 9.2 it silently ignores them: pytest-xdist#1386.)
PYTEST_ARGS ?= -n 2 --dist loadfile --no-loadscope-reorder
# More arguments after those, e.g. PYTEST_EXTRA_ARGS="-m 'not browser'" (.ci/run).
PYTEST_EXTRA_ARGS ?=

# The languages of the interface's translations (locale/), English being the source.
LOCALES := ar zh_Hans fr ru es pt de ja sw
NOT_SOURCE := .venv .uv static media tests bench test-artifacts

.PHONY: install demo test lint format bench clean messages

$(UV):
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11))' || \
		{ echo "Python 3.11 or newer is needed (found: $$($(PYTHON) --version))."; exit 1; }
	@$(PYTHON) -m venv .uv || { echo "Could not create a virtual environment: on Debian/Ubuntu, install python3-venv."; exit 1; }
	.uv/bin/python -m pip install --quiet --disable-pip-version-check "uv==$(UV_VERSION)"

install: $(UV)
	$(UV) sync --frozen

# The webhooks' worker (django-tasks-db's db_worker, api.webhooks) runs beside the
# server and stops with it: on Ctrl-C, or when the server stops on its own.
demo: install
	$(RUN) python manage.py migrate --noinput
	$(RUN) python manage.py seed_demo --port $(PORT)
	@$(RUN) python manage.py db_worker --backend webhooks --no-reload & worker=$$!; \
	trap 'kill $$worker 2>/dev/null; wait $$worker 2>/dev/null' EXIT; \
	trap 'exit 130' INT TERM; \
	$(RUN) python manage.py runserver $(HOST):$(PORT)

test: install
	$(RUN) python manage.py makemigrations --check --dry-run --settings=cms.settings.test
	$(RUN) pytest $(PYTEST_ARGS) $(PYTEST_EXTRA_ARGS)

lint: install
	$(RUN) ruff check .
	$(RUN) ruff format --check .
	$(RUN) djhtml --check templates
	$(RUN) lint-imports

format: install
	$(RUN) ruff check --fix .
	$(RUN) ruff format .
	$(RUN) djhtml templates

# Needs GNU gettext (apt-get install gettext); the compiled .mo files are committed, so
# nothing else does.
messages: install
	$(RUN) python manage.py makemessages --no-obsolete $(addprefix -l ,$(LOCALES)) $(addprefix --ignore=,$(NOT_SOURCE))
	$(RUN) python manage.py compilemessages $(addprefix -l ,$(LOCALES)) --ignore=.venv --ignore=.uv

# wrk comes from Debian's packages (installed here when missing, as root).
bench: install
	@command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk; }
	$(RUN) python bench/run.py $(BENCH_ARGS)

clean:
	rm -rf .uv .venv db.sqlite3 media static .test-media .pytest_cache
