"""Asynchronous retrieval: a request returns a processId; polling shows it unfinished for a number of
polls, then the data.

自己情報取得 uses the statuses of the real service: `WAIT_RESULT` while holders are being asked
(the document's 202 with `Retry-After: 10`), then `REGISTER` with the data, or `ERROR` / `TIMEOUT`
(set through `POST /_sandbox/jobs/{processId}`), each a 200 with `processStatus`. 医療保険情報取得
uses its document's own statuses: `processing`, then `completed` (or `failed`); when it completes, the
document's completion webhook (`medicalInsuranceResultReady`, telegram IFA0602-S01) goes to the registered
URLs. With such a URL registered, a job also completes by itself `Settings.complete_seconds` after it was
accepted, so a service that waits for the notification instead of polling gets it."""

from __future__ import annotations

import json
from datetime import datetime, timedelta
from typing import Any

from generator.sandbox.clock import JST, iso, ymd
from generator.sandbox.context import Call, Handler, Services
from generator.sandbox.examples import NOT_FOUND, pick_example
from generator.sandbox.problems import Failure
from generator.sandbox.responder import Reply, json_reply

OUTCOMES = ("REGISTER", "ERROR", "TIMEOUT")
POLL_SECONDS = 10  # 自己情報取得: public client code polls the result every 10 s (up to 36 times)
SELF_INFO_ANSWER_TELEGRAM = "IFA0302-S01"  # the answer telegram of a request (IFA0301-R01)
EXAMPLE_OWNER = "*"  # the documents' example jobs (see fixtures): every caller may read them
MEDICAL_READY_EVENT = "medicalInsuranceResultReady"  # the document's completion webhook
MEDICAL_READY_TELEGRAM = "IFA0602-S01"
RESULT_SECONDS = 24 * 3600  # results are kept 24 hours after completion (the documents' illustrative value)
_OUTCOME_CODES = {"ERROR": "E0500001", "TIMEOUT": "E0503002"}

# 自己情報: data category -> (scope, the information name used as key in selfPersonalData)
SELF_INFO_CATEGORIES = {
    "tax_income": ("self_info:tax_income", "地方税関係情報"),
    "pension": ("self_info:pension", "年金関係情報"),
    "family_register": ("self_info:family_register", "戸籍関係情報"),
    "employment_insurance": ("self_info:employment_insurance", "雇用保険関係情報"),
    "public_assistance": ("self_info:local_government", "生活保護関係情報"),
    "child_rearing_allowance": ("self_info:local_government", "児童扶養手当関係情報"),
    "child_allowance": ("self_info:local_government", "児童手当関係情報"),
    "vaccination": ("self_info:local_government", "予防接種関係情報"),
    "disability_certificate": ("self_info:local_government", "障害者手帳関係情報"),
    "public_funds_account": ("self_info:public_funds_account", "公金受取口座情報"),
}
# 医療保険情報: dataset -> (scope, the operation that returns its records)
MEDICAL_DATASETS = {
    "medication": ("medical:medication", "medicalInsuranceListMedications"),
    "specificHealthCheckup": ("medical:checkup", "medicalInsuranceListSpecificHealthCheckups"),
    "medicalExpenseNotice": ("medical:medical_expenses", "medicalInsuranceListMedicalExpenseNotices"),
    "clinicalRecord": ("medical:clinical", "medicalInsuranceListClinicalRecords"),
    "qualification": ("medical:qualification", "medicalInsuranceGetQualification"),
}


def _owner(call: Call) -> str:
    return call.principal.client_id or call.principal.bearer or "anonymous"


def _owned(job: dict[str, Any], call: Call) -> bool:
    return job["owner"] in (EXAMPLE_OWNER, _owner(call))


def _new_process_id(services: Services) -> str:
    stamp = datetime.fromtimestamp(services.clock.now(), JST).strftime("%Y%m%d%H%M%S")
    return f"PR{stamp}{services.store.next_number('process') % 1_000_000:06d}"


def _create(services: Services, call: Call, api: str, telegram_id: str | None) -> str:
    process_id = _new_process_id(services)
    services.store.run(
        "INSERT INTO jobs (process_id, api, owner, telegram_id, request, created_at, wait_polls, outcome)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, 'REGISTER')",
        process_id,
        api,
        _owner(call),
        telegram_id,
        json.dumps(call.body, ensure_ascii=False),
        services.clock.now(),
        services.settings.wait_polls,
    )
    return process_id


