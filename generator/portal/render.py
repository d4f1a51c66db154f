"""render_pages: the generated pages of the portal (docs path → markdown), a pure function of project and settings."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from generator.apimodel.examples import repeated_error_examples
from generator.apimodel.model import Api, CatalogEntry, Operation, Response
from generator.portal import flows, samples
from generator.portal.downloads import Downloads, build_downloads
from generator.portal.environment import environment
from generator.portal.error_codes import (
    ERROR_CODES_PAGE,
    ErrorCodePage,
    codes_by_status,
    error_code_link,
    error_code_page,
)
from generator.portal.history import (
    History,
    deprecations,
    operation_sunsets,
    render_history_pages,
)
from generator.portal.review import Point, review_points
from generator.portal.site import ProjectLike, SiteConfig
from generator.portal.views import (
    Row,
    Scope,
    api_scopes,
    illustrative_items,
    problem_code,
    rate_limit_rows,
    security_rows,
)

CATALOG_PAGE = "apis/index.md"
REVIEW_PAGE = "review.md"
INTAKE_PAGE = "intake.md"
DOWNLOADS_PAGE = "downloads/index.md"
CLIENT_REFERENCE_PAGE = "sdk/reference/index.md"


def api_page_path(slug: str) -> str:
    return f"apis/{slug}/index.md"


def client_page_path(slug: str) -> str:
    return f"sdk/reference/{slug}.md"


@dataclass(frozen=True)
class ErrorView:
    response: Response
    code: str
    link: str = ""  # the code's row on the error-code page, relative to the API page


@dataclass(frozen=True)
class OperationView:
    """An operation with what its reference section shows besides the model's own fields."""

    op: Operation
    curl: str
    python: str
    errors: tuple[ErrorView, ...]
    rate_limits: tuple[Row, ...]
    security: tuple[Row, ...]
    other_responses: tuple[Response, ...]  # documented, neither the first success nor an error
    # status → the earlier operation on the page that shows the same error examples (shown once, linked from here)
    same_error_examples: dict[str, Operation] = field(default_factory=dict)


@dataclass(frozen=True)
class ApiView:
    api: Api
    entry: CatalogEntry
    flow: str
    scopes: tuple[Scope, ...]
    illustrative: tuple[str, ...]
    review: tuple[Point, ...]
    operations: tuple[OperationView, ...]
    intake_link: str


def _operation_view(
    api: Api,
    op: Operation,
    site: SiteConfig,
    codes: ErrorCodePage | None = None,
    repeats: Mapping[str, dict[str, Operation]] | None = None,
) -> OperationView:
    success = op.success

    def error(r: Response) -> ErrorView:
        code = problem_code(r)
        link = error_code_link(code, codes, api_page_path(api.slug)) if codes is not None and code else ""
        return ErrorView(r, code, link)

    return OperationView(
        op=op,
        curl=samples.curl(api, op),
        python=samples.python(api, op, site),
        errors=tuple(error(r) for r in op.errors),
        rate_limits=tuple(rate_limit_rows(api, op)),
        security=tuple(security_rows(api, op)),
        other_responses=tuple(r for r in op.responses if r is not success and not r.is_error),
        same_error_examples=(repeats or {}).get(op.operation_id, {}),
    )


def api_view(
    api: Api, entry: CatalogEntry, site: SiteConfig, names: Mapping[str, str], codes: ErrorCodePage | None = None
) -> ApiView:
    repeats = repeated_error_examples(api.operations)
    return ApiView(
        api=api,
        entry=entry,
        flow=flows.sequence_diagram(api),
        scopes=tuple(api_scopes(api)),
        illustrative=tuple(illustrative_items(api)),
        review=tuple(review_points(entry, api, names)),
        operations=tuple(_operation_view(api, op, site, codes, repeats) for op in api.operations),
        intake_link=site.intake_link(entry),
    )


def render_pages(
    project: ProjectLike, site: SiteConfig, downloads: Downloads | None = None, history: History | None = None
) -> dict[str, str]:
    """Every generated page, keyed by its path under docs/ (history: the releases with their changes, per slug)."""
    env = environment()
    history = history or {}
    downloads = downloads or build_downloads(project, site.wheels, history)
    names = {e.slug: e.name for e in project.catalog}
    apis = {a.slug: a for a in project.apis}
    codes = error_code_page(list(project.apis), list(project.catalog))
    views = {e.slug: api_view(apis[e.slug], e, site, names, codes) for e in project.catalog if e.slug in apis}
    published = {a.slug for a in downloads.apis}
    common = {"site": site, "catalog": list(project.catalog), "names": names, "apis": apis, "published": published}

    pages: dict[str, str] = {}
    pages[CATALOG_PAGE] = env.get_template("catalog_page.md.jinja").render(common)
    for entry in project.catalog:
        view = views.get(entry.slug)
        if view is None:
            pages[api_page_path(entry.slug)] = env.get_template("api_missing_page.md.jinja").render(common, entry=entry)
        else:
            pages[api_page_path(entry.slug)] = env.get_template("api_page.md.jinja").render(
                common,
                view=view,
                entry=entry,
                changes_page="changes.md" if history.get(entry.slug) else None,
                deprecations=deprecations(view.api),
                sunsets=operation_sunsets(view.api),
            )
    reviews = {
        e.slug: views[e.slug].review if e.slug in views else tuple(review_points(e, None, names))
        for e in project.catalog
    }
    pages[REVIEW_PAGE] = env.get_template("review_page.md.jinja").render(common, reviews=reviews)
    pages.update(render_history_pages(project.catalog, apis, history))
    pages[INTAKE_PAGE] = env.get_template("intake_page.md.jinja").render(common)
    pages[ERROR_CODES_PAGE] = env.get_template("error_codes_page.md.jinja").render(
        common, page=codes, groups=codes_by_status(codes.codes)
    )
    pages[DOWNLOADS_PAGE] = env.get_template("downloads_page.md.jinja").render(common, downloads=downloads)
    pages[CLIENT_REFERENCE_PAGE] = env.get_template("client_reference_page.md.jinja").render(common)
    for entry in project.catalog:
        api = apis.get(entry.slug)
        if api is not None and api.module in site.client_modules:
            pages[client_page_path(entry.slug)] = env.get_template("client_api_page.md.jinja").render(
                common, api=api, entry=entry
            )
    return pages
