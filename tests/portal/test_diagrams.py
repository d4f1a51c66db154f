"""Build-time diagrams: the mermaid subset we use, rendered to well-formed, escaped, deterministic SVG."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path
from types import SimpleNamespace

import markdown
import pytest
from mkdocs.exceptions import PluginError

from generator.portal.diagrams import DiagramError, render_diagram, replace_diagram_divs, text_width
from generator.portal.escape import mermaid_text
from generator.portal.flows import sequence_diagram
from generator.portal.site import ProjectLike

ROOT = Path(__file__).resolve().parents[2]
SVG = "{http://www.w3.org/2000/svg}"
FENCE = re.compile(r"```mermaid\n(.*?)```", re.S)
HOSTILE = "<script>alert(\"x\")</script> & 'q'"


def _fences(page: str) -> list[str]:
    return FENCE.findall((ROOT / "docs" / page).read_text(encoding="utf-8"))


def _svg(source: str, label: str = "図") -> ET.Element:
    return ET.fromstring(render_diagram(source, label))


def _texts(svg: ET.Element, cls: str) -> list[str]:
    return ["".join(t.itertext()) for t in svg.iter(f"{SVG}text") if t.get("class") == cls]


def _lifelines(svg: ET.Element) -> list[float]:
    paths = [p.get("d", "") for p in svg.iter(f"{SVG}path") if p.get("class") == "mpd-lifeline"]
    return [float(d[1:].split()[0]) for d in paths]


def _superfences(text: str) -> str:
    """Markdown to HTML with the fence configuration of mkdocs.yml (mermaid → div.mermaid)."""
    from pymdownx.superfences import fence_div_format  # noqa: PLC0415

    fences = [{"name": "mermaid", "class": "mermaid", "format": fence_div_format}]
    configs = {"pymdownx.superfences": {"custom_fences": fences}}
    md = markdown.Markdown(extensions=["pymdownx.superfences", "toc"], extension_configs=configs)
    return str(md.convert(text))


@pytest.mark.parametrize(
    ("page", "kind"), [("security.md", "sequence"), ("flow.md", "flowchart")], ids=["sequence", "flowchart"]
)
def test_hand_written_diagrams_render(page: str, kind: str) -> None:
    (source,) = _fences(page)
    svg = _svg(source, "見出し")
    assert svg.tag == f"{SVG}svg"
    assert svg.get("data-diagram") == kind
    assert svg.get("role") == "img"
    assert svg.get("viewBox")
    title, desc = svg.find(f"{SVG}title"), svg.find(f"{SVG}desc")
    assert title is not None and title.text == "見出し" and svg.get("aria-labelledby") == title.get("id")
    assert desc is not None and desc.text and svg.get("aria-describedby") == desc.get("id")
    # No colour in the markup: fills and strokes come from diagrams.css, so both schemes work.
    assert not re.search(r'\b(fill|stroke|style|color)="', render_diagram(source, "見出し"))


def test_sequence_diagram_parts() -> None:
    (source,) = _fences("security.md")
    svg = _svg(source)
    desc = svg.find(f"{SVG}desc")
    assert desc is not None and desc.text is not None
    assert desc.text.splitlines()[0] == "1. 利用者 → マイナポータル: マイナンバーカードで認証し期間連携に同意"
    assert "繰り返し（90日間）:" in desc.text and "繰り返しここまで" in desc.text
    assert _texts(svg, "mpd-number-text") == [str(n) for n in range(1, 11)]
    assert _texts(svg, "mpd-frame-label") == ["90日間"]
    classes = [e.get("class") for e in svg.iter()]
    assert classes.count("mpd-message mpd-message--reply") == 4  # -->> replies, dashed
    assert classes.count("mpd-message") == 6  # ->> including the self-message S->>S
    assert classes.count("mpd-actor") == 2  # the actor, top and bottom


def test_flowchart_is_one_chain_in_order() -> None:
    (source,) = _fences("flow.md")
    svg = _svg(source)
    labels = _texts(svg, "mpd-node-text")
    steps = ["関係書類の確認", "利用申請", "事前打ち合わせ", "審査・承認", "開発・接続試験", "本番確認・リリース"]
    assert labels == [f"{mark} {step}" for mark, step in zip("①②③④⑤⑥", steps, strict=True)]
    assert sum(e.get("class") == "mpd-edge" for e in svg.iter()) == 5
    desc = svg.find(f"{SVG}desc")
    assert desc is not None and desc.text == " → ".join(labels)


def test_output_is_deterministic() -> None:
    (source,) = _fences("security.md")
    assert render_diagram(source, "x") == render_diagram(source, "x")
    page = _superfences("# 見出し\n\n```mermaid\n" + source + "```\n")
    assert replace_diagram_divs(page) == replace_diagram_divs(page)


def test_hostile_labels_stay_text() -> None:
    source = "\n".join(
        [
            "sequenceDiagram",
            "  autonumber",
            f"  actor U as {mermaid_text(HOSTILE)}",
            f"  participant S as {HOSTILE}",
            f"  U->>S: {mermaid_text(HOSTILE)}",
            f"  Note over U,S: {HOSTILE}",
            f"  loop {HOSTILE}",
            f"    S-->>S: {HOSTILE}",
            "  end",
        ]
    )
    markup = render_diagram(source, HOSTILE)
    svg = ET.fromstring(markup)  # well-formed XML despite the labels
    assert "<script" not in markup
    assert not any(e.tag.endswith("script") for e in svg.iter())
    title = svg.find(f"{SVG}title")
    assert title is not None and title.text == HOSTILE
    texts = ["".join(t.itertext()) for t in svg.iter(f"{SVG}text")]
    assert texts.count(HOSTILE) >= 6  # two participants twice, message, note, loop label, self-message

    node = mermaid_text('"<b>"&')
    chart = _svg(f'flowchart LR\n  A["{node}"] --> B["x"]')
    assert _texts(chart, "mpd-node-text") == ['"<b>"&', "x"]


@pytest.mark.parametrize(
    ("source", "line", "statement"),
    [
        ("sequenceDiagram\n  A->>B: hi\n  A-xB: lost", 3, "A-xB: lost"),
        ("sequenceDiagram\n  participant A\n  Note right of A: x", 3, "Note right of A: x"),
        ("sequenceDiagram\n  loop x\n  A->>B: y", 2, ""),
        ("sequenceDiagram\n  A->>B: y\n  end", 3, "end"),
        ("sequenceDiagram\n  participant A\n  participant A as again", 3, "participant A as again"),
        ("sequenceDiagram\n  autonumber 10", 2, "autonumber 10"),
        ("flowchart TD\n  A --> B", 1, "flowchart TD"),
        ("graph LR\n  A --> B", 1, "graph LR"),
        ("classDiagram\n  A <|-- B", 1, "classDiagram"),
        ('flowchart LR\n  A["a"] --> B["b"]\n  A -.-> B', 3, "A -.-> B"),
        ('flowchart LR\n  A["a"] --> B["b"]\n  B --> A', 3, "B --> A"),
        ('flowchart LR\n  A["a"] -->|yes| B["b"]', 2, 'A["a"] -->|yes| B["b"]'),
    ],
)
def test_unsupported_syntax_names_the_line(source: str, line: int, statement: str) -> None:
    with pytest.raises(DiagramError) as caught:
        render_diagram(source, "x")
    assert caught.value.line == line
    assert f"line {line}:" in str(caught.value)
    assert statement in str(caught.value)


def test_real_api_sequence_has_one_arrow_per_message_numbered_in_order(project: ProjectLike) -> None:
    source = sequence_diagram(project.apis[0])
    messages = [line for line in source.splitlines() if "->>" in line]
    svg = _svg(source)
    arrows = [e for e in svg.iter() if (e.get("class") or "").startswith("mpd-message")]
    assert len(arrows) == len(messages)
    assert _texts(svg, "mpd-number-text") == [str(n) for n in range(1, len(messages) + 1)]
    labels = _texts(svg, "mpd-label")
    assert labels == [line.split(":", 1)[1].strip() for line in messages]
    assert _texts(svg, "mpd-frame-label") == ["有効期間内"]


def test_participants_are_spaced_so_long_labels_fit() -> None:
    short, long = "短い", "長" * 30  # nowhere to break: one line, 420 px
    template = "sequenceDiagram\n  autonumber\n  participant A as 甲\n  participant B as 乙\n  A->>B: {}\n"
    a, b = _lifelines(_svg(template.format(long)))
    assert b - a >= text_width(long) + 2 * 9  # the label and the step number both fit between the lifelines
    a2, b2 = _lifelines(_svg(template.format(short)))
    assert b2 - a2 < b - a
    # A label spanning two gaps widens them, but never pushes neighbours closer than their boxes allow.
    three = "sequenceDiagram\n  participant A\n  participant B\n  participant C\n  A->>C: {}\n  B->>C: x\n"
    xa, xb, xc = _lifelines(_svg(three.format(long)))
    assert xc - xa >= text_width(long) + 20 and xb - xa > 104 and xc - xb > 104
    # A self-message's label fits before the next lifeline.
    own = "sequenceDiagram\n  participant A\n  participant B\n  A->>A: {}\n"
    s1, s2 = _lifelines(_svg(own.format(long)))
    assert s2 - s1 >= text_width(long)


def test_long_labels_break_in_two_where_they_read_naturally() -> None:
    label = "POST /online-authorization-web/oauth/token（認可コード）"
    svg = _svg(f"sequenceDiagram\n  participant A\n  participant B\n  A->>B: {label}\n  B-->>A: 短い\n")
    first, second = (t for t in svg.iter(f"{SVG}text") if t.get("class") == "mpd-label")
    lines = [span.text or "" for span in first.iter(f"{SVG}tspan")]
    assert lines == ["POST /online-authorization-web/", "oauth/token（認可コード）"]
    assert "".join(first.itertext()) == label and second.text == "短い"
    a, b = _lifelines(svg)
    assert text_width(lines[1]) + 2 * 10 <= b - a < text_width(label)  # the wrapped label, not the whole, sets the gap
    arrows = [float(p.get("d", "").split()[1]) for p in svg.iter(f"{SVG}path") if p.get("class") == "mpd-message"]
    assert arrows and arrows[0] >= float(first.get("y", "0")) + 18 + 10  # the arrow sits below the second line


def test_page_divs_become_labelled_figures() -> None:
    (flow,) = _fences("flow.md")
    (seq,) = _fences("security.md")
    page = _superfences(f"# 利用の流れ\n\n```mermaid\n{flow}```\n\n## 期間連携のしくみ\n\n```mermaid\n{seq}```\n")
    assert page.count('<div class="mermaid">') == 2
    html = replace_diagram_divs(page)
    assert "mermaid" not in html
    figure = r'<figure class="mp-diagram" data-diagram="(\w+)" tabindex="0"><svg .*?</svg></figure>'
    figures = re.findall(figure, html, re.S)
    assert figures == ["flowchart", "sequence"]
    titles = re.findall(r'<title id="([\w-]+)">(.*?)</title>', html)
    assert titles == [
        ("mp-diagram-1-title", "利用の流れ（フロー図）"),
        ("mp-diagram-2-title", "期間連携のしくみ（シーケンス図）"),
    ]


def test_hook_reports_the_page_and_line_without_a_traceback() -> None:
    from generator import mkdocs_hook  # noqa: PLC0415

    page = SimpleNamespace(file=SimpleNamespace(src_uri="guide/broken.md"))
    html = _superfences("# x\n\n```mermaid\nsequenceDiagram\n  A->>B: ok\n  A-)B: async\n```\n")
    with pytest.raises(PluginError) as caught:
        mkdocs_hook.on_page_content(html, page, None, None)  # type: ignore[arg-type]
    message = str(caught.value)
    assert message.startswith("guide/broken.md: ")
    assert "line 3" in message and "A-)B: async" in message
    assert caught.value.__cause__ is None and caught.value.__suppress_context__
    fine = _superfences("```mermaid\nsequenceDiagram\n  A->>B: ok\n```\n")
    assert 'data-diagram="sequence"' in mkdocs_hook.on_page_content(fine, page, None, None)  # type: ignore[arg-type]


def test_unicode_line_breaks_in_spec_text_cannot_add_statements() -> None:
    label = mermaid_text("/x\u2028Note over S,M: 偽の注記\x85end\x1cloop")
    source = f"sequenceDiagram\n  participant S as 事業者\n  participant M as ポータル\n  S->>M: GET {label}\n"
    svg = _svg(source)
    assert not _texts(svg, "mpd-note-text")
    messages = [t for t in svg.iter(f"{SVG}text") if "偽の注記" in "".join(t.itertext())]
    assert len(messages) == 1  # the whole thing stayed one message label


def test_mermaid_entity_codes_decode_exactly() -> None:
    svg = render_diagram("sequenceDiagram\n  A->>B: #amp; #lt;b#gt; #ltfoo; #59;", "図")
    assert "&amp; &lt;b&gt; #ltfoo; ;" in svg


def test_page_rewriting_handles_quotes_and_odd_attributes_and_refuses_what_it_cannot_render() -> None:
    hostile_title = 'A > B " <img src=x onerror=alert(1)>'
    quoted = hostile_title.replace('"', "&quot;")  # superfences leaves > and < as they are
    page = (
        '<h2>見出し<a class="headerlink" href="#x">¶</a></h2>'
        f'<div class=\'mermaid\' data-title="{quoted}" id="a&quot;b">'
        "sequenceDiagram\nA-&gt;&gt;B: x</div>"
        '<div data-class="mermaid">not a diagram</div>'
    )
    html = replace_diagram_divs(page)
    figure = ET.fromstring(re.search(r"<figure.*?</figure>", html, re.S).group(0))  # type: ignore[union-attr]
    assert figure.get("id") == 'a"b'
    assert figure.find(f"{SVG}svg/{SVG}title").text == hostile_title + "（シーケンス図）"  # type: ignore[union-attr]
    assert '<div data-class="mermaid">not a diagram</div>' in html
    assert "<img" not in html.replace("&lt;img", "")
    with pytest.raises(DiagramError, match="markup inside"):
        replace_diagram_divs('<div class="mermaid">sequenceDiagram<br>A-&gt;&gt;B: x</div>')
