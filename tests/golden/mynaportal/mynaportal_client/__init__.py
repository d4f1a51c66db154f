"""mynaportal_client: generated typed clients. Do not edit.

MynaportalClient exposes every API; each API also has its own client class (sync and async).
Errors: see `mynaportal_client._errors` for the exception tree.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import httpx

from ._auth import BearerTokenAuth, mtls_context
from ._base import DEFAULT_TIMEOUT
from ._errors import (
    APIConnectionError,
    APIError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    ConflictError,
    NotFoundError,
    PermissionDeniedError,
    Problem,
    RateLimitError,
    ServerError,
    ServiceUnavailableError,
    UnexpectedResponseError,
)
from ._types import UNSET, Unset
from .attribute_linkage.client import AsyncAttributeLinkageClient, AttributeLinkageClient
from .corporate_registration.client import AsyncCorporateRegistrationClient, CorporateRegistrationClient
from .e_application.client import AsyncEApplicationClient, EApplicationClient
from .e_application_receipt.client import AsyncEApplicationReceiptClient, EApplicationReceiptClient
from .insurance_card_registration.client import AsyncInsuranceCardRegistrationClient, InsuranceCardRegistrationClient
from .medical_insurance.client import AsyncMedicalInsuranceClient, MedicalInsuranceClient
from .notices.client import AsyncNoticesClient, NoticesClient
from .periodic_linkage.client import AsyncPeriodicLinkageClient, PeriodicLinkageClient
from .pmh.client import AsyncPmhClient, PmhClient
from .private_delivery_connect.client import AsyncPrivateDeliveryConnectClient, PrivateDeliveryConnectClient
from .private_delivery_info.client import AsyncPrivateDeliveryInfoClient, PrivateDeliveryInfoClient
from .residence_procedures.client import AsyncResidenceProceduresClient, ResidenceProceduresClient
from .self_info.client import AsyncSelfInfoClient, SelfInfoClient
from .social_insurance_tax.client import AsyncSocialInsuranceTaxClient, SocialInsuranceTaxClient
from .sso.client import AsyncSsoClient, SsoClient
from .user_registration.client import AsyncUserRegistrationClient, UserRegistrationClient

__all__ = [
    "UNSET",
    "APIConnectionError",
    "APIError",
    "APIStatusError",
    "APITimeoutError",
    "AsyncMynaportalClient",
    "AuthenticationError",
    "BadRequestError",
    "BearerTokenAuth",
    "ConflictError",
    "NotFoundError",
    "PermissionDeniedError",
    "Problem",
    "RateLimitError",
    "ServerError",
    "ServiceUnavailableError",
    "UnexpectedResponseError",
    "Unset",
    "mtls_context",
    "MynaportalClient",
    "AsyncAttributeLinkageClient",
    "AttributeLinkageClient",
    "AsyncCorporateRegistrationClient",
    "CorporateRegistrationClient",
    "AsyncEApplicationReceiptClient",
    "EApplicationReceiptClient",
    "AsyncEApplicationClient",
    "EApplicationClient",
    "AsyncInsuranceCardRegistrationClient",
    "InsuranceCardRegistrationClient",
    "AsyncMedicalInsuranceClient",
    "MedicalInsuranceClient",
    "AsyncNoticesClient",
    "NoticesClient",
    "AsyncPeriodicLinkageClient",
    "PeriodicLinkageClient",
    "AsyncPmhClient",
    "PmhClient",
    "AsyncPrivateDeliveryConnectClient",
    "PrivateDeliveryConnectClient",
    "AsyncPrivateDeliveryInfoClient",
    "PrivateDeliveryInfoClient",
    "AsyncResidenceProceduresClient",
    "ResidenceProceduresClient",
    "AsyncSelfInfoClient",
    "SelfInfoClient",
    "AsyncSocialInsuranceTaxClient",
    "SocialInsuranceTaxClient",
    "AsyncSsoClient",
    "SsoClient",
    "AsyncUserRegistrationClient",
    "UserRegistrationClient",
]


class MynaportalClient:
    """Every API over one shared httpx.Client.

    server selects the same entry of every document's `servers` (0: the first one);
    base_urls overrides it per API, keyed by slug.
    """

    def __init__(
        self,
        *,
        server: int = 0,
        base_urls: Mapping[str, str] | None = None,
        http_client: httpx.Client | None = None,
        auth: httpx.Auth | None = None,
        timeout: float | httpx.Timeout = DEFAULT_TIMEOUT,
        headers: dict[str, str] | None = None,
        verify: Any = True,
    ) -> None:
        self._owns_client = http_client is None
        self._http = http_client or httpx.Client(timeout=timeout, verify=verify)
        urls = dict(base_urls or {})
        self.attribute_linkage = AttributeLinkageClient(
            urls.get("attribute-linkage"), server=server, http_client=self._http, auth=auth, headers=headers
        )
        """属性連携設定API"""
        self.corporate_registration = CorporateRegistrationClient(
            urls.get("corporate-registration"), server=server, http_client=self._http, auth=auth, headers=headers
        )
        """法人設立手続等申請API"""
        self.e_application_receipt = EApplicationReceiptClient(
            urls.get("e-application-receipt"), server=server, http_client=self._http, auth=auth, headers=headers
        )
        """電子申請等情報受取等API"""
        self.e_application = EApplicationClient(
            urls.get("e-application"), server=server, http_client=self._http, auth=auth, headers=headers
        )
        """電子申請等API"""
        self.insurance_card_registration = InsuranceCardRegistrationClient(
            urls.get("insurance-card-registration"), server=server, http_client=self._http, auth=auth, headers=headers
        )
        """健康保険証利用登録API"""
        self.medical_insurance = MedicalInsuranceClient(
            urls.get("medical-insurance"), server=server, http_client=self._http, auth=auth, headers=headers
        )
        """医療保険情報取得API"""
        self.notices = NoticesClient(
            urls.get("notices"), server=server, http_client=self._http, auth=auth, headers=headers
        )
        """お知らせ情報取得API"""
        self.periodic_linkage = PeriodicLinkageClient(
            urls.get("periodic-linkage"), server=server, http_client=self._http, auth=auth, headers=headers
        )
        """期間連携API"""
        self.pmh = PmhClient(urls.get("pmh"), server=server, http_client=self._http, auth=auth, headers=headers)
        """PMH情報連携API"""
        self.private_delivery_connect = PrivateDeliveryConnectClient(
            urls.get("private-delivery-connect"), server=server, http_client=self._http, auth=auth, headers=headers
        )
        """民間送達接続API"""
        self.private_delivery_info = PrivateDeliveryInfoClient(
            urls.get("private-delivery-info"), server=server, http_client=self._http, auth=auth, headers=headers
        )
        """民間送達サービス保有情報取得API"""
        self.residence_procedures = ResidenceProceduresClient(
            urls.get("residence-procedures"), server=server, http_client=self._http, auth=auth, headers=headers
        )
        """在留手続申請API"""
        self.self_info = SelfInfoClient(
            urls.get("self-info"), server=server, http_client=self._http, auth=auth, headers=headers
        )
        """自己情報取得API"""
        self.social_insurance_tax = SocialInsuranceTaxClient(
            urls.get("social-insurance-tax"), server=server, http_client=self._http, auth=auth, headers=headers
        )
        """社会保険・税手続申請API"""
        self.sso = SsoClient(urls.get("sso"), server=server, http_client=self._http, auth=auth, headers=headers)
        """シングルサインオンAPI"""
        self.user_registration = UserRegistrationClient(
            urls.get("user-registration"), server=server, http_client=self._http, auth=auth, headers=headers
        )
        """利用者登録等API"""

    def close(self) -> None:
        if self._owns_client:
            self._http.close()

    def __enter__(self) -> MynaportalClient:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


class AsyncMynaportalClient:
    """Every API over one shared httpx.AsyncClient.

    server selects the same entry of every document's `servers` (0: the first one);
    base_urls overrides it per API, keyed by slug.
    """

    def __init__(
        self,
        *,
        server: int = 0,
        base_urls: Mapping[str, str] | None = None,
        http_client: httpx.AsyncClient | None = None,
        auth: httpx.Auth | None = None,
        timeout: float | httpx.Timeout = DEFAULT_TIMEOUT,
        headers: dict[str, str] | None = None,
        verify: Any = True,
    ) -> None:
        self._owns_client = http_client is None
        self._http = http_client or httpx.AsyncClient(timeout=timeout, verify=verify)
        urls = dict(base_urls or {})
        self.attribute_linkage = AsyncAttributeLinkageClient(
            urls.get("attribute-linkage"), server=server, http_client=self._http, auth=auth, headers=headers
        )
        """属性連携設定API"""
        self.corporate_registration = AsyncCorporateRegistrationClient(
            urls.get("corporate-registration"), server=server, http_client=self._http, auth=auth, headers=headers
        )
        """法人設立手続等申請API"""
        self.e_application_receipt = AsyncEApplicationReceiptClient(
            urls.get("e-application-receipt"), server=server, http_client=self._http, auth=auth, headers=headers
        )
        """電子申請等情報受取等API"""
        self.e_application = AsyncEApplicationClient(
            urls.get("e-application"), server=server, http_client=self._http, auth=auth, headers=headers
        )
        """電子申請等API"""
        self.insurance_card_registration = AsyncInsuranceCardRegistrationClient(
            urls.get("insurance-card-registration"), server=server, http_client=self._http, auth=auth, headers=headers
        )
        """健康保険証利用登録API"""
        self.medical_insurance = AsyncMedicalInsuranceClient(
            urls.get("medical-insurance"), server=server, http_client=self._http, auth=auth, headers=headers
        )
        """医療保険情報取得API"""
        self.notices = AsyncNoticesClient(
            urls.get("notices"), server=server, http_client=self._http, auth=auth, headers=headers
        )
        """お知らせ情報取得API"""
        self.periodic_linkage = AsyncPeriodicLinkageClient(
            urls.get("periodic-linkage"), server=server, http_client=self._http, auth=auth, headers=headers
        )
        """期間連携API"""
        self.pmh = AsyncPmhClient(urls.get("pmh"), server=server, http_client=self._http, auth=auth, headers=headers)
        """PMH情報連携API"""
        self.private_delivery_connect = AsyncPrivateDeliveryConnectClient(
            urls.get("private-delivery-connect"), server=server, http_client=self._http, auth=auth, headers=headers
        )
        """民間送達接続API"""
        self.private_delivery_info = AsyncPrivateDeliveryInfoClient(
            urls.get("private-delivery-info"), server=server, http_client=self._http, auth=auth, headers=headers
        )
        """民間送達サービス保有情報取得API"""
        self.residence_procedures = AsyncResidenceProceduresClient(
            urls.get("residence-procedures"), server=server, http_client=self._http, auth=auth, headers=headers
        )
        """在留手続申請API"""
        self.self_info = AsyncSelfInfoClient(
            urls.get("self-info"), server=server, http_client=self._http, auth=auth, headers=headers
        )
        """自己情報取得API"""
        self.social_insurance_tax = AsyncSocialInsuranceTaxClient(
            urls.get("social-insurance-tax"), server=server, http_client=self._http, auth=auth, headers=headers
        )
        """社会保険・税手続申請API"""
        self.sso = AsyncSsoClient(urls.get("sso"), server=server, http_client=self._http, auth=auth, headers=headers)
        """シングルサインオンAPI"""
        self.user_registration = AsyncUserRegistrationClient(
            urls.get("user-registration"), server=server, http_client=self._http, auth=auth, headers=headers
        )
        """利用者登録等API"""

    async def aclose(self) -> None:
        if self._owns_client:
            await self._http.aclose()

    async def __aenter__(self) -> AsyncMynaportalClient:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.aclose()