def _poll(services: Services, process_id: str, api: str, count: bool = True) -> dict[str, Any] | None:
    """The job after one more poll (None when unknown, discarded or past its retention)."""
    row = services.store.one("SELECT * FROM jobs WHERE process_id = ? AND api = ? AND deleted = 0", process_id, api)
    if row is None:
        return None
    job = dict(row)
    now = services.clock.now()
    if job["completed_at"] is not None and now - job["completed_at"] > RESULT_SECONDS:
        return None
    if count:
        job["polls"] += 1
        services.store.run("UPDATE jobs SET polls = ? WHERE process_id = ?", job["polls"], process_id)
        if job["polls"] > job["wait_polls"] and job["completed_at"] is None:
            complete(services, process_id)
            job["completed_at"] = now
    job["request"] = json.loads(job["request"])
    return job


def complete(services: Services, process_id: str) -> None:
    """Mark a job done (once, however it got there) and send its API's completion webhook if it has one."""
    now = services.clock.now()
    done = services.store.run(
        "UPDATE jobs SET completed_at = ? WHERE process_id = ? AND completed_at IS NULL AND deleted = 0",
        now,
        process_id,
    )
    if not done:
        return
    row = services.store.one("SELECT * FROM jobs WHERE process_id = ?", process_id)
    if row is not None and row["api"] == "medical-insurance":
        job = dict(row)
        job["request"] = json.loads(job["request"])
        services.webhooks.emit(MEDICAL_READY_EVENT, _ready_notification(services, job))


def _ready_notification(services: Services, job: dict[str, Any]) -> dict[str, Any]:
    """The completion notice (IFA0602-S01) in the shape of the document's webhook body."""
    done_at = float(job["completed_at"])
    datasets = _medical_datasets(services, job)
    stamp = datetime.fromtimestamp(done_at, JST).strftime("%y%m%d%H%M%S")
    header = job["request"]["commonHeader"]
    sender = header["telegramId"].split("-")[1]  # the service's business number, as in its own telegrams
    return {
        "commonHeader": {
            "telegramId": f"TL-{sender}-{stamp}-{services.store.next_number('telegram') % 10_000:04d}",
            "telegramType": MEDICAL_READY_TELEGRAM,
            "mode": header["mode"],
            "processId": job["process_id"],
            "errorCode": "",
        },
        "processId": job["process_id"],
        "status": _overall(job),
        "completedAt": iso(done_at),
        "resultExpiresAt": iso(done_at + RESULT_SECONDS),
        "datasets": datasets,
    }


def _overall(job: dict[str, Any]) -> str:
    if job["completed_at"] is None:
        return "processing"
    return "completed" if job["outcome"] == "REGISTER" else "failed"


def _not_found(process_id: str) -> Failure:
    return Failure(
        404,
        "not-found",
        "対象が見つかりません",
        f"指定された処理ID {process_id} は存在しないか、保存期間を経過しています。",
        "E0404002",
    )


def _out_of_scope(missing: set[str]) -> Failure:
    return Failure(
        403,
        "out-of-consent-scope",
        "同意範囲外のデータが要求されました",
        f"利用者が同意していないデータ区分が要求に含まれています（必要なスコープ：{' '.join(sorted(missing))}）。",
        "E0403002",
    )


# 自己情報取得 -------------------------------------------------------------------------------------


def self_info_request(services: Services, call: Call) -> Reply | Failure:
    body = call.body
    header = body["commonHeader"]
    categories: list[str] = body["requestData"]["dataCategories"]
    needed = {SELF_INFO_CATEGORIES[c][0] for c in categories if c in SELF_INFO_CATEGORIES}
    if not call.principal.has_scopes(needed):
        token_scopes = call.principal.token.scopes if call.principal.token else frozenset()
        return _out_of_scope(needed - token_scopes)
    seen = services.store.one(
        "SELECT 1 FROM jobs WHERE api = 'self-info' AND owner = ? AND telegram_id = ?",
        _owner(call),
        header["telegramId"],
    )
    if seen is not None:
        return Failure(
            409,
            "conflict",
            "電文IDが重複しています",
            f"電文ID {header['telegramId']} は送信済みです。電文ごとに一意の telegramId を採番してください。",
            "E0409001",
        )
    process_id = _create(services, call, "self-info", header["telegramId"])
    answer = {
        "commonHeader": {
            **header,
            "telegramType": SELF_INFO_ANSWER_TELEGRAM,
            "processId": process_id,
            "errorCode": "",
        },
        "acceptedAt": iso(services.clock.now()),
        "acceptedDataCategories": categories,
    }
    return json_reply(200, answer)


