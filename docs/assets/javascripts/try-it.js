/*
 * Try-it panel of the API pages: sends one request of an operation to the local sandbox (`mpgen sandbox`,
 * http://127.0.0.1:4010 by default) and shows the request, the status, the headers and the body of the answer.
 *
 * The page holds only a mount point per operation (<div class="mp-try-it" data-method data-path data-slug
 * data-server data-params data-auth data-media-type data-body>); everything here is built with createElement and
 * textContent, never from markup, so nothing a spec or the sandbox says can become HTML.
 *
 * The sandbox is reached only on a loopback address. Its URL can be changed for the page (`?sandbox=http://127.0.0.1:PORT`,
 * remembered in localStorage under "mp-sandbox-url") or in the panel itself.
 */
(function () {
  "use strict";

  var DEFAULT_SANDBOX = "http://127.0.0.1:4010";
  var STORAGE_KEY = "mp-sandbox-url";
  var TIMEOUT_MS = 10000;
  var MAX_SHOWN = 200000; // characters of a body shown in the panel
  var LOOPBACK = ["127.0.0.1", "localhost", "[::1]"];
  var NOT_RUNNING = "サンドボックスが起動していません。`mpgen sandbox` を実行してください。";
  var counter = 0;

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined && text !== null) node.textContent = String(text);
    return node;
  }

  /* The origin of a loopback http(s) URL, or null: the panel never sends anywhere else. */
  function loopbackOrigin(value) {
    if (!value) return null;
    var url;
    try {
      url = new URL(String(value).trim());
    } catch (e) {
      return null;
    }
    if ((url.protocol !== "http:" && url.protocol !== "https:") || LOOPBACK.indexOf(url.hostname) < 0) return null;
    return url.origin;
  }

  function storedSandbox() {
    try {
      return window.localStorage.getItem(STORAGE_KEY);
    } catch (e) {
      return null;
    }
  }

  function remember(origin) {
    try {
      if (origin === DEFAULT_SANDBOX) window.localStorage.removeItem(STORAGE_KEY);
      else window.localStorage.setItem(STORAGE_KEY, origin);
    } catch (e) {
      /* storage may be disabled: the choice then lasts for this page only */
    }
  }

  function initialSandbox() {
    var fromQuery = loopbackOrigin(new URLSearchParams(window.location.search).get("sandbox"));
    if (fromQuery) {
      remember(fromQuery);
      return fromQuery;
    }
    return loopbackOrigin(storedSandbox()) || DEFAULT_SANDBOX;
  }

  /* The path the sandbox serves the API under: the path of its first server, else /<slug> (as `mpgen sandbox`). */
  function basePath(server, slug) {
    var path = "";
    try {
      path = new URL(server).pathname.replace(/\/+$/, "");
    } catch (e) {
      path = "";
    }
    if (!path || path.indexOf("{") >= 0 || path.indexOf("%7B") >= 0 || path.indexOf("/_sandbox") === 0) {
      return "/" + slug;
    }
    return path;
  }

  function siteBase() {
    var config = document.getElementById("__config");
    try {
      var base = JSON.parse(config ? config.textContent : "{}").base;
      if (typeof base === "string") return base.replace(/\/?$/, "/");
    } catch (e) {
      /* fall through */
    }
    return "../../";
  }

  function parseJson(text, fallback) {
    try {
      return JSON.parse(text);
    } catch (e) {
      return fallback;
    }
  }

  function display(value) {
    if (value === null || value === undefined) return "";
    return typeof value === "string" ? value : JSON.stringify(value);
  }

  function isJsonMedia(media) {
    return /^application\/(.+\+)?json\b/i.test(media || "");
  }

  function bodyText(media, example) {
    if (example === null || example === undefined) return "";
    if (isJsonMedia(media)) return JSON.stringify(example, null, 2);
    if (/^application\/x-www-form-urlencoded\b/i.test(media) && typeof example === "object") {
      var form = new URLSearchParams();
      Object.keys(example).forEach(function (key) {
        [].concat(example[key]).forEach(function (item) {
          form.append(key, display(item));
        });
      });
      return form.toString();
    }
    return display(example);
  }

  function field(form, id, labelText, control, hint) {
    var wrap = el("div", "mp-try-it__field");
    var label = el("label", "mp-try-it__label", labelText);
    label.htmlFor = id;
    control.id = id;
    wrap.appendChild(label);
    wrap.appendChild(control);
    if (hint) {
      var note = el("span", "mp-try-it__hint", hint);
      note.id = id + "-hint";
      control.setAttribute("aria-describedby", note.id);
      wrap.appendChild(note);
    }
    form.appendChild(wrap);
    return control;
  }

  function input(value, placeholder) {
    var node = el("input", "mp-try-it__input");
    node.type = "text";
    node.value = value;
    node.spellcheck = false;
    node.autocomplete = "off";
    if (placeholder) node.placeholder = placeholder;
    return node;
  }

  function textarea(value, rows) {
    var node = el("textarea", "mp-try-it__textarea");
    node.value = value;
    node.rows = rows;
    node.spellcheck = false;
    return node;
  }

  function output(container, title, className) {
    var block = el("div", "mp-try-it__block " + className);
    block.appendChild(el("p", "mp-try-it__label", title));
    var pre = el("pre", "mp-try-it__pre");
    var code = el("code");
    pre.appendChild(code);
    pre.tabIndex = 0; // scrollable regions must be reachable by keyboard
    block.appendChild(pre);
    block.hidden = true;
    container.appendChild(block);
    return { block: block, code: code };
  }

  function headerLines(text) {
    var headers = [];
    var problems = [];
    text.split(/\r?\n/).forEach(function (line, index) {
      if (!line.trim()) return;
      var colon = line.indexOf(":");
      var name = colon > 0 ? line.slice(0, colon).trim() : "";
      if (!/^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/.test(name)) {
        problems.push(index + 1);
        return;
      }
      headers.push([name, line.slice(colon + 1).trim()]);
    });
    return { headers: headers, problems: problems };
  }

  function mount(root) {
    if (root.getAttribute("data-mp-ready")) return;
    root.setAttribute("data-mp-ready", "1");
    counter += 1;
    var prefix = "mp-try-it-" + counter;
    var method = (root.getAttribute("data-method") || "GET").toUpperCase();
    var template = root.getAttribute("data-path") || "/";
    var slug = root.getAttribute("data-slug") || "";
    var base = basePath(root.getAttribute("data-server") || "", slug);
    var params = parseJson(root.getAttribute("data-params") || "[]", []);
    var media = root.getAttribute("data-media-type") || "";
    var hasBody = root.hasAttribute("data-media-type");
    var example = parseJson(root.getAttribute("data-body") || "null", null);
    if (!Array.isArray(params)) params = [];

    var details = el("details", "mp-try-it__details");
    details.appendChild(el("summary", null, "試してみる（ローカルサンドボックス）"));
    var intro = el("p", "mp-try-it__intro");
    intro.appendChild(
      document.createTextNode(
        "このブラウザから、手元で起動したサンドボックスにリクエストを送ります（本番環境には送りません）。起動方法は"
      )
    );
    var guide = el("a", null, "サンドボックス");
    guide.href = siteBase() + "sandbox/";
    intro.appendChild(guide);
    intro.appendChild(document.createTextNode("のページを参照してください。"));
    details.appendChild(intro);

    var form = el("form", "mp-try-it__form");
    form.noValidate = false;
    var sandbox = field(form, prefix + "-sandbox", "サンドボックスのURL", input(initialSandbox(), DEFAULT_SANDBOX),
      "127.0.0.1 または localhost のみ");
    sandbox.type = "url";

    var pathInputs = [];
    var queryInputs = [];
    var headerDefaults = [];
    params.forEach(function (p, index) {
      if (!p || typeof p.name !== "string") return;
      var example = p.example === undefined ? null : p.example;
      if (p["in"] === "path") {
        var control = input(display(example), "");
        control.required = true;
        pathInputs.push([p.name, field(form, prefix + "-path-" + index, "パス: " + p.name + "（必須）", control)]);
      } else if (p["in"] === "query") {
        // a list is edited as comma-separated values and sent as repeated parameters (form, explode)
        var list = Array.isArray(example);
        var shown = list ? example.map(display).join(",") : display(example);
        var value = p.required ? shown : "";
        var hint = !p.required && example !== null ? "例: " + shown : "";
        if (list) hint = (hint ? hint + "（" : "（") + "複数の値はカンマ区切り）";
        var q = input(value, "");
        q.required = Boolean(p.required);
        var label = "クエリ: " + p.name + (p.required ? "（必須）" : "（任意・空欄なら送りません）");
        queryInputs.push([p.name, field(form, prefix + "-query-" + index, label, q, hint), list]);
      } else if (p["in"] === "header" && p.required && !/^(authorization|content-type|accept)$/i.test(p.name)) {
        headerDefaults.push(p.name + ": " + display(example));
      }
    });
    if (root.getAttribute("data-auth") === "bearer") headerDefaults.unshift("Authorization: Bearer sandbox-demo-token");
    if (hasBody && media && !/^multipart\//i.test(media)) headerDefaults.push("Content-Type: " + media);
    var headersBox = field(form, prefix + "-headers", "ヘッダ（1行に1つ「名前: 値」）",
      textarea(headerDefaults.join("\n"), Math.max(2, headerDefaults.length + 1)),
      "サンドボックスは自分で発行していないアクセストークンも受け付けます。");

    var bodyBox = null;
    if (hasBody && /^multipart\//i.test(media)) {
      form.appendChild(el("p", "mp-try-it__hint",
        "このオペレーションはファイル等を " + media + " で送るため、パネルからは送れません。curl の例を使ってください。"));
    } else if (hasBody) {
      var text = bodyText(media, example);
      bodyBox = field(form, prefix + "-body", "リクエストボディ（" + (media || "テキスト") + "）",
        textarea(text, Math.min(16, Math.max(3, text.split("\n").length + 1))));
    }

    var actions = el("div", "mp-try-it__actions");
    var send = el("button", "md-button md-button--primary mp-try-it__send", "送信");
    send.type = "submit";
    actions.appendChild(send);
    form.appendChild(actions);
    details.appendChild(form);

    var result = el("div", "mp-try-it__result");
    var status = el("p", "mp-try-it__status");
    status.setAttribute("role", "status");
    status.setAttribute("aria-live", "polite");
    result.appendChild(status);
    var requestOut = output(result, "送信したリクエスト", "mp-try-it__request");
    var statusOut = output(result, "ステータス", "mp-try-it__response-status");
    var headersOut = output(result, "レスポンスヘッダ", "mp-try-it__response-headers");
    var bodyOut = output(result, "レスポンスボディ", "mp-try-it__response-body");
    details.appendChild(result);
    root.appendChild(details);

    function show(part, text) {
      part.code.textContent = text.length > MAX_SHOWN ? text.slice(0, MAX_SHOWN) + "\n…（以下省略）" : text;
      part.block.hidden = false;
    }

    function reset() {
      [requestOut, statusOut, headersOut, bodyOut].forEach(function (part) {
        part.code.textContent = "";
        part.block.hidden = true;
      });
      status.className = "mp-try-it__status";
    }

    function say(text, kind) {
      status.textContent = text;
      status.className = "mp-try-it__status" + (kind ? " mp-try-it__status--" + kind : "");
    }

    form.addEventListener("submit", function (event) {
      event.preventDefault();
      reset();
      var origin = loopbackOrigin(sandbox.value);
      if (!origin) {
        say("サンドボックスのURLは http://127.0.0.1:ポート番号 または http://localhost:ポート番号 で指定してください。", "error");
        return;
      }
      remember(origin);
      var path = template;
      pathInputs.forEach(function (pair) {
        path = path.split("{" + pair[0] + "}").join(encodeURIComponent(pair[1].value));
      });
      var query = new URLSearchParams();
      queryInputs.forEach(function (pair) {
        if (pair[1].value === "") return;
        (pair[2] ? pair[1].value.split(",") : [pair[1].value]).forEach(function (item) {
          query.append(pair[0], pair[2] ? item.trim() : item);
        });
      });
      var url = origin + base + path + (query.toString() ? "?" + query.toString() : "");
      var parsed = headerLines(headersBox.value);
      if (parsed.problems.length) {
        say("ヘッダの " + parsed.problems.join("、") + " 行目が「名前: 値」の形ではありません。", "error");
        return;
      }
      var headers = new Headers();
      try {
        parsed.headers.forEach(function (pair) {
          headers.append(pair[0], pair[1]);
        });
      } catch (e) {
        say("ヘッダの値に使えない文字が含まれています。", "error");
        return;
      }
      var body = bodyBox && method !== "GET" && method !== "HEAD" ? bodyBox.value : null;
      var shownRequest = method + " " + url + "\n";
      parsed.headers.forEach(function (pair) {
        shownRequest += pair[0] + ": " + pair[1] + "\n";
      });
      if (body) shownRequest += "\n" + body;
      show(requestOut, shownRequest);

      var controller = new AbortController();
      var timer = window.setTimeout(function () {
        controller.abort();
      }, TIMEOUT_MS);
      send.disabled = true;
      say("送信しています…", "");
      fetch(url, {
        method: method,
        headers: headers,
        body: body,
        mode: "cors",
        credentials: "omit",
        cache: "no-store",
        redirect: "manual",
        signal: controller.signal,
      })
        .then(function (response) {
          return response.arrayBuffer().then(function (buffer) {
            return { response: response, buffer: buffer };
          });
        })
        .then(function (got) {
          var response = got.response;
          if (response.type === "opaqueredirect") {
            say("サンドボックスがリダイレクトを返しました（Location はブラウザからは読めません）。curl で確かめてください。", "");
            return;
          }
          say("応答を受け取りました（" + response.status + "）。", response.ok ? "ok" : "warning");
          show(statusOut, response.status + " " + response.statusText);
          var lines = [];
          response.headers.forEach(function (value, name) {
            lines.push(name + ": " + value);
          });
          show(headersOut, lines.join("\n"));
          var type = response.headers.get("content-type") || "";
          var size = got.buffer.byteLength;
          if (!size) {
            show(bodyOut, "（ボディなし）");
          } else if (/^(text\/|application\/(.+\+)?(json|xml)\b|application\/x-www-form-urlencoded)/i.test(type)) {
            var text = new TextDecoder("utf-8").decode(got.buffer);
            var json = /json/i.test(type) ? parseJson(text, undefined) : undefined;
            show(bodyOut, json === undefined ? text : JSON.stringify(json, null, 2));
          } else {
            show(bodyOut, "（" + (type || "種類不明") + "、" + size + " バイトのバイナリ）");
          }
        })
        .catch(function (error) {
          if (error && error.name === "AbortError") {
            say("サンドボックスから " + TIMEOUT_MS / 1000 + " 秒以内に応答がありませんでした。" + NOT_RUNNING, "error");
          } else {
            say(NOT_RUNNING + "（" + origin + " に接続できませんでした。起動している場合は、このページのオリジン "
              + window.location.origin + " を `mpgen sandbox --cors-origin " + window.location.origin
              + "` で許可してください。）", "error");
          }
        })
        .finally(function () {
          window.clearTimeout(timer);
          send.disabled = false;
        });
    });
  }

  function init() {
    var roots = document.querySelectorAll("div.mp-try-it");
    for (var i = 0; i < roots.length; i += 1) mount(roots[i]);
  }

  if (window.document$ && typeof window.document$.subscribe === "function") {
    window.document$.subscribe(init);
  } else if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", init);
  } else {
    init();
  }
})();
