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
from .attribute_linkage.client import _server as attribute_linkage_server
from .corporate_registration.client import AsyncCorporateRegistrationClient, CorporateRegistrationClient
from .corporate_registration.client import _server as corporate_registration_server
from .e_application.client import AsyncEApplicationClient, EApplicationClient
from .e_application.client import _server as e_application_server
from .e_application_receipt.client import AsyncEApplicationReceiptClient, EApplicationReceiptClient
from .e_application_receipt.client import _server as e_application_receipt_server
from .insurance_card_registration.client import AsyncInsuranceCardRegistrationClient, InsuranceCardRegistrationClient
from .insurance_card_registration.client import _server as insurance_card_registration_server
from .medical_insurance.client import AsyncMedicalInsuranceClient, MedicalInsuranceClient
from .medical_insurance.client import _server as medical_insurance_server
from .notices.client import AsyncNoticesClient, NoticesClient
from .notices.client import _server as notices_server
from .periodic_linkage.client import AsyncPeriodicLinkageClient, PeriodicLinkageClient
from .periodic_linkage.client import _server as periodic_linkage_server
from .pmh.client import AsyncPmhClient, PmhClient
from .pmh.client import _server as pmh_server
from .private_delivery_connect.client import AsyncPrivateDeliveryConnectClient, PrivateDeliveryConnectClient
from .private_delivery_connect.client import _server as private_delivery_connect_server
from .private_delivery_info.client import AsyncPrivateDeliveryInfoClient, PrivateDeliveryInfoClient
from .private_delivery_info.client import _server as private_delivery_info_server
from .residence_procedures.client import AsyncResidenceProceduresClient, ResidenceProceduresClient
from .residence_procedures.client import _server as residence_procedures_server
from .self_info.client import AsyncSelfInfoClient, SelfInfoClient
from .self_info.client import _server as self_info_server
from .social_insurance_tax.client import AsyncSocialInsuranceTaxClient, SocialInsuranceTaxClient
from .social_insurance_tax.client import _server as social_insurance_tax_server
from .sso.client import AsyncSsoClient, SsoClient
from .sso.client import _server as sso_server
from .user_registration.client import AsyncUserRegistrationClient, UserRegistrationClient
from .user_registration.client import _server as user_registration_server

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
        # Resolve every server first: a bad index raises before any connection pool exists.
        urls = {
            "attribute-linkage": attribute_linkage_server((base_urls or {}).get("attribute-linkage"), server),
            "corporate-registration": corporate_registration_server(
                (base_urls or {}).get("corporate-registration"), server
            ),
            "e-application-receipt": e_application_receipt_server(
                (base_urls or {}).get("e-application-receipt"), server
            ),
            "e-application": e_application_server((base_urls or {}).get("e-application"), server),
            "insurance-card-registration": insurance_card_registration_server(
                (base_urls or {}).get("insurance-card-registration"), server
            ),
            "medical-insurance": medical_insurance_server((base_urls or {}).get("medical-insurance"), server),
            "notices": notices_server((base_urls or {}).get("notices"), server),
            "periodic-linkage": periodic_linkage_server((base_urls or {}).get("periodic-linkage"), server),
            "pmh": pmh_server((base_urls or {}).get("pmh"), server),
            "private-delivery-connect": private_delivery_connect_server(
                (base_urls or {}).get("private-delivery-connect"), server
            ),
            "private-delivery-info": private_delivery_info_server(
                (base_urls or {}).get("private-delivery-info"), server
            ),
            "residence-procedures": residence_procedures_server((base_urls or {}).get("residence-procedures"), server),
            "self-info": self_info_server((base_urls or {}).get("self-info"), server),
            "social-insurance-tax": social_insurance_tax_server((base_urls or {}).get("social-insurance-tax"), server),
            "sso": sso_server((base_urls or {}).get("sso"), server),
            "user-registration": user_registration_server((base_urls or {}).get("user-registration"), server),
        }
        self._owns_client = http_client is None
        self._http = http_client or httpx.Client(timeout=timeout, verify=verify)
        self.attribute_linkage = AttributeLinkageClient(
            urls["attribute-linkage"], http_client=self._http, auth=auth, headers=headers
        )
        """属性連携設定API"""
        self.corporate_registration = CorporateRegistrationClient(
            urls["corporate-registration"], http_client=self._http, auth=auth, headers=headers
        )
        """法人設立手続等申請API"""
        self.e_application_receipt = EApplicationReceiptClient(
            urls["e-application-receipt"], http_client=self._http, auth=auth, headers=headers
        )
        """電子申請等情報受取等API"""
        self.e_application = EApplicationClient(
            urls["e-application"], http_client=self._http, auth=auth, headers=headers
        )
        """電子申請等API"""
        self.insurance_card_registration = InsuranceCardRegistrationClient(
            urls["insurance-card-registration"], http_client=self._http, auth=auth, headers=headers
        )
        """健康保険証利用登録API"""
        self.medical_insurance = MedicalInsuranceClient(
            urls["medical-insurance"], http_client=self._http, auth=auth, headers=headers
        )
        """医療保険情報取得API"""
        self.notices = NoticesClient(urls["notices"], http_client=self._http, auth=auth, headers=headers)
        """お知らせ情報取得API"""
        self.periodic_linkage = PeriodicLinkageClient(
            urls["periodic-linkage"], http_client=self._http, auth=auth, headers=headers
        )
        """期間連携API"""
        self.pmh = PmhClient(urls["pmh"], http_client=self._http, auth=auth, headers=headers)
        """PMH情報連携API"""
        self.private_delivery_connect = PrivateDeliveryConnectClient(
            urls["private-delivery-connect"], http_client=self._http, auth=auth, headers=headers
        )
        """民間送達接続API"""
        self.private_delivery_info = PrivateDeliveryInfoClient(
            urls["private-delivery-info"], http_client=self._http, auth=auth, headers=headers
        )
        """民間送達サービス保有情報取得API"""
        self.residence_procedures = ResidenceProceduresClient(
            urls["residence-procedures"], http_client=self._http, auth=auth, headers=headers
        )
        """在留手続申請API"""
        self.self_info = SelfInfoClient(urls["self-info"], http_client=self._http, auth=auth, headers=headers)
        """自己情報取得API"""
        self.social_insurance_tax = SocialInsuranceTaxClient(
            urls["social-insurance-tax"], http_client=self._http, auth=auth, headers=headers
        )
        """社会保険・税手続申請API"""
        self.sso = SsoClient(urls["sso"], http_client=self._http, auth=auth, headers=headers)
        """シングルサインオンAPI"""
        self.user_registration = UserRegistrationClient(
            urls["user-registration"], http_client=self._http, auth=auth, headers=headers
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
        # Resolve every server first: a bad index raises before any connection pool exists.
        urls = {
            "attribute-linkage": attribute_linkage_server((base_urls or {}).get("attribute-linkage"), server),
            "corporate-registration": corporate_registration_server(
                (base_urls or {}).get("corporate-registration"), server
            ),
            "e-application-receipt": e_application_receipt_server(
                (base_urls or {}).get("e-application-receipt"), server
            ),
            "e-application": e_application_server((base_urls or {}).get("e-application"), server),
            "insurance-card-registration": insurance_card_registration_server(
                (base_urls or {}).get("insurance-card-registration"), server
            ),
            "medical-insurance": medical_insurance_server((base_urls or {}).get("medical-insurance"), server),
            "notices": notices_server((base_urls or {}).get("notices"), server),
            "periodic-linkage": periodic_linkage_server((base_urls or {}).get("periodic-linkage"), server),
            "pmh": pmh_server((base_urls or {}).get("pmh"), server),
            "private-delivery-connect": private_delivery_connect_server(
                (base_urls or {}).get("private-delivery-connect"), server
            ),
            "private-delivery-info": private_delivery_info_server(
                (base_urls or {}).get("private-delivery-info"), server
            ),
            "residence-procedures": residence_procedures_server((base_urls or {}).get("residence-procedures"), server),
            "self-info": self_info_server((base_urls or {}).get("self-info"), server),
            "social-insurance-tax": social_insurance_tax_server((base_urls or {}).get("social-insurance-tax"), server),
            "sso": sso_server((base_urls or {}).get("sso"), server),
            "user-registration": user_registration_server((base_urls or {}).get("user-registration"), server),
        }
        self._owns_client = http_client is None
        self._http = http_client or httpx.AsyncClient(timeout=timeout, verify=verify)
        self.attribute_linkage = AsyncAttributeLinkageClient(
            urls["attribute-linkage"], http_client=self._http, auth=auth, headers=headers
        )
        """属性連携設定API"""
        self.corporate_registration = AsyncCorporateRegistrationClient(
            urls["corporate-registration"], http_client=self._http, auth=auth, headers=headers
        )
        """法人設立手続等申請API"""
        self.e_application_receipt = AsyncEApplicationReceiptClient(
            urls["e-application-receipt"], http_client=self._http, auth=auth, headers=headers
        )
        """電子申請等情報受取等API"""
        self.e_application = AsyncEApplicationClient(
            urls["e-application"], http_client=self._http, auth=auth, headers=headers
        )
        """電子申請等API"""
        self.insurance_card_registration = AsyncInsuranceCardRegistrationClient(
            urls["insurance-card-registration"], http_client=self._http, auth=auth, headers=headers
        )
        """健康保険証利用登録API"""
        self.medical_insurance = AsyncMedicalInsuranceClient(
            urls["medical-insurance"], http_client=self._http, auth=auth, headers=headers
        )
        """医療保険情報取得API"""
        self.notices = AsyncNoticesClient(urls["notices"], http_client=self._http, auth=auth, headers=headers)
        """お知らせ情報取得API"""
        self.periodic_linkage = AsyncPeriodicLinkageClient(
            urls["periodic-linkage"], http_client=self._http, auth=auth, headers=headers
        )
        """期間連携API"""
        self.pmh = AsyncPmhClient(urls["pmh"], http_client=self._http, auth=auth, headers=headers)
        """PMH情報連携API"""
        self.private_delivery_connect = AsyncPrivateDeliveryConnectClient(
            urls["private-delivery-connect"], http_client=self._http, auth=auth, headers=headers
        )
        """民間送達接続API"""
        self.private_delivery_info = AsyncPrivateDeliveryInfoClient(
            urls["private-delivery-info"], http_client=self._http, auth=auth, headers=headers
        )
        """民間送達サービス保有情報取得API"""
        self.residence_procedures = AsyncResidenceProceduresClient(
            urls["residence-procedures"], http_client=self._http, auth=auth, headers=headers
        )
        """在留手続申請API"""
        self.self_info = AsyncSelfInfoClient(urls["self-info"], http_client=self._http, auth=auth, headers=headers)
        """自己情報取得API"""
        self.social_insurance_tax = AsyncSocialInsuranceTaxClient(
            urls["social-insurance-tax"], http_client=self._http, auth=auth, headers=headers
        )
        """社会保険・税手続申請API"""
        self.sso = AsyncSsoClient(urls["sso"], http_client=self._http, auth=auth, headers=headers)
        """シングルサインオンAPI"""
        self.user_registration = AsyncUserRegistrationClient(
            urls["user-registration"], http_client=self._http, auth=auth, headers=headers
        )
        """利用者登録等API"""

    async def aclose(self) -> None:
        if self._owns_client:
            await self._http.aclose()

    async def __aenter__(self) -> AsyncMynaportalClient:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.aclose()