def self_info_result(services: Services, call: Call) -> Reply | Failure:
    header = call.body["commonHeader"]
    process_id = str(header["processId"])
    job = _poll(services, process_id, "self-info")
    if job is None or not _owned(job, call):
        return _not_found(process_id)
    if job["completed_at"] is None:
        pending = {"commonHeader": {**header, "processId": process_id, "errorCode": ""}, "processStatus": "WAIT_RESULT"}
        return json_reply(202, pending, headers={"Retry-After": str(POLL_SECONDS)})
    outcome = job["outcome"]
    common = {**header, "processId": process_id, "errorCode": _OUTCOME_CODES.get(outcome, "")}
    if outcome != "REGISTER":
        return json_reply(200, {"commonHeader": common, "processStatus": outcome})
    categories = job["request"]["requestData"]["dataCategories"]
    holders, data = _self_info_data(call, categories)
    answer = {"commonHeader": common, "processStatus": "REGISTER", "holderResults": holders, "selfPersonalData": data}
    return json_reply(200, answer)


def _self_info_data(call: Call, categories: list[str]) -> tuple[list[dict[str, Any]], str]:
    """The document's example result cut down to the requested categories."""
    media = call.op.responses["200"]["content"]["application/json"]
    example = pick_example(call.op.schemas, media, None)
    if example is NOT_FOUND:
        return [], "{}"
    wanted = {SELF_INFO_CATEGORIES[c][1] for c in categories if c in SELF_INFO_CATEGORIES}
    full: dict[str, dict[str, Any]] = json.loads(example["selfPersonalData"])
    kept = {holder: {k: v for k, v in items.items() if k in wanted} for holder, items in full.items()}
    kept = {holder: items for holder, items in kept.items() if items}
    holders = [h for h in example.get("holderResults", []) if h.get("holderName") in kept]
    return holders, json.dumps(kept, ensure_ascii=False, separators=(",", ":"))


# 医療保険情報取得 -----------------------------------------------------------------------------------


def medical_request(services: Services, call: Call) -> Reply | Failure:
    body = call.body
    datasets: list[str] = body["datasets"]
    needed = {MEDICAL_DATASETS[d][0] for d in datasets if d in MEDICAL_DATASETS}
    if body["subject"]["relationship"] == "proxy":
        needed.add("medical:proxy")
        if not body["subject"].get("principalId"):
            return Failure(
                400,
                "invalid-parameter",
                "リクエストパラメータが不正です",
                "代理人として取得する場合は subject.principalId が必要です。",
                "E0400002",
            )
    if not call.principal.has_scopes(needed):
        token_scopes = call.principal.token.scopes if call.principal.token else frozenset()
        return _out_of_scope(needed - token_scopes)
    for row in services.store.all(
        "SELECT request FROM jobs WHERE api = 'medical-insurance' AND owner = ? AND deleted = 0"
        " AND completed_at IS NULL",
        _owner(call),
    ):
        if set(json.loads(row["request"])["datasets"]) & set(datasets):
            return Failure(
                409,
                "conflict",
                "処理状態が競合しています",
                "同じデータ区分の取得要求が処理中です。処理状況を確認してから再度要求してください。",
                "E0409001",
            )
    process_id = _create(services, call, "medical-insurance", body["commonHeader"]["telegramId"])
    if services.webhooks.wanted(MEDICAL_READY_EVENT):
        services.webhooks.later(services.settings.complete_seconds, lambda: complete(services, process_id))
    now = services.clock.now()
    period = None
    if "medication" in datasets:
        days = int((body.get("medicationCriteria") or {}).get("lookbackDays", 100))
        start = datetime.fromtimestamp(now, JST) - timedelta(days=days - 1)
        period = {"from": start.strftime("%Y%m%d"), "to": ymd(now)}
    answer = {
        "commonHeader": {**body["commonHeader"], "processId": process_id, "errorCode": ""},
        "processId": process_id,
        "status": "processing",
        "acceptedAt": iso(now),
        "resultExpiresAt": iso(now + RESULT_SECONDS),
        "medicationPeriod": period,
    }
    return json_reply(202, answer)


def medical_status(services: Services, call: Call) -> Reply | Failure:
    process_id = str(call.params["path"]["processId"])
    job = _poll(services, process_id, "medical-insurance")
    if job is None or not _owned(job, call):
        return _not_found(process_id)
    request = job["request"]
    done = job["completed_at"] is not None
    answer = {
        "processId": process_id,
        "status": _overall(job),
        "subject": request["subject"],
        "requestedAt": iso(job["created_at"]),
        "completedAt": iso(job["completed_at"]) if done else None,
        "resultExpiresAt": iso(job["completed_at"] + RESULT_SECONDS) if done else None,
        "datasets": _medical_datasets(services, job),
    }
    return json_reply(200, answer)


