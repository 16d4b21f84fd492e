"""Dossier status codes of the national portal (TrangThaiHoSo, DOMAIN §4)."""

from __future__ import annotations

import enum

from counter.messages import msg


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
    Status.NEW: msg("Mới"),
    Status.ACCEPTED: msg("Đã tiếp nhận"),
    Status.REFUSED: msg("Từ chối"),
    Status.IN_PROGRESS: msg("Đang xử lý"),
    Status.SUPPLEMENT_REQUESTED: msg("Yêu cầu bổ sung"),
    Status.PAYMENT_REQUESTED: msg("Chờ thanh toán"),
    Status.WITHDRAWN: msg("Công dân rút hồ sơ"),
    Status.STOPPED: msg("Dừng xử lý"),
    Status.PROCESSED: msg("Đã có kết quả"),
    Status.RETURNED: msg("Đã trả kết quả"),
}
#: the same names inside a sentence ("… khi hồ sơ đang ở trạng thái 'đã tiếp nhận'")
STATUS_IN_SENTENCE = {
    Status.NEW: msg("mới"),
    Status.ACCEPTED: msg("đã tiếp nhận"),
    Status.REFUSED: msg("từ chối"),
    Status.IN_PROGRESS: msg("đang xử lý"),
    Status.SUPPLEMENT_REQUESTED: msg("yêu cầu bổ sung"),
    Status.PAYMENT_REQUESTED: msg("chờ thanh toán"),
    Status.WITHDRAWN: msg("công dân rút hồ sơ"),
    Status.STOPPED: msg("dừng xử lý"),
    Status.PROCESSED: msg("đã có kết quả"),
    Status.RETURNED: msg("đã trả kết quả"),
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
        return {1: msg("Trực tiếp"), 2: msg("Trực tuyến (hỗ trợ tại quầy)"), 3: msg("Bưu chính công ích")}[self.value]


class ReturnMethod(enum.IntEnum):
    """HinhThuc of the national portal: 0 at the counter, 1 by post."""

    COUNTER = 0
    POST = 1

    @property
    def label(self) -> str:
        return {0: msg("Tại Bộ phận Một cửa"), 1: msg("Qua dịch vụ bưu chính công ích")}[self.value]
