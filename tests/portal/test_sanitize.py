"""The allow-list sanitiser behind the escaping layer: what it removes, and that the pages' own markup survives."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from generator.portal.sanitize import safe_url, sanitize_html
from tests.portal.markup import SCRIPT_TAGS, active_content, inventory

HOSTILE = [
    '<img src=x onerror="alert(1)">',
    "<svg onload=alert(1)><circle r=1 onmouseover=alert(1)/></svg>",
    "<script>alert(1)</script><style>*{}</style>",
    '<a href="javascript:alert(1)">x</a><a href=" JaVaScRiPt:alert(1)">y</a>',
    '<a href="jav&#x09;ascript:alert(1)">t</a><a href="&#106;avascript:alert(1)">e</a>',
    '<a href="\x01javascript:alert(1)">c</a><a href="data:text/html,<script>alert(1)</script>">d</a>',
    '<form action="javascript:alert(1)"><button formaction="javascript:alert(1)">b</button></form>',
    '<iframe srcdoc="<script>alert(1)</script>"></iframe><object data="javascript:alert(1)"></object>',
    '<svg><a xlink:href="javascript:alert(1)"><text>x</text></a>'
    '<animate attributeName="href" to="javascript:x"/></svg>',
    '<svg><set attributeName="onmouseover" to="alert(1)"/><foreignObject><img src=x onerror=alert(1)></foreignObject>',
    "<math><mtext><img src=x onerror=alert(1)></mtext></math>",
    '<div style="background:url(javascript:alert(1))" onclick=alert(1)>x</div>',
    "<input autofocus onfocus=alert(1)><textarea><img src=x onerror=alert(1)></textarea>",
    '<p id="__config">{"base": "javascript:alert(1)"}</p><noscript><img src=x onerror=alert(1)></noscript>',
    "<!--<img src=x onerror=alert(1)>--><![CDATA[<img src=x onerror=alert(1)>]]>",
    "<title></title><img src=x onerror=alert(1)></title>",
    "<base href=javascript:alert(1)//><meta http-equiv=refresh content='0;url=javascript:alert(1)'>",
]


@pytest.mark.parametrize("fragment", HOSTILE)
def test_hostile_markup_loses_every_script_vector(fragment: str) -> None:
    out = sanitize_html(fragment)
    assert active_content(out, SCRIPT_TAGS) == [], out
    assert ("p", "id", "__config") not in inventory(out).attrs  # the theme's own ids stay the theme's
    assert sanitize_html(out) == out  # canonical: a second pass changes nothing


def test_unbalanced_markup_cannot_close_the_themes_containers() -> None:
    out = sanitize_html("<p>a</div></article></p><em>b")
    assert out == "<p>a</p><em>b</em>"


def test_text_stays_text() -> None:
    out = sanitize_html("<p>&lt;script&gt;alert(1)&lt;/script&gt; &amp; 1 < 2</p>")
    assert out == "<p>&lt;script&gt;alert(1)&lt;/script&gt; &amp; 1 &lt; 2</p>"


@pytest.mark.parametrize(
    ("url", "safe"),
    [
        ("https://example.jp/a", True),
        ("HTTP://example.jp", True),
        ("../downloads/x.yaml", True),
        ("#anchor", True),
        ("?q=1", True),
        ("//example.jp/x", True),
        ("javascript:alert(1)", False),
        (" \tjava\nscript:alert(1)", False),
        ("vbscript:x", False),
        ("data:text/html,x", False),
        ("mailto:a@example.jp", False),
        ("\x00javascript:alert(1)", False),
    ],
)
def test_only_web_relative_and_anchor_urls_are_safe(url: str, safe: bool) -> None:
    assert safe_url(url) is safe


def test_the_pages_own_markup_survives() -> None:
    page = (
        '<h2 id="overview" class="x">概要<a class="headerlink" href="#overview" title="この見出しへのリンク">¶</a></h2>'
        '<p><a href="../sample/" download="a.yaml" data-mp-link="intake">申請</a></p>'
        '<div class="tabbed-set tabbed-alternate" data-tabs="1:2"><input checked="checked" id="__tabbed_1_1" '
        'name="__tabbed_1" type="radio"><label for="__tabbed_1_1">curl</label></div>'
        '<figure class="mp-diagram" data-diagram="sequence" tabindex="0"><svg xmlns="http://www.w3.org/2000/svg" '
        'viewBox="0 0 10 10" role="img" aria-labelledby="t"><title id="t">図</title><desc id="d">説明</desc>'
        '<rect class="mpd-note" x="1" y="2" width="3" height="4" rx="2"/><path class="mpd-message" d="M0 0 H1" '
        'stroke-dasharray="6 4"/><text class="mpd-label" x="1" y="1" text-anchor="middle">a<tspan x="1" dy="18">b'
        "</tspan></text></svg></figure>"
        '<table><thead><tr><th style="text-align: left;">a</th></tr></thead><tbody><tr class="r"><td>b</td></tr>'
        '</tbody></table><details class="example" data-search-exclude><summary>例</summary><pre class="mp-example">'
        '<code>{"a": 1}</code></pre></details><a id="__codelineno-0-1" name="__codelineno-0-1" '
        'href="#__codelineno-0-1"></a><autoref identifier="pkg.Client" optional hover>Client</autoref>'
    )
    out = sanitize_html(page)
    for piece in (
        'href="#overview"',
        'download="a.yaml"',
        'data-mp-link="intake"',
        'id="__tabbed_1_1"',
        'type="radio"',
        'label for="__tabbed_1_1"',
        'viewBox="0 0 10 10"',
        '<title id="t">図</title>',
        '<rect class="mpd-note" x="1" y="2" width="3" height="4" rx="2"/>',
        'stroke-dasharray="6 4"',
        '<tspan x="1" dy="18">b</tspan>',
        'style="text-align: left;"',
        "data-search-exclude",
        '{"a": 1}',
        'id="__codelineno-0-1"',
        '<autoref identifier="pkg.Client" optional hover>Client</autoref>',
    ):
        assert piece in out, piece
    assert [t for t in inventory(out).tags] == [t for t in inventory(page).tags]


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                *["<", ">", "/", "=", '"', "'", "`", " ", "a", "img", "svg", "script", "on", "onerror", "href"],
                *["src", "javascript:", "&#106;", "&", ";", "!--", "-->", "title", "style", "![CDATA[", "x", "\n"],
                "\x00",
            ]
        ),
        max_size=40,
    ).map("".join)
)
def test_no_fragment_keeps_a_script_vector(fragment: str) -> None:
    out = sanitize_html(fragment)
    assert active_content(out, SCRIPT_TAGS) == [], out