def _medical_datasets(services: Services, job: dict[str, Any]) -> list[dict[str, Any]]:
    done = job["completed_at"] is not None
    outcome = job["outcome"]
    datasets = []
    for name in job["request"]["datasets"]:
        if not done:
            datasets.append(
                {
                    "dataset": name,
                    "status": "processing",
                    "recordCount": 0,
                    "dataUpdatedThrough": None,
                    "errorCode": None,
                }
            )
        elif outcome != "REGISTER":
            datasets.append(
                {
                    "dataset": name,
                    "status": "failed",
                    "recordCount": 0,
                    "dataUpdatedThrough": None,
                    "errorCode": _OUTCOME_CODES[outcome],
                }
            )
        else:
            count = _record_count(services, name)
            datasets.append(
                {
                    "dataset": name,
                    "status": "available" if count else "noData",
                    "recordCount": count,
                    "dataUpdatedThrough": ymd(job["completed_at"]),
                    "errorCode": None,
                }
            )
    return datasets


def medical_delete(services: Services, call: Call) -> Reply | Failure:
    process_id = str(call.params["path"]["processId"])
    job = _poll(services, process_id, "medical-insurance", count=False)
    if job is None or not _owned(job, call):
        return _not_found(process_id)
    services.store.run("UPDATE jobs SET deleted = 1 WHERE process_id = ?", process_id)
    return Reply(204, None, b"", {})


def medical_records(services: Services, call: Call) -> Reply | Failure:
    """One dataset's records: the document's example, under this processId, once the job is done."""
    process_id = str(call.params["path"]["processId"])
    job = _poll(services, process_id, "medical-insurance")
    if job is None or not _owned(job, call):
        return _not_found(process_id)
    dataset = next(name for name, (_, op_id) in MEDICAL_DATASETS.items() if op_id == call.op.operation_id)
    if dataset not in job["request"]["datasets"] or job["completed_at"] is None or job["outcome"] != "REGISTER":
        reason = "処理中です" if job["completed_at"] is None else "この取得要求に含まれていないか、取得できませんでした"
        return Failure(
            409,
            "conflict",
            "処理状態が競合しています",
            f"データ区分 {dataset} は{reason}。処理状況を確認してください。",
            "E0409001",
        )
    media = call.op.responses["200"]["content"]["application/json"]
    example = pick_example(call.op.schemas, media, None)
    if not isinstance(example, dict):
        return Failure(404, "not-found", "対象が見つかりません", "この区分の例がありません。", "E0404001")
    answer = {**example, "processId": process_id}
    return json_reply(200, answer)


def _record_count(services: Services, dataset: str) -> int:
    op = services.operations.get(MEDICAL_DATASETS[dataset][1])
    if op is None:
        return 0
    example = pick_example(op.schemas, op.responses["200"]["content"]["application/json"], None)
    if not isinstance(example, dict):
        return 0
    for key in ("items", "qualifications"):
        if isinstance(example.get(key), list):
            return len(example[key])
    return 1


def set_outcome(
    services: Services, process_id: str, outcome: str | None, wait_polls: int | None
) -> dict[str, Any] | None:
    row = services.store.one("SELECT * FROM jobs WHERE process_id = ?", process_id)
    if row is None:
        return None
    if outcome is not None:
        services.store.run("UPDATE jobs SET outcome = ? WHERE process_id = ?", outcome, process_id)
    if wait_polls is not None:
        services.store.run("UPDATE jobs SET wait_polls = ? WHERE process_id = ?", wait_polls, process_id)
    return describe_job(services, process_id)


def describe_job(services: Services, process_id: str) -> dict[str, Any] | None:
    row = services.store.one("SELECT * FROM jobs WHERE process_id = ?", process_id)
    if row is None:
        return None
    return {
        "processId": row["process_id"],
        "api": row["api"],
        "polls": row["polls"],
        "waitPolls": row["wait_polls"],
        "outcome": row["outcome"],
        "completedAt": iso(row["completed_at"]) if row["completed_at"] is not None else None,
        "deleted": bool(row["deleted"]),
    }


HANDLERS: dict[str, Handler] = {
    "selfInfoRequest": self_info_request,
    "selfInfoGetResult": self_info_result,
    "medicalInsuranceCreateRequest": medical_request,
    "medicalInsuranceGetRequestStatus": medical_status,
    "medicalInsuranceDeleteRequest": medical_delete,
    **{op_id: medical_records for _, op_id in MEDICAL_DATASETS.values()},
}
