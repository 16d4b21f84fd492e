"""The sync payloads, named after the national portal's vocabulary (DOMAIN §6) so a provincial
gateway can forward them unchanged: DongBoHoSoMC for a dossier, CapNhatTienDoHoSoMC for a step.
Timestamps are ISO 8601 with their offset (+07:00, Asia/Ho_Chi_Minh). They are built here, in
services, where the outbox writer (counter.services.outbox) puts them in the same transaction as
the change; counter.sync only sends them."""

from __future__ import annotations

from datetime import datetime

from counter.clock import OFFICE_TZ, aware
from counter.store.models import Dossier, StatusHistory

def ts(moment: datetime | None) -> str | None:
    return aware(moment).isoformat() if moment else None


def parse_ts(value: str | None) -> datetime | None:
    """An ISO timestamp → naive office time (the store's convention)."""
    if not value:
        return None
    moment = datetime.fromisoformat(value)
    if moment.tzinfo is not None:
        moment = moment.astimezone(OFFICE_TZ).replace(tzinfo=None)
    return moment


def dossier_payload(d: Dossier) -> dict:
    """DongBoHoSoMC: the whole dossier as received."""
    return {
        "MaHoSo": d.code,
        "MaTTHC": d.procedure_code,
        "TenTTHC": d.procedure_name,
        "TenLinhVuc": d.field_name,
        "SoBienNhan": f"{d.book_number}/{d.book_volume}",
        "ChuHoSo": d.applicant_name,
        "LoaiDoiTuong": 2 if d.applicant_kind == "organisation" else 1,
        "MaDoiTuong": d.id_number,
        "LoaiGiayTo": d.id_kind,
        "NguoiDaiDien": d.representative,
        "NguoiNopThay": d.proxy_name,
        "SoGiayToNguoiNopThay": d.proxy_id_number,
        "SoDienThoai": d.phone,
        "Email": d.email,
        "DiaChi": d.address,
        "TrichYeuHoSo": f"{d.procedure_name} — {d.applicant_name}",
        "NgayTiepNhan": ts(d.received_at),
        "NgayHenTra": ts(d.due_at),
        "TrangThaiHoSo": int(d.status),
        "NgayTra": ts(d.returned_at),
        "HinhThuc": int(d.return_method),
        "KenhNop": int(d.channel),
        "DiaChiNhanKetQua": d.delivery_address,
        "MaDonViXuLy": d.deciding_agency_code,
        "DonViXuLy": d.deciding_agency_name,
        "PhongBanXuLy": d.department,
        "SoBo": d.sets,
        "GhiChu": d.notes,
        "TaiLieuNop": [
            {"MaThanhPhanHoSo": x.code, "TenThanhPhanHoSo": x.name, "SoBanChinh": x.originals,
             "SoBanChungThuc": x.certified_copies, "SoBanPhoto": x.photocopies, "DaNop": x.submitted}
            for x in d.documents
        ],
        "DanhSachLePhi": [
            {"MaPhiLePhi": f.code, "TenPhiLePhi": f.name, "HinhThucThu": f.method, "Gia": f.amount} for f in d.fees
        ],
    }


def step_payload(d: Dossier, h: StatusHistory) -> dict:
    """CapNhatTienDoHoSoMC: one step in the life of a dossier."""
    data = {
        "MaHoSo": d.code,
        "NguoiXuLy": h.officer_name,
        "ThoiDiemXuLy": ts(h.at),
        "PhongBanXuLy": d.department,
        "NoiDungXuLy": h.reason,
        "HanhDong": h.action,
        "TrangThaiTruoc": h.from_status,
        "TrangThai": h.to_status,
        "NgayBatDau": ts(d.clock_started_at or d.received_at),
        "NgayKetThucTheoQuyDinh": ts(d.due_at),
        "ChiTiet": h.details or {},
        # the province's version of the dossier this step was taken from: it refuses the step if
        # it changed the dossier since (a conflict, not an overwrite)
        "PhienBanCoSo": d.province_version or 0,
    }
    if d.result_code:
        data["MaKetQua"] = d.result_code
    if d.returned_at:
        data["NgayTra"] = ts(d.returned_at)
    return data
