"""The catalogue of diff rules: a stable id, a level and a message in English and Japanese for each.

Ids are public (ignore files and CI filters name them): rename one only with a major release.
`{subject}` is a schema path such as `body.items[].id`, `query:limit` or `Item.kind` (the component
name where a `$ref` was followed), so one shared schema is reported once wherever it is used.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Level(StrEnum):
    ERR = "ERR"  # breaking: existing clients fail
    WARN = "WARN"  # may break, or breaks generated SDKs
    INFO = "INFO"  # a non-breaking change worth listing

    @property
    def rank(self) -> int:
        return {"ERR": 2, "WARN": 1, "INFO": 0}[self.value]


# Non-breaking on their own, but announcing a removal: reports mark them as deprecations (JSON `deprecation`)
DEPRECATIONS = frozenset({"operation-deprecated", "request-parameter-deprecated", "property-deprecated"})


@dataclass(frozen=True)
class Rule:
    id: str
    level: Level
    en: str
    ja: str

    @property
    def deprecation(self) -> bool:
        return self.id in DEPRECATIONS

    def text(self, lang: str) -> str:
        return self.ja if lang == "ja" else self.en


ERR, WARN, INFO = Level.ERR, Level.WARN, Level.INFO

_TABLE: tuple[tuple[str, Level, str, str], ...] = (
    # documents of a folder or revision
    ("document-removed", ERR, "API document `{name}` removed", "API文書 `{name}` が削除されました"),
    ("document-added", INFO, "API document `{name}` added", "API文書 `{name}` が追加されました"),
    # paths and operations
    (
        "path-removed",
        ERR,
        "path `{path}` removed with its operations ({methods})",
        "パス `{path}` が操作（{methods}）ごと削除されました",
    ),
    ("path-added", INFO, "path `{path}` added", "パス `{path}` が追加されました"),
    (
        "operation-removed",
        ERR,
        "operation `{operation}` removed without being deprecated first",
        "操作 `{operation}` が非推奨化を経ずに削除されました",
    ),
    (
        "operation-removed-before-sunset",
        ERR,
        "operation `{operation}` removed before its sunset date {sunset}",
        "操作 `{operation}` が廃止予定日 {sunset} より前に削除されました",
    ),
    (
        "deprecated-operation-removed",
        INFO,
        "deprecated operation `{operation}` removed (sunset: {sunset})",
        "非推奨の操作 `{operation}` が削除されました（廃止予定日: {sunset}）",
    ),
    ("operation-added", INFO, "operation `{operation}` added", "操作 `{operation}` が追加されました"),
    (
        "operation-deprecated",
        INFO,
        "operation `{operation}` deprecated (sunset: {sunset})",
        "操作 `{operation}` が非推奨になりました（廃止予定日: {sunset}）",
    ),
    (
        "property-deprecated",
        INFO,
        "`{subject}` deprecated (sunset: {sunset})",
        "`{subject}` が非推奨になりました（廃止予定日: {sunset}）",
    ),
    (
        "operation-sunset-earlier",
        WARN,
        "sunset date of `{operation}` moved earlier: {old} → {new}",
        "`{operation}` の廃止予定日が早まりました: {old} → {new}",
    ),
    (
        "operation-id-changed",
        WARN,
        "operationId changed: `{old}` → `{new}` (method names of generated SDKs change)",
        "operationId が変わりました: `{old}` → `{new}`（生成SDKのメソッド名が変わります）",
    ),
    # request parameters
    (
        "request-parameter-added-required",
        ERR,
        "required {in} parameter `{name}` added",
        "必須の {in} パラメータ `{name}` が追加されました",
    ),
    (
        "request-parameter-added-optional",
        INFO,
        "optional {in} parameter `{name}` added",
        "任意の {in} パラメータ `{name}` が追加されました",
    ),
    (
        "request-parameter-made-required",
        ERR,
        "{in} parameter `{name}` is now required",
        "{in} パラメータ `{name}` が必須になりました",
    ),
    (
        "request-parameter-made-optional",
        INFO,
        "{in} parameter `{name}` is now optional",
        "{in} パラメータ `{name}` が任意になりました",
    ),
    (
        "request-parameter-removed",
        WARN,
        "{in} parameter `{name}` removed (clients still send it; SDK signatures change)",
        "{in} パラメータ `{name}` が削除されました（送信中のクライアントあり。SDKの引数が変わります）",
    ),
    (
        "request-parameter-deprecated",
        INFO,
        "{in} parameter `{name}` deprecated (sunset: {sunset})",
        "{in} パラメータ `{name}` が非推奨になりました（廃止予定日: {sunset}）",
    ),
    (
        "request-parameter-style-changed",
        WARN,
        "serialisation of {in} parameter `{name}` changed: {old} → {new}",
        "{in} パラメータ `{name}` の直列化方法が変わりました: {old} → {new}",
    ),
    # request schemas (parameters and bodies): what the client sends may not narrow
    (
        "request-type-changed",
        ERR,
        "type of `{subject}` in the request changed: {old} → {new}",
        "リクエストの `{subject}` の型が変わりました: {old} → {new}",
    ),
    (
        "request-type-narrowed",
        ERR,
        "type of `{subject}` in the request narrowed: {old} → {new}",
        "リクエストの `{subject}` の型が狭まりました: {old} → {new}",
    ),
    (
        "request-type-widened",
        INFO,
        "type of `{subject}` in the request widened: {old} → {new}",
        "リクエストの `{subject}` の型が広がりました: {old} → {new}",
    ),
    (
        "request-enum-value-removed",
        ERR,
        "value {value} of `{subject}` is no longer accepted in the request",
        "リクエストの `{subject}` で値 {value} が受け付けられなくなりました",
    ),
    (
        "request-enum-value-added",
        INFO,
        "value {value} of `{subject}` is now accepted in the request",
        "リクエストの `{subject}` で値 {value} が使えるようになりました",
    ),
    (
        "request-enum-added",
        ERR,
        "`{subject}` in the request is now restricted to {values}",
        "リクエストの `{subject}` が {values} に制限されました",
    ),
    (
        "request-pattern-added",
        ERR,
        "`{subject}` in the request must now match `{new}`",
        "リクエストの `{subject}` にパターン `{new}` が追加されました",
    ),
    (
        "request-pattern-changed",
        WARN,
        "pattern of `{subject}` in the request changed: `{old}` → `{new}`",
        "リクエストの `{subject}` のパターンが変わりました: `{old}` → `{new}`",
    ),
    (
        "request-pattern-removed",
        INFO,
        "pattern `{old}` of `{subject}` in the request removed",
        "リクエストの `{subject}` のパターン `{old}` が削除されました",
    ),
    (
        "request-bound-tightened",
        ERR,
        "{keyword} of `{subject}` in the request tightened: {old} → {new}",
        "リクエストの `{subject}` の {keyword} が厳しくなりました: {old} → {new}",
    ),
    (
        "request-bound-relaxed",
        INFO,
        "{keyword} of `{subject}` in the request relaxed: {old} → {new}",
        "リクエストの `{subject}` の {keyword} が緩くなりました: {old} → {new}",
    ),
    (
        "request-default-changed",
        WARN,
        "default of `{subject}` changed: {old} → {new} (clients that omit it get another behaviour)",
        "`{subject}` の既定値が変わりました: {old} → {new}（省略するクライアントの動作が変わります）",
    ),
    (
        "request-format-changed",
        WARN,
        "format of `{subject}` in the request changed: {old} → {new}",
        "リクエストの `{subject}` の format が変わりました: {old} → {new}",
    ),
    (
        "request-property-added-required",
        ERR,
        "required property `{subject}` added to the request",
        "リクエストに必須プロパティ `{subject}` が追加されました",
    ),
    (
        "request-property-made-required",
        ERR,
        "property `{subject}` of the request is now required",
        "リクエストのプロパティ `{subject}` が必須になりました",
    ),
    (
        "request-property-added",
        INFO,
        "optional property `{subject}` added to the request",
        "リクエストに任意プロパティ `{subject}` が追加されました",
    ),
    (
        "request-property-removed",
        WARN,
        "property `{subject}` removed from the request (clients still send it)",
        "リクエストのプロパティ `{subject}` が削除されました（送信中のクライアントあり）",
    ),
    (
        "request-oneof-branch-removed",
        ERR,
        "{keyword} branch {branch} of `{subject}` removed from the request",
        "リクエストの `{subject}` の {keyword} の選択肢 {branch} が削除されました",
    ),
    (
        "request-oneof-branch-added",
        INFO,
        "{keyword} branch {branch} of `{subject}` added to the request",
        "リクエストの `{subject}` の {keyword} に選択肢 {branch} が追加されました",
    ),
    (
        "request-additional-properties-closed",
        ERR,
        "`{subject}` in the request no longer accepts additional properties",
        "リクエストの `{subject}` が追加プロパティを受け付けなくなりました",
    ),
    # request bodies
    (
        "request-body-made-required",
        ERR,
        "the request body of `{operation}` is now required",
        "`{operation}` のリクエストボディが必須になりました",
    ),
    (
        "request-body-removed",
        WARN,
        "the request body of `{operation}` removed",
        "`{operation}` のリクエストボディが削除されました",
    ),
    (
        "request-media-type-removed",
        ERR,
        "request media type `{media}` no longer accepted",
        "リクエストのメディアタイプ `{media}` が受け付けられなくなりました",
    ),
    (
        "request-media-type-added",
        INFO,
        "request media type `{media}` added",
        "リクエストのメディアタイプ `{media}` が追加されました",
    ),
    # responses: what the client receives may not widen
    (
        "response-success-status-removed",
        ERR,
        "success response {status} removed",
        "成功応答 {status} が削除されました",
    ),
    (
        "response-error-status-removed",
        INFO,
        "response {status} removed",
        "応答 {status} が削除されました",
    ),
    ("response-status-added", INFO, "response {status} added", "応答 {status} が追加されました"),
    (
        "response-media-type-removed",
        ERR,
        "media type `{media}` of response {status} removed",
        "応答 {status} のメディアタイプ `{media}` が削除されました",
    ),
    (
        "response-media-type-added",
        INFO,
        "media type `{media}` added to response {status}",
        "応答 {status} にメディアタイプ `{media}` が追加されました",
    ),
    (
        "response-required-property-removed",
        ERR,
        "required property `{subject}` removed from the response",
        "応答の必須プロパティ `{subject}` が削除されました",
    ),
    (
        "response-optional-property-removed",
        WARN,
        "optional property `{subject}` removed from the response",
        "応答の任意プロパティ `{subject}` が削除されました",
    ),
    (
        "response-property-made-optional",
        ERR,
        "property `{subject}` of the response is no longer always present",
        "応答のプロパティ `{subject}` が必須でなくなりました",
    ),
    (
        "response-property-made-nullable",
        ERR,
        "`{subject}` in the response may now be null",
        "応答の `{subject}` が null になり得るようになりました",
    ),
    (
        "response-property-added",
        INFO,
        "property `{subject}` added to the response",
        "応答にプロパティ `{subject}` が追加されました",
    ),
    (
        "response-type-changed",
        ERR,
        "type of `{subject}` in the response changed: {old} → {new}",
        "応答の `{subject}` の型が変わりました: {old} → {new}",
    ),
    (
        "response-type-widened",
        ERR,
        "type of `{subject}` in the response widened: {old} → {new}",
        "応答の `{subject}` の型が広がりました: {old} → {new}",
    ),
    (
        "response-type-narrowed",
        INFO,
        "type of `{subject}` in the response narrowed: {old} → {new}",
        "応答の `{subject}` の型が狭まりました: {old} → {new}",
    ),
    (
        "response-enum-value-added",
        WARN,
        "value {value} of `{subject}` may now be returned (breaks strict clients)",
        "応答の `{subject}` に値 {value} が追加されました（厳格なクライアントは失敗します）",
    ),
    (
        "response-enum-value-removed",
        INFO,
        "value {value} of `{subject}` is no longer returned",
        "応答の `{subject}` の値 {value} が返らなくなりました",
    ),
    (
        "response-oneof-branch-added",
        WARN,
        "{keyword} branch {branch} of `{subject}` added to the response (breaks exhaustive clients)",
        "応答の `{subject}` の {keyword} に選択肢 {branch} が追加されました（網羅的に扱うクライアントは失敗します）",
    ),
    (
        "response-oneof-branch-removed",
        INFO,
        "{keyword} branch {branch} of `{subject}` removed from the response",
        "応答の `{subject}` の {keyword} の選択肢 {branch} が削除されました",
    ),
    (
        "response-format-changed",
        WARN,
        "format of `{subject}` in the response changed: {old} → {new}",
        "応答の `{subject}` の format が変わりました: {old} → {new}",
    ),
    (
        "response-header-removed",
        ERR,
        "header `{name}` of response {status} removed",
        "応答 {status} のヘッダ `{name}` が削除されました",
    ),
    (
        "response-header-added",
        INFO,
        "header `{name}` added to response {status}",
        "応答 {status} にヘッダ `{name}` が追加されました",
    ),
    # security
    (
        "security-scheme-added",
        ERR,
        "`{operation}` now requires security scheme `{scheme}`",
        "`{operation}` にセキュリティスキーム `{scheme}` が必要になりました",
    ),
    (
        "security-scheme-removed",
        INFO,
        "`{operation}` no longer uses security scheme `{scheme}`",
        "`{operation}` がセキュリティスキーム `{scheme}` を使わなくなりました",
    ),
    (
        "security-scope-added",
        ERR,
        "`{operation}` now requires scope `{scope}` of `{scheme}`",
        "`{operation}` に `{scheme}` のスコープ `{scope}` が必要になりました",
    ),
    (
        "security-scope-removed",
        INFO,
        "`{operation}` no longer requires scope `{scope}` of `{scheme}`",
        "`{operation}` が `{scheme}` のスコープ `{scope}` を要求しなくなりました",
    ),
    (
        "security-alternative-added",
        INFO,
        "`{operation}` now also accepts {alternative}",
        "`{operation}` が {alternative} でも利用できるようになりました",
    ),
    (
        "security-scope-accepted",
        INFO,
        "`{operation}` now also accepts scope `{scope}` of `{scheme}`",
        "`{operation}` が `{scheme}` のスコープ `{scope}` でも利用できるようになりました",
    ),
    (
        "security-scheme-changed",
        ERR,
        "security scheme `{scheme}` changed: {field} {old} → {new}",
        "セキュリティスキーム `{scheme}` が変わりました: {field} {old} → {new}",
    ),
    # components, tags, servers, flags, version
    (
        "schema-removed",
        WARN,
        "schema `{name}` removed (generated SDK models disappear)",
        "スキーマ `{name}` が削除されました（生成SDKのモデルがなくなります）",
    ),
    ("tag-removed", INFO, "tag `{name}` removed", "タグ `{name}` が削除されました"),
    ("server-removed", WARN, "server `{url}` removed", "サーバ `{url}` が削除されました"),
    (
        "read-only-flipped",
        WARN,
        "readOnly of `{subject}` changed: {old} → {new}",
        "`{subject}` の readOnly が変わりました: {old} → {new}",
    ),
    (
        "write-only-flipped",
        WARN,
        "writeOnly of `{subject}` changed: {old} → {new}",
        "`{subject}` の writeOnly が変わりました: {old} → {new}",
    ),
    (
        "major-version-not-bumped",
        ERR,
        "{count} breaking change(s) but info.version went {old} → {new} without a major bump",
        "破壊的変更が {count} 件あるのに info.version がメジャー更新されていません: {old} → {new}",
    ),
    (
        "version-decreased",
        WARN,
        "info.version went backwards: {old} → {new}",
        "info.version が後退しました: {old} → {new}",
    ),
)

RULES: dict[str, Rule] = {rule_id: Rule(rule_id, level, en, ja) for rule_id, level, en, ja in _TABLE}
