"""The developer portal's generated pages, rendered from the intermediate model (see render.render_pages)."""

from generator.portal.downloads import Downloads, build_downloads
from generator.portal.render import render_pages
from generator.portal.site import Artifact, SiteConfig

__all__ = ["Artifact", "Downloads", "SiteConfig", "build_downloads", "render_pages"]
