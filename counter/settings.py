"""Every setting of Counter, declared once: its key, type, default, range and Vietnamese label, and
where it lives (its scope).

Scopes:

- **office** — one value for the whole office, in the ``office.settings`` JSON column of the
  database (shared by every counter on a shared PostgreSQL database). Only this module reads or
  writes that column by key: the rest of the code asks ``get(office, LOCK_MINUTES)`` or
  ``office_settings(office).lock_minutes`` and writes with :func:`put`.
- **machine** — this computer only: the signing key source and clock offset in ``machine.json``
  in the data folder (counter.signing.machine), the printers and window positions in QSettings
  (counter.ui.preferences; on Windows the user's registry), the sync token and postal API key in
  the keyring or the owner-only secrets file (counter.secrets). They are listed here so a reader
  sees every setting in one place; their own modules keep reading and writing them.
- **user** — the officer signed in. Counter has none today: an officer's name, title, role and
  password are data (the officer table), not settings.

Labels and range messages are Vietnamese ``msg("…")`` texts (counter.messages); the UI shows them
through ``counter.ui.labels.tr_label`` (context "Messages"; lupdate gets every ``msg()`` template).
Environment variables are not here: they are all in :mod:`counter.environment`.

The stored keys are those Counter always used: existing databases keep their settings.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import Enum
from typing import Any, Generic, TypeVar

from counter.messages import msg

log = logging.getLogger(__name__)
T = TypeVar("T")


class OutOfRange(ValueError):
    """A number outside the declared range; the message says the range in Vietnamese."""


class Scope(str, Enum):  # noqa: UP042 (str values stored and compared as text)
    OFFICE = "office"    # office.settings in the database
    MACHINE = "machine"  # this computer: machine.json, QSettings or the secrets store
    USER = "user"        # the officer signed in (none declared today)


@dataclass(frozen=True)
class Setting(Generic[T]):
    key: str
    type: type
    default: T
    label: str = ""                 # Vietnamese; "" for what the officer never edits
    scope: Scope = Scope.OFFICE
    minimum: float | None = None
    maximum: float | None = None
    min_open: bool = False          # the minimum itself is not allowed (0 < x)
    range_message: str = ""         # what the settings screen says when a value is out of range
    where: str = "office.settings"  # where the value is kept (for machine settings: which file/store)
    secret: bool = False
    doc: str = ""

    def read(self, stored: Mapping[str, Any] | None) -> T:
        """The typed value in ``stored`` (an office's settings dict), else the default. A value
        that cannot be read as the declared type gives the default (and a log line)."""
        value = (stored or {}).get(self.key)
        if value is None:
            return self.default
        try:
            if self.type is bool:
                return bool(value)  # type: ignore[return-value]
            if self.type is str:
                return str(value or "")  # type: ignore[return-value]
            if self.type in (int, float):
                if isinstance(value, str):
                    value = value.replace(",", ".") if self.type is float else value
                return self.type(value or 0)  # type: ignore[no-any-return]
            if self.type is tuple:
                return tuple(value or ())  # type: ignore[return-value]
            if self.type is dict:
                return dict(value) if isinstance(value, Mapping) else self.default
        except (TypeError, ValueError):
            log.warning("office setting %s holds %r, not a %s: the default is used", self.key, value,
                        self.type.__name__)
            return self.default
        return value  # type: ignore[no-any-return]

    def in_range(self, value: float) -> bool:
        if self.minimum is not None and (value <= self.minimum if self.min_open else value < self.minimum):
            return False
        return self.maximum is None or value <= self.maximum

    def parse(self, text: str) -> T:
        """A value typed on the settings screen (Vietnamese decimal comma accepted); ValueError
        when it is not a number, :class:`OutOfRange` (saying :attr:`range_message`) when out of range."""
        if self.type is int:
            value: Any = int(text)
        elif self.type is float:
            value = float(text.replace(",", "."))
        else:
            return text.strip()  # type: ignore[return-value]
        if not self.in_range(value):
            raise OutOfRange(self.range_message)
        return value  # type: ignore[no-any-return]

    def text(self, stored: Mapping[str, Any] | None) -> str:
        """The value as the settings screen shows it."""
        return str(self.read(stored))


REGISTRY: dict[str, Setting] = {}


def _declare(setting: Setting[T]) -> Setting[T]:
    assert setting.key not in REGISTRY, setting.key
    REGISTRY[setting.key] = setting
    return setting


# -- office-wide (office.settings) -----------------------------------------------------------------

SCAN_FOLDER = _declare(Setting("scan_folder", str, "", msg("Thư mục máy quét"),
                               doc="the folder the scanner saves into; '' = no scanner"))
SUPPLEMENT_DAYS = _declare(Setting("supplement_days", int, 15, msg("Thời hạn bổ sung (ngày)"), minimum=1, maximum=90,
                                   range_message=msg("Thời hạn bổ sung từ 1 đến 90 ngày."),
                                   doc="days the applicant has to bring what is missing"))
SUPPLEMENT_REQUEST_DAYS = _declare(Setting("supplement_request_days", int, 3,
                                           doc="working days after intake during which a supplement may be asked"))
DUE_SOON_HOURS = _declare(Setting("due_soon_hours", float, 8, msg("Báo sắp đến hạn trước (giờ làm việc)"),
                                  minimum=0, maximum=80, min_open=True,
                                  range_message=msg("Ngưỡng 'sắp đến hạn' từ 0,5 đến 80 giờ làm việc."),
                                  doc="working hours before the deadline when a dossier counts as due soon"))
LOCK_MINUTES = _declare(Setting("lock_minutes", int, 10, msg("Tự khóa màn hình sau (phút)"), minimum=1, maximum=240,
                                range_message=msg("Tự khóa màn hình sau 1 đến 240 phút không thao tác."),
                                doc="idle minutes before the screen locks"))
MAX_ATTEMPTS = _declare(Setting("max_attempts", int, 5, doc="wrong passwords before an account is locked"))
LOCKOUT_MINUTES = _declare(Setting("lockout_minutes", int, 15, doc="how long a locked account stays locked"))
SYNC_URL = _declare(Setting("sync_url", str, "", msg("Máy chủ đồng bộ của tỉnh"), doc="the provincial hub"))
SYNC_CA_BUNDLE = _declare(Setting("sync_ca_bundle", str, "", msg("Tệp chứng chỉ gốc (CA)"),
                                  doc="CA file for the hub's certificate; '' = the system's roots"))
ALLOW_PLAIN_HTTP = _declare(Setting("allow_plain_http", bool, False,
                                    doc="plain http:// allowed to servers that are not this machine"))
CALENDAR_VERSION = _declare(Setting("calendar_version", int, 0, doc="the province calendar version applied"))
PROVINCE_CODE = _declare(Setting("province_code", str, "", msg("Tỉnh, thành phố của cơ quan")))
COMMUNE_CODE = _declare(Setting("commune_code", str, "", msg("Xã, phường của cơ quan")))
POSTAL_URL = _declare(Setting("postal_url", str, "", msg("Dịch vụ bưu chính")))
POSTAL_CUSTOMER = _declare(Setting("postal_customer", str, None, msg("Mã khách hàng bưu chính"),  # type: ignore[arg-type]
                                   doc="the postal customer code; unset = the office's agency code"))
POSTAGE_IN_PROVINCE = _declare(Setting("postage_in_province", int, 0, msg("Cước trong tỉnh (đồng)"), minimum=0,
                                       doc="postage charged for a return by post within the province"))
POSTAGE_OTHER_PROVINCE = _declare(Setting("postage_other_province", int, 0, msg("Cước ngoài tỉnh (đồng)"), minimum=0,
                                          doc="postage charged for a return by post to another province"))
ONLINE_CHECK_HOURS = _declare(Setting("online_check_hours", dict, {},  # type: ignore[arg-type]
                                      doc="per procedure code: working hours to check an online dossier"))
TSA_URL = _declare(Setting("tsa_url", str, "", msg("Máy chủ dấu thời gian (TSA)")))
SIGNING_GRACE_HOURS = _declare(Setting("signing_grace_hours", float, 0.0,
                                       msg("Cho chuyển khi bản quét chưa ký trong (giờ)"), minimum=0, maximum=24 * 30,
                                       range_message=msg("Thời gian cho phép chuyển khi chưa ký từ 0 đến 720 giờ.")))
SIGN_ON_ATTACH = _declare(Setting("sign_on_attach", bool, True,
                                  msg("Ký số ngay khi đính kèm (khi đã mở khóa ký trong phiên)")))
TRUST_ROOTS_PEM = _declare(Setting("trust_roots_pem", tuple, (), msg("Chứng thư gốc tin cậy")))
# kept by older databases in office.settings; now in the secrets store (read as a fallback only)
LEGACY_SYNC_TOKEN = _declare(Setting("sync_token", str, "", secret=True, doc="legacy copy; see SYNC_TOKEN"))
LEGACY_POSTAL_KEY = _declare(Setting("postal_key", str, "", secret=True, doc="legacy copy; see POSTAL_KEY"))
SECRET_KEYS = (LEGACY_SYNC_TOKEN.key, LEGACY_POSTAL_KEY.key)

# -- per machine (declared for the reader; kept by their own modules) -------------------------------

_SECRETS = "keyring or the owner-only secrets file, per database (counter.secrets)"
_MACHINE_JSON = "machine.json in the data folder (counter.signing.machine)"
_QSETTINGS = "QSettings Counter/Counter (counter.ui.preferences)"
SYNC_TOKEN = Setting("sync_token", str, "", msg("Mã truy cập của quầy"), Scope.MACHINE, where=_SECRETS, secret=True)
POSTAL_KEY = Setting("postal_key", str, "", msg("Khóa API bưu chính"), Scope.MACHINE, where=_SECRETS, secret=True)
MACHINE_KEY_SOURCE = Setting("key_source", str, "token", msg("Nguồn khóa ký"), Scope.MACHINE, where=_MACHINE_JSON)
MACHINE_PKCS11_LIBRARY = Setting("pkcs11_library", str, "", msg("Thư viện PKCS#11"), Scope.MACHINE, where=_MACHINE_JSON)
MACHINE_PKCS12_PATH = Setting("pkcs12_path", str, "", msg("Tệp PKCS#12"), Scope.MACHINE, where=_MACHINE_JSON)
MACHINE: tuple[Setting, ...] = (
    SYNC_TOKEN, POSTAL_KEY,
    MACHINE_KEY_SOURCE, MACHINE_PKCS11_LIBRARY, MACHINE_PKCS12_PATH,
    Setting("token_certificate", str, "", scope=Scope.MACHINE, where=_MACHINE_JSON),
    Setting("clock_offset_seconds", float, None, scope=Scope.MACHINE, where=_MACHINE_JSON),  # type: ignore[arg-type]
    Setting("clock_measured_at", str, "", scope=Scope.MACHINE, where=_MACHINE_JSON),
    Setting("printing/<kind>/printer", str, "", scope=Scope.MACHINE, where=_QSETTINGS),
    Setting("printing/<kind>/paper", str, "", scope=Scope.MACHINE, where=_QSETTINGS),
    Setting("printing/<kind>/direct", bool, False, scope=Scope.MACHINE, where=_QSETTINGS),
    Setting("windows/<name>/geometry", bytes, b"", scope=Scope.MACHINE, where=_QSETTINGS),
)
USER: tuple[Setting, ...] = ()

#: every label the settings screens show (msg() texts: lupdate gets their templates from counter.messages)
LABELS = tuple(s.label for s in (*REGISTRY.values(), *MACHINE, *USER) if s.label)


# -- reading and writing office settings --------------------------------------------------------------


def get(office, setting: Setting[T]) -> T:
    """The value of an office-wide setting (``office`` is the Office row, or None: the default)."""
    assert setting.scope is Scope.OFFICE and REGISTRY.get(setting.key) is setting, setting.key
    return setting.read(getattr(office, "settings", None))


def stored(office) -> dict[str, Any]:
    """A copy of everything stored (for the audit log and for export)."""
    return dict(getattr(office, "settings", None) or {})


def put(office, values: Mapping[Setting, Any], *, drop: tuple[str, ...] = ()) -> None:
    """Store office-wide values (other keys kept, the keys in ``drop`` removed)."""
    for setting in values:
        assert REGISTRY.get(setting.key) is setting, setting.key
    kept = {k: v for k, v in stored(office).items() if k not in drop}
    office.settings = {**kept, **{s.key: v for s, v in values.items()}}


@dataclass(frozen=True)
class OfficeSettings:
    """A typed, read-only view: ``office_settings(office).lock_minutes``."""

    values: Mapping[str, Any] = field(default_factory=dict)

    def __getattr__(self, name: str) -> Any:
        setting = REGISTRY.get(name)
        if setting is None:
            raise AttributeError(name)
        return setting.read(self.values)


def office_settings(office) -> OfficeSettings:
    return OfficeSettings(stored(office))
