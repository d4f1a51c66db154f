"""The developer portal's generated pages, rendered from the intermediate model (see render.render_pages):
pages, downloads, the search index, diagrams and the one escaping layer for spec text (`escape`).

May import: `apimodel`, `documents` and the ground floor. Never `codegen` or `build`; it reaches the
sandbox only over HTTP. The MkDocs hook (`generator.mkdocs_hook`) feeds it a project from `build`.
"""

from generator.portal.downloads import Downloads, build_downloads
from generator.portal.render import render_pages
from generator.portal.site import Artifact, SiteConfig

__all__ = ["Artifact", "Downloads", "SiteConfig", "build_downloads", "render_pages"]
