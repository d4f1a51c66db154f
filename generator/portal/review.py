"""Per-API points an applicant should be ready to explain in the review (審査), derived from the catalogue and spec."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from generator.apimodel.model import Api, CatalogEntry
from generator.portal.views import api_scopes, auth_paths, is_health


@dataclass(frozen=True)
class Point:
    viewpoint: str  # 主体適格性 | 利用目的 | 法令順守
    text: str


def review_points(entry: CatalogEntry, api: Api | None, names: Mapping[str, str]) -> list[Point]:
    """What reviewers will ask about this API, most specific first; names maps slugs to API names."""
    points: list[Point] = []
    scopes = api_scopes(api) if api else []
    if scopes:
        listed = "、".join(s.description.split("—")[-1].strip() or s.name for s in scopes)
        points.append(
            Point(
                "利用目的",
                f"要求するデータ区分（{listed}）のそれぞれが、どの機能に必要かを説明できる。不要な区分は要求しない。",
            )
        )
    else:
        points.append(
            Point("利用目的", f"連携する情報（{entry.data}）が、提供する機能に見合っていることを説明できる。")
        )
    if entry.disclosure:
        points.append(
            Point(
                "利用目的",
                "情報開示系API（★）として、行政機関等が保有する本人の情報を使わなければ提供できない付加価値を説明できる。",
            )
        )
        points.append(
            Point("法令順守", "同意画面で、提供される情報の範囲・利用目的・保管期間を利用者が誤認なく確認できる。")
        )
    if is_health(entry.slug):
        points.append(
            Point(
                "法令順守",
                "「PHRサービス提供者による健診等情報の取扱いに関する基本的指針」（2025年4月30日に改称）への対応状況を説明できる"
                "（総務省・厚生労働省・経済産業省も審査に参加）。",
            )
        )
    if entry.slug == "periodic-linkage":
        points += [
            Point("法令順守", "単回使用のリフレッシュトークンを暗号化して保管し、ログに残さない設計を説明できる。"),
            Point(
                "主体適格性", "利用者が同意状況を確認・撤回できる画面と、撤回時にトークンを削除する運用を用意している。"
            ),
            Point("主体適格性", "事業者ごとのTPS上限を守るための更新処理の平準化（バッチ設計）を説明できる。"),
        ]
    if any(s.name.endswith(":proxy") or "代理" in s.description for s in scopes):
        points.append(Point("法令順守", "代理人による取得では、代理権の確認方法と本人への通知方法を説明できる。"))
    if entry.prerequisites:
        listed = "、".join(names.get(slug, slug) for slug in entry.prerequisites)
        points.append(
            Point("主体適格性", f"前提となるAPI（{listed}）の利用申請の状況と、利用者の導線上の順序を説明できる。")
        )
    if api is not None:
        kinds = {s.kind for s in api.security_schemes}
        if "mutualTLS" in kinds:
            points.append(
                Point("主体適格性", "相互TLSのクライアント証明書の管理（保管場所、更新、失効時の対応）の体制がある。")
            )
        if api.webhooks:
            points.append(
                Point(
                    "法令順守",
                    "マイナポータルからの通知（Webhook）を受ける通知先URLの保護（TLS、送信元の確認、再送時の重複処理）を説明できる。",
                )
            )
        elif entry.slug == "self-info":
            points.append(
                Point(
                    "主体適格性",
                    "結果は取得要求の後のポーリングで受け取る（処理状況 WAIT_RESULT・REGISTER・ERROR・TIMEOUT）。"
                    "問い合わせの間隔と回数の上限、TIMEOUT・ERROR時の利用者への案内を説明できる。",
                )
            )
        special = auth_paths(api)
        writes = [
            op
            for op in api.path_operations
            if op.method in ("post", "put", "patch", "delete") and op.path not in special
        ]
        if writes and not entry.disclosure:
            points.append(
                Point(
                    "法令順守",
                    "利用者や自組織の名義で送信・登録する内容を、送信前に確認できる画面と取消しの手順がある。",
                )
            )
    if "地方公共団体" in entry.audience and len(entry.audience) == 1:
        points.append(Point("主体適格性", "閉域網（LGWAN等）からの接続と、職員アカウントの管理体制を説明できる。"))
    points.append(Point("主体適格性", "利用者からの問い合わせ窓口と、デジタル庁との連絡担当者を明示できる。"))
    if api is not None:
        extra = (api.document.get("info") or {}).get("x-mynaportal", {})
        for text in extra.get("review_points", []) if isinstance(extra, dict) else []:
            points.append(Point("利用目的", str(text)))
    return points
