"""Dossier status codes of the national portal (TrangThaiHoSo, DOMAIN §4)."""

from __future__ import annotations

import enum


class Status(enum.IntEnum):
    NEW = 1
    ACCEPTED = 2
    REFUSED = 3
    IN_PROGRESS = 4
    SUPPLEMENT_REQUESTED = 5
    PAYMENT_REQUESTED = 6
    WITHDRAWN = 7
    STOPPED = 8
    PROCESSED = 9
    RETURNED = 10

    @property
    def label(self) -> str:
        return STATUS_LABELS[self]


STATUS_LABELS = {
    Status.NEW: "Mới",
    Status.ACCEPTED: "Đã tiếp nhận",
    Status.REFUSED: "Từ chối",
    Status.IN_PROGRESS: "Đang xử lý",
    Status.SUPPLEMENT_REQUESTED: "Yêu cầu bổ sung",
    Status.PAYMENT_REQUESTED: "Chờ thanh toán",
    Status.WITHDRAWN: "Công dân rút hồ sơ",
    Status.STOPPED: "Dừng xử lý",
    Status.PROCESSED: "Đã có kết quả",
    Status.RETURNED: "Đã trả kết quả",
}

#: statuses in which a dossier is still open (counts for deadlines and queues)
OPEN_STATUSES = frozenset({Status.NEW, Status.ACCEPTED, Status.IN_PROGRESS, Status.SUPPLEMENT_REQUESTED, Status.PAYMENT_REQUESTED})
#: statuses after which the processing time has ended
FINISHED_STATUSES = frozenset({Status.PROCESSED, Status.RETURNED})


class Channel(enum.IntEnum):
    IN_PERSON = 1
    ONLINE = 2
    POSTAL = 3

    @property
    def label(self) -> str:
        return {1: "Trực tiếp", 2: "Trực tuyến (hỗ trợ tại quầy)", 3: "Bưu chính công ích"}[self.value]


class ReturnMethod(enum.IntEnum):
    """HinhThuc of the national portal: 0 at the counter, 1 by post."""

    COUNTER = 0
    POST = 1

    @property
    def label(self) -> str:
        return {0: "Tại Bộ phận Một cửa", 1: "Qua dịch vụ bưu chính công ích"}[self.value]
