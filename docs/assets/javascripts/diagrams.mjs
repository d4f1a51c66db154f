// Renders ```mermaid fences (emitted as <div class="mermaid">) with the locally vendored mermaid.
// Rendered into the light DOM (not a closed shadow root) so tests and assistive tech can reach the SVG,
// themed after the active colour scheme and re-rendered when the reader toggles it.
const blocks = Array.from(document.querySelectorAll("div.mermaid"));

if (blocks.length > 0) {
  const { default: mermaid } = await import("../vendor/mermaid/mermaid.esm.min.mjs");
  for (const block of blocks) {
    block.dataset.source = block.textContent;
  }

  const scheme = () => document.body.getAttribute("data-md-color-scheme") === "slate" ? "dark" : "default";

  const render = async () => {
    const dark = scheme() === "dark";
    mermaid.initialize({
      startOnLoad: false,
      securityLevel: "strict",
      theme: "base",
      fontFamily: getComputedStyle(document.body).fontFamily,
      themeVariables: {
        darkMode: dark,
        background: dark ? "#1a1a1a" : "#ffffff",
        primaryColor: dark ? "#1f2a57" : "#e8f1fe",
        primaryTextColor: dark ? "#f2f2f2" : "#1a1a1a",
        primaryBorderColor: dark ? "#9db7f9" : "#0017c1",
        lineColor: dark ? "#cccccc" : "#333333",
        noteBkgColor: dark ? "#3d3300" : "#fff0b3",
        noteTextColor: dark ? "#f2f2f2" : "#1a1a1a",
        noteBorderColor: dark ? "#ffd43d" : "#927200",
        actorBkg: dark ? "#1f2a57" : "#e8f1fe",
        actorBorder: dark ? "#9db7f9" : "#0017c1",
        actorTextColor: dark ? "#f2f2f2" : "#1a1a1a",
        signalColor: dark ? "#f2f2f2" : "#1a1a1a",
        signalTextColor: dark ? "#f2f2f2" : "#1a1a1a",
        labelTextColor: dark ? "#f2f2f2" : "#1a1a1a",
        sequenceNumberColor: dark ? "#1a1a1a" : "#ffffff",
      },
      sequence: { actorFontSize: 15, messageFontSize: 15, noteFontSize: 14, wrap: false, showSequenceNumbers: true, useMaxWidth: true, actorMargin: 30, width: 130 },
      flowchart: { useMaxWidth: true },
    });
    let index = 0;
    for (const block of blocks) {
      const id = `mp-diagram-${index++}`;
      try {
        const { svg } = await mermaid.render(id, block.dataset.source);
        block.innerHTML = svg;
        block.setAttribute("data-processed", "true");
        const title = block.getAttribute("data-title") || "シーケンス図";
        const figure = block.querySelector("svg");
        if (figure) {
          figure.setAttribute("role", "img");
          figure.setAttribute("aria-label", title);
        }
      } catch (error) {
        block.setAttribute("data-error", String(error));
        console.warn("diagram failed to render", error);
      }
    }
  };

  await render();
  let current = scheme();
  new MutationObserver(() => {
    if (scheme() !== current) {
      current = scheme();
      render();
    }
  }).observe(document.body, { attributes: true, attributeFilter: ["data-md-color-scheme"] });
}
