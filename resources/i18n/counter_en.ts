<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="vi">
<context>
    <name>DossierDialog</name>
    <message>
        <location filename="../../counter/ui/dossier_view.py" line="36"/>
        <source>Hồ sơ </source>
        <translation>Dossier </translation>
    </message>
    <message>
        <location filename="../../counter/ui/dossier_view.py" line="50"/>
        <source>In lại giấy biên nhận (Ctrl+P)</source>
        <translation>Reprint receipt (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../counter/ui/dossier_view.py" line="53"/>
        <source>In lại khổ 80 mm</source>
        <translation>Reprint on 80 mm paper</translation>
    </message>
    <message>
        <location filename="../../counter/ui/dossier_view.py" line="55"/>
        <source>Xem trước</source>
        <translation>Preview</translation>
    </message>
    <message>
        <location filename="../../counter/ui/dossier_view.py" line="60"/>
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../counter/ui/dossier_view.py" line="70"/>
        <source>Trạng thái: </source>
        <translation>Status: </translation>
    </message>
    <message>
        <location filename="../../counter/ui/dossier_view.py" line="85"/>
        <source>Người đại diện</source>
        <translation>Representative</translation>
    </message>
    <message>
        <location filename="../../counter/ui/dossier_view.py" line="86"/>
        <source>Ngày sinh</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <location filename="../../counter/ui/dossier_view.py" line="87"/>
        <source>Điện thoại</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../counter/ui/dossier_view.py" line="89"/>
        <source>Địa chỉ</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../counter/ui/dossier_view.py" line="92"/>
        <source>Người được ủy quyền</source>
        <translation>Authorised proxy</translation>
    </message>
    <message>
        <location filename="../../counter/ui/dossier_view.py" line="96"/>
        <source>không thu</source>
        <translation>free of charge</translation>
    </message>
    <message>
        <location filename="../../counter/ui/dossier_view.py" line="98"/>
        <source>Người nộp</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <location filename="../../counter/ui/dossier_view.py" line="99"/>
        <source>Tiếp nhận</source>
        <translation>Intake</translation>
    </message>
    <message>
        <location filename="../../counter/ui/dossier_view.py" line="100"/>
        <source>Nhận lúc: </source>
        <translation>Received at: </translation>
    </message>
    <message>
        <location filename="../../counter/ui/dossier_view.py" line="101"/>
        <source>Hẹn trả: </source>
        <translation>Results due: </translation>
    </message>
    <message>
        <location filename="../../counter/ui/dossier_view.py" line="103"/>
        <source>Kênh: </source>
        <translation>Channel: </translation>
    </message>
    <message>
        <location filename="../../counter/ui/dossier_view.py" line="103"/>
        <source>Nhận kết quả: </source>
        <translation>Results returned: </translation>
    </message>
    <message>
        <location filename="../../counter/ui/dossier_view.py" line="104"/>
        <source>Cơ quan giải quyết: </source>
        <translation>Deciding agency: </translation>
    </message>
    <message>
        <location filename="../../counter/ui/dossier_view.py" line="105"/>
        <source>Phí, lệ phí: </source>
        <translation>Fees and charges: </translation>
    </message>
    <message>
        <location filename="../../counter/ui/dossier_view.py" line="106"/>
        <source>Cán bộ tiếp nhận: </source>
        <translation>Receiving officer: </translation>
    </message>
    <message>
        <location filename="../../counter/ui/dossier_view.py" line="107"/>
        <source>Sổ theo dõi</source>
        <translation>Register</translation>
    </message>
    <message>
        <location filename="../../counter/ui/dossier_view.py" line="108"/>
        <source>Ghi chú</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../counter/ui/dossier_view.py" line="109"/>
        <source>Thành phần hồ sơ</source>
        <translation>Dossier documents</translation>
    </message>
    <message>
        <location filename="../../counter/ui/dossier_view.py" line="110"/>
        <source>Tên giấy tờ</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../../counter/ui/dossier_view.py" line="110"/>
        <source>Chính</source>
        <translation>Originals</translation>
    </message>
    <message>
        <location filename="../../counter/ui/dossier_view.py" line="111"/>
        <source>Chứng thực</source>
        <translation>Certified copies</translation>
    </message>
    <message>
        <location filename="../../counter/ui/dossier_view.py" line="111"/>
        <source>Photo</source>
        <translation>Photocopies</translation>
    </message>
    <message>
        <location filename="../../counter/ui/dossier_view.py" line="111"/>
        <source>Đã nộp</source>
        <translation>Submitted</translation>
    </message>
    <message>
        <location filename="../../counter/ui/dossier_view.py" line="112"/>
        <source>Quá trình xử lý</source>
        <translation>Processing history</translation>
    </message>
    <message>
        <location filename="../../counter/ui/dossier_view.py" line="113"/>
        <source>Thời điểm</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../counter/ui/dossier_view.py" line="113"/>
        <source>Cán bộ</source>
        <translation>Officer</translation>
    </message>
    <message>
        <location filename="../../counter/ui/dossier_view.py" line="113"/>
        <source>Trạng thái</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../counter/ui/dossier_view.py" line="114"/>
        <source>Nội dung</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../counter/ui/dossier_view.py" line="120"/>
        <location filename="../../counter/ui/dossier_view.py" line="127"/>
        <source>Giấy tiếp nhận hồ sơ </source>
        <translation>Dossier receipt </translation>
    </message>
    <message>
        <location filename="../../counter/ui/dossier_view.py" line="123"/>
        <source>Không in được</source>
        <translation>Could not print</translation>
    </message>
</context>
<context>
    <name>DossierListPage</name>
    <message>
        <location filename="../../counter/ui/dossier_list.py" line="133"/>
        <source>Tìm theo mã hồ sơ, tên (có dấu hoặc không), số định danh, điện thoại…</source>
        <translation>Search by dossier code, name (with or without diacritics), ID number, phone…</translation>
    </message>
    <message>
        <location filename="../../counter/ui/dossier_list.py" line="139"/>
        <source>Mọi trạng thái</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location filename="../../counter/ui/dossier_list.py" line="140"/>
        <source>Đang giải quyết</source>
        <translation>In progress</translation>
    </message>
    <message>
        <location filename="../../counter/ui/dossier_list.py" line="150"/>
        <source>Từ ngày</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../counter/ui/dossier_list.py" line="161"/>
        <source>đến</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../../counter/ui/dossier_list.py" line="188"/>
        <source>Mọi thủ tục</source>
        <translation>All procedures</translation>
    </message>
    <message>
        <location filename="../../counter/ui/dossier_list.py" line="218"/>
        <source>%1 hồ sơ</source>
        <translation>Dossiers: %1</translation>
    </message>
    <message>
        <location filename="../../counter/ui/dossier_list.py" line="218"/>
        <source>Không có hồ sơ nào khớp bộ lọc.</source>
        <translation>No dossiers match the filter.</translation>
    </message>
</context>
<context>
    <name>IntakePage</name>
    <message>
        <location filename="../../counter/ui/intake.py" line="98"/>
        <source>&lt;b&gt;1. Thủ tục hành chính&lt;/b&gt;</source>
        <translation>&lt;b&gt;1. Administrative procedure&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../counter/ui/intake.py" line="101"/>
        <source>Gõ tên hoặc mã thủ tục, có dấu hoặc không dấu (F3)</source>
        <translation>Type the procedure name or code, with or without diacritics (F3)</translation>
    </message>
    <message>
        <location filename="../../counter/ui/intake.py" line="123"/>
        <source>&lt;b&gt;2. Thành phần hồ sơ&lt;/b&gt; (Space: đánh dấu đã nộp)</source>
        <translation>&lt;b&gt;2. Dossier documents&lt;/b&gt; (Space: mark as submitted)</translation>
    </message>
    <message>
        <location filename="../../counter/ui/intake.py" line="125"/>
        <source>Đủ giấy tờ &amp;bắt buộc</source>
        <translation>All &amp;required documents</translation>
    </message>
    <message>
        <location filename="../../counter/ui/intake.py" line="126"/>
        <source>Đánh dấu đã nộp tất cả giấy tờ bắt buộc (Alt+B)</source>
        <translation>Mark all required documents as submitted (Alt+R)</translation>
    </message>
    <message>
        <location filename="../../counter/ui/intake.py" line="132"/>
        <source>Nộp</source>
        <translation>Submitted</translation>
    </message>
    <message>
        <location filename="../../counter/ui/intake.py" line="132"/>
        <source>Tên giấy tờ</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../../counter/ui/intake.py" line="132"/>
        <source>Chính</source>
        <translation>Originals</translation>
    </message>
    <message>
        <location filename="../../counter/ui/intake.py" line="132"/>
        <source>Chứng thực</source>
        <translation>Certified copies</translation>
    </message>
    <message>
        <location filename="../../counter/ui/intake.py" line="132"/>
        <source>Photo</source>
        <translation>Photocopies</translation>
    </message>
    <message>
        <location filename="../../counter/ui/intake.py" line="155"/>
        <source>&lt;b&gt;3. Người nộp hồ sơ&lt;/b&gt;</source>
        <translation>&lt;b&gt;3. Applicant&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../counter/ui/intake.py" line="157"/>
        <source>&amp;Cá nhân</source>
        <translation>&amp;Individual</translation>
    </message>
    <message>
        <location filename="../../counter/ui/intake.py" line="158"/>
        <source>&amp;Tổ chức</source>
        <translation>&amp;Organisation</translation>
    </message>
    <message>
        <location filename="../../counter/ui/intake.py" line="171"/>
        <location filename="../../counter/ui/intake.py" line="207"/>
        <location filename="../../counter/ui/intake.py" line="460"/>
        <source>Họ và tên *</source>
        <translation>Full name *</translation>
    </message>
    <message>
        <location filename="../../counter/ui/intake.py" line="174"/>
        <source>Số định danh cá nhân / CCCD</source>
        <translation>Personal ID number / citizen ID card</translation>
    </message>
    <message>
        <location filename="../../counter/ui/intake.py" line="175"/>
        <source>Hộ chiếu (người nước ngoài)</source>
        <translation>Passport (foreign nationals)</translation>
    </message>
    <message>
        <location filename="../../counter/ui/intake.py" line="176"/>
        <source>Giấy tờ</source>
        <translation>ID document</translation>
    </message>
    <message>
        <location filename="../../counter/ui/intake.py" line="179"/>
        <source>12 chữ số</source>
        <translation>12 digits</translation>
    </message>
    <message>
        <location filename="../../counter/ui/intake.py" line="180"/>
        <source>Số giấy tờ *</source>
        <translation>Document number *</translation>
    </message>
    <message>
        <location filename="../../counter/ui/intake.py" line="183"/>
        <source>ngày/tháng/năm, ví dụ 05/09/1990</source>
        <translation>day/month/year, e.g. 05/09/1990</translation>
    </message>
    <message>
        <location filename="../../counter/ui/intake.py" line="184"/>
        <source>Ngày sinh</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <location filename="../../counter/ui/intake.py" line="187"/>
        <source>10 chữ số, hoặc 10 chữ số-3 chữ số</source>
        <translation>10 digits, or 10 digits-3 digits</translation>
    </message>
    <message>
        <location filename="../../counter/ui/intake.py" line="188"/>
        <source>Mã số thuế *</source>
        <translation>Tax code *</translation>
    </message>
    <message>
        <location filename="../../counter/ui/intake.py" line="191"/>
        <source>Người đại diện *</source>
        <translation>Representative *</translation>
    </message>
    <message>
        <location filename="../../counter/ui/intake.py" line="194"/>
        <source>ví dụ 0912345678</source>
        <translation>e.g. 0912345678</translation>
    </message>
    <message>
        <location filename="../../counter/ui/intake.py" line="195"/>
        <source>Điện thoại *</source>
        <translation>Phone *</translation>
    </message>
    <message>
        <location filename="../../counter/ui/intake.py" line="197"/>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../counter/ui/intake.py" line="199"/>
        <source>Địa chỉ *</source>
        <translation>Address *</translation>
    </message>
    <message>
        <location filename="../../counter/ui/intake.py" line="202"/>
        <source>Người được ủy quyền nộp thay</source>
        <translation>Authorised proxy submitting on the applicant&apos;s behalf</translation>
    </message>
    <message>
        <location filename="../../counter/ui/intake.py" line="209"/>
        <source>Số định danh *</source>
        <translation>ID number *</translation>
    </message>
    <message>
        <location filename="../../counter/ui/intake.py" line="211"/>
        <source>Điện thoại</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../counter/ui/intake.py" line="216"/>
        <source>&lt;b&gt;4. Nhận kết quả, phí và ghi chú&lt;/b&gt;</source>
        <translation>&lt;b&gt;4. Results, fees and notes&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../counter/ui/intake.py" line="221"/>
        <source>Tại Bộ phận &amp;Một cửa</source>
        <translation>At the one-stop &amp;counter</translation>
    </message>
    <message>
        <location filename="../../counter/ui/intake.py" line="222"/>
        <source>Qua &amp;bưu chính</source>
        <translation>By &amp;post</translation>
    </message>
    <message>
        <location filename="../../counter/ui/intake.py" line="231"/>
        <source>Trả kết quả</source>
        <translation>Return results</translation>
    </message>
    <message>
        <location filename="../../counter/ui/intake.py" line="233"/>
        <source>Địa chỉ nhận *</source>
        <translation>Delivery address *</translation>
    </message>
    <message>
        <location filename="../../counter/ui/intake.py" line="236"/>
        <source>để trống: dùng số điện thoại người nộp</source>
        <translation>leave empty to use the applicant&apos;s phone number</translation>
    </message>
    <message>
        <location filename="../../counter/ui/intake.py" line="237"/>
        <source>Điện thoại nhận</source>
        <translation>Delivery phone</translation>
    </message>
    <message>
        <location filename="../../counter/ui/intake.py" line="240"/>
        <source>Nộp trực tiếp tại quầy</source>
        <translation>Submitted in person at the counter</translation>
    </message>
    <message>
        <location filename="../../counter/ui/intake.py" line="241"/>
        <source>Nhận qua bưu chính công ích</source>
        <translation>Received by public postal service</translation>
    </message>
    <message>
        <location filename="../../counter/ui/intake.py" line="242"/>
        <source>Kênh nộp</source>
        <translation>Submission channel</translation>
    </message>
    <message>
        <location filename="../../counter/ui/intake.py" line="247"/>
        <source>đồng</source>
        <translation>dong</translation>
    </message>
    <message>
        <location filename="../../counter/ui/intake.py" line="253"/>
        <source>Số bộ</source>
        <translation>Sets</translation>
    </message>
    <message>
        <location filename="../../counter/ui/intake.py" line="258"/>
        <source>Phí, lệ phí</source>
        <translation>Fees and charges</translation>
    </message>
    <message>
        <location filename="../../counter/ui/intake.py" line="260"/>
        <source>Ghi chú (Enter xuống dòng; Ctrl+Enter để tiếp nhận)</source>
        <translation>Notes (Enter for a new line; Ctrl+Enter to accept)</translation>
    </message>
    <message>
        <location filename="../../counter/ui/intake.py" line="263"/>
        <source>Ghi chú</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../counter/ui/intake.py" line="272"/>
        <source>Hồ sơ mới (Ctrl+N)</source>
        <translation>New dossier (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../counter/ui/intake.py" line="274"/>
        <source>Tiếp nhận hồ sơ (Enter)</source>
        <translation>Accept dossier (Enter)</translation>
    </message>
    <message>
        <location filename="../../counter/ui/intake.py" line="304"/>
        <source>In giấy biên nhận (Ctrl+P)</source>
        <translation>Print receipt (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../counter/ui/intake.py" line="306"/>
        <source>In khổ 80 mm</source>
        <translation>Print on 80 mm paper</translation>
    </message>
    <message>
        <location filename="../../counter/ui/intake.py" line="308"/>
        <source>Xem trước (Ctrl+Shift+P)</source>
        <translation>Preview (Ctrl+Shift+P)</translation>
    </message>
    <message>
        <location filename="../../counter/ui/intake.py" line="366"/>
        <source>Không tìm thấy thủ tục phù hợp: thử gõ ít chữ hơn hoặc mã thủ tục.</source>
        <translation>No matching procedure found: try typing fewer words, or the procedure code.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/intake.py" line="377"/>
        <source>không thu</source>
        <translation>free of charge</translation>
    </message>
    <message>
        <location filename="../../counter/ui/intake.py" line="378"/>
        <source>có</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../../counter/ui/intake.py" line="378"/>
        <source>&lt;b&gt;không&lt;/b&gt;</source>
        <translation>&lt;b&gt;no&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../counter/ui/intake.py" line="381"/>
        <source>Cơ quan giải quyết: </source>
        <translation>Deciding agency: </translation>
    </message>
    <message>
        <location filename="../../counter/ui/intake.py" line="383"/>
        <source>Thời hạn: </source>
        <translation>Time limit: </translation>
    </message>
    <message>
        <location filename="../../counter/ui/intake.py" line="383"/>
        <source>Phí, lệ phí: </source>
        <translation>Fees and charges: </translation>
    </message>
    <message>
        <location filename="../../counter/ui/intake.py" line="384"/>
        <source>Trả qua bưu chính: </source>
        <translation>Results by post: </translation>
    </message>
    <message>
        <location filename="../../counter/ui/intake.py" line="396"/>
        <source> (nếu có)</source>
        <translation> (if any)</translation>
    </message>
    <message>
        <location filename="../../counter/ui/intake.py" line="413"/>
        <source>Thủ tục này không trả kết quả qua bưu chính</source>
        <translation>This procedure does not return results by post</translation>
    </message>
    <message>
        <location filename="../../counter/ui/intake.py" line="418"/>
        <source>Chọn thủ tục để xem thời hạn trả kết quả.</source>
        <translation>Choose a procedure to see when its results are due.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/intake.py" line="421"/>
        <source>Nếu tiếp nhận bây giờ, hẹn trả kết quả lúc </source>
        <translation>If accepted now, results are due at </translation>
    </message>
    <message>
        <location filename="../../counter/ui/intake.py" line="460"/>
        <source>Tên tổ chức *</source>
        <translation>Organisation name *</translation>
    </message>
    <message numerus="yes">
        <location filename="../../counter/ui/intake.py" line="525"/>
        <source>Chưa tiếp nhận: còn %n thông tin cần sửa (đánh dấu màu đỏ).</source>
        <translation>
            <numerusform>Not accepted yet: %n field needs correcting (marked in red).</numerusform>
            <numerusform>Not accepted yet: %n fields need correcting (marked in red).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../counter/ui/intake.py" line="547"/>
        <source>Chưa tiếp nhận được hồ sơ</source>
        <translation>Could not accept the dossier</translation>
    </message>
    <message>
        <location filename="../../counter/ui/intake.py" line="553"/>
        <source>&lt;b&gt;Đã tiếp nhận hồ sơ&lt;/b&gt; </source>
        <translation>&lt;b&gt;Dossier accepted&lt;/b&gt; </translation>
    </message>
    <message>
        <location filename="../../counter/ui/intake.py" line="554"/>
        <source>Nhận lúc: </source>
        <translation>Received at: </translation>
    </message>
    <message>
        <location filename="../../counter/ui/intake.py" line="555"/>
        <source>Hẹn trả: </source>
        <translation>Results due: </translation>
    </message>
    <message>
        <location filename="../../counter/ui/intake.py" line="556"/>
        <source>Ctrl+P: in giấy biên nhận · Ctrl+N: hồ sơ mới</source>
        <translation>Ctrl+P: print receipt · Ctrl+N: new dossier</translation>
    </message>
    <message>
        <location filename="../../counter/ui/intake.py" line="584"/>
        <source>Bỏ hồ sơ đang nhập?</source>
        <translation>Discard the dossier being entered?</translation>
    </message>
    <message>
        <location filename="../../counter/ui/intake.py" line="585"/>
        <source>Hồ sơ đang nhập chưa được tiếp nhận. Xóa các thông tin đã nhập để bắt đầu hồ sơ mới?</source>
        <translation>The dossier being entered has not been accepted. Clear what was entered and start a new dossier?</translation>
    </message>
    <message>
        <location filename="../../counter/ui/intake.py" line="609"/>
        <source>Chưa chọn thủ tục.</source>
        <translation>No procedure selected.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/intake.py" line="623"/>
        <source>In giấy biên nhận</source>
        <translation>Print receipt</translation>
    </message>
    <message>
        <location filename="../../counter/ui/intake.py" line="623"/>
        <source>Chưa có hồ sơ vừa tiếp nhận để in.</source>
        <translation>There is no newly accepted dossier to print yet.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/intake.py" line="626"/>
        <location filename="../../counter/ui/intake.py" line="633"/>
        <source>Giấy tiếp nhận hồ sơ </source>
        <translation>Dossier receipt </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../counter/ui/main_window.py" line="35"/>
        <source>Counter — Bộ phận Một cửa</source>
        <translation>Counter — One-Stop Shop</translation>
    </message>
    <message>
        <location filename="../../counter/ui/main_window.py" line="42"/>
        <source>Tiếp nhận hồ sơ (Ctrl+1)</source>
        <translation>Intake (Ctrl+1)</translation>
    </message>
    <message>
        <location filename="../../counter/ui/main_window.py" line="43"/>
        <source>Danh sách hồ sơ (Ctrl+2)</source>
        <translation>Dossier list (Ctrl+2)</translation>
    </message>
    <message>
        <location filename="../../counter/ui/main_window.py" line="61"/>
        <source>Thao tác</source>
        <translation>Actions</translation>
    </message>
    <message>
        <location filename="../../counter/ui/main_window.py" line="65"/>
        <source>Hồ sơ mới</source>
        <translation>New dossier</translation>
    </message>
    <message>
        <location filename="../../counter/ui/main_window.py" line="66"/>
        <source>In giấy biên nhận</source>
        <translation>Print receipt</translation>
    </message>
    <message>
        <location filename="../../counter/ui/main_window.py" line="67"/>
        <source>Thiết lập</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../counter/ui/main_window.py" line="70"/>
        <source>Tiếp nhận</source>
        <translation>Intake</translation>
    </message>
    <message>
        <location filename="../../counter/ui/main_window.py" line="71"/>
        <source>Danh sách</source>
        <translation>Dossier list</translation>
    </message>
    <message>
        <location filename="../../counter/ui/main_window.py" line="72"/>
        <source>Ô quét mã</source>
        <translation>Scan box</translation>
    </message>
    <message>
        <location filename="../../counter/ui/main_window.py" line="73"/>
        <source>Tìm hồ sơ</source>
        <translation>Find dossier</translation>
    </message>
    <message>
        <location filename="../../counter/ui/main_window.py" line="75"/>
        <source> Quét mã (F6): </source>
        <translation> Scan code (F6): </translation>
    </message>
    <message>
        <location filename="../../counter/ui/main_window.py" line="77"/>
        <source>Quét mã vạch trên giấy biên nhận hoặc gõ mã hồ sơ rồi Enter</source>
        <translation>Scan the barcode on the receipt, or type the dossier code, then Enter</translation>
    </message>
    <message>
        <location filename="../../counter/ui/main_window.py" line="87"/>
        <source>Cán bộ trực:</source>
        <translation>Officer on duty:</translation>
    </message>
    <message>
        <location filename="../../counter/ui/main_window.py" line="99"/>
        <source>Quầy</source>
        <translation>Counter</translation>
    </message>
    <message>
        <location filename="../../counter/ui/main_window.py" line="99"/>
        <source>Danh mục</source>
        <translation>Catalogue</translation>
    </message>
    <message>
        <location filename="../../counter/ui/main_window.py" line="101"/>
        <source>Dữ liệu</source>
        <translation>Data</translation>
    </message>
    <message>
        <location filename="../../counter/ui/main_window.py" line="157"/>
        <source>Không tìm thấy hồ sơ có mã </source>
        <translation>No dossier found with code </translation>
    </message>
    <message>
        <location filename="../../counter/ui/main_window.py" line="173"/>
        <source>Thoát Counter?</source>
        <translation>Quit Counter?</translation>
    </message>
    <message>
        <location filename="../../counter/ui/main_window.py" line="174"/>
        <source>Hồ sơ đang nhập chưa được tiếp nhận và sẽ mất nếu thoát. Vẫn thoát?</source>
        <translation>The dossier being entered has not been accepted and will be lost if you quit. Quit anyway?</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../counter/ui/settings.py" line="41"/>
        <source>Thiết lập cơ quan</source>
        <translation>Agency settings</translation>
    </message>
    <message>
        <location filename="../../counter/ui/settings.py" line="46"/>
        <source>&amp;Cơ quan</source>
        <translation>&amp;Agency</translation>
    </message>
    <message>
        <location filename="../../counter/ui/settings.py" line="47"/>
        <source>&amp;Giờ làm việc, ngày nghỉ</source>
        <translation>&amp;Working hours, days off</translation>
    </message>
    <message>
        <location filename="../../counter/ui/settings.py" line="48"/>
        <source>Cán &amp;bộ</source>
        <translation>&amp;Officers</translation>
    </message>
    <message>
        <location filename="../../counter/ui/settings.py" line="49"/>
        <source>Cơ quan &amp;giải quyết</source>
        <translation>&amp;Deciding agencies</translation>
    </message>
    <message>
        <location filename="../../counter/ui/settings.py" line="55"/>
        <source>Lưu thông tin cơ quan</source>
        <translation>Save agency details</translation>
    </message>
    <message>
        <location filename="../../counter/ui/settings.py" line="56"/>
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../counter/ui/settings.py" line="74"/>
        <source>Mã định danh cơ quan *</source>
        <translation>Agency identifier code *</translation>
    </message>
    <message>
        <location filename="../../counter/ui/settings.py" line="76"/>
        <source>Tên cơ quan *</source>
        <translation>Agency name *</translation>
    </message>
    <message>
        <location filename="../../counter/ui/settings.py" line="78"/>
        <source>Cơ quan chủ quản *</source>
        <translation>Parent agency *</translation>
    </message>
    <message>
        <location filename="../../counter/ui/settings.py" line="83"/>
        <source>Cấp</source>
        <translation>Level</translation>
    </message>
    <message>
        <location filename="../../counter/ui/settings.py" line="85"/>
        <source>Địa chỉ</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../counter/ui/settings.py" line="86"/>
        <source>địa danh in trên giấy tờ, ví dụ Tân Trụ</source>
        <translation>place name printed on documents, e.g. Tân Trụ</translation>
    </message>
    <message>
        <location filename="../../counter/ui/settings.py" line="87"/>
        <source>Địa danh</source>
        <translation>Place name</translation>
    </message>
    <message>
        <location filename="../../counter/ui/settings.py" line="89"/>
        <source>Điện thoại</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../counter/ui/settings.py" line="91"/>
        <source>Số quầy này *</source>
        <translation>This counter&apos;s number *</translation>
    </message>
    <message>
        <location filename="../../counter/ui/settings.py" line="93"/>
        <source>Số quầy dùng chung dãy số *</source>
        <translation>Counters sharing the code sequence *</translation>
    </message>
    <message>
        <location filename="../../counter/ui/settings.py" line="94"/>
        <source>Mỗi quầy cấp mã hồ sơ theo số dư riêng (quầy k cấp k, k+N, k+2N…), nên các quầy cùng cơ quan làm việc ngoại tuyến không bao giờ cấp trùng mã.</source>
        <translation>Each counter issues dossier codes from its own remainder (counter k issues k, k+N, k+2N…), so the counters of one agency working offline never issue the same code.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/settings.py" line="100"/>
        <source>Số chữ số thứ tự trong mã</source>
        <translation>Digits of the sequence number in the code</translation>
    </message>
    <message>
        <location filename="../../counter/ui/settings.py" line="102"/>
        <source>Địa chỉ tra cứu hồ sơ</source>
        <translation>Dossier lookup address</translation>
    </message>
    <message>
        <location filename="../../counter/ui/settings.py" line="111"/>
        <source>nghỉ</source>
        <translation>closed</translation>
    </message>
    <message>
        <location filename="../../counter/ui/settings.py" line="115"/>
        <source>Giờ làm việc mỗi buổi dạng 07:00-11:30, 13:30-17:00; để trống là ngày nghỉ.</source>
        <translation>Working hours of each session, like 07:00-11:30, 13:30-17:00; leave empty for a day off.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/settings.py" line="118"/>
        <source>Ngày nghỉ riêng của cơ quan (mỗi dòng một ngày dd/mm/yyyy)</source>
        <translation>The agency&apos;s own days off (one date per line, dd/mm/yyyy)</translation>
    </message>
    <message>
        <location filename="../../counter/ui/settings.py" line="124"/>
        <source>Ngày làm bù của cơ quan (mỗi dòng một ngày dd/mm/yyyy)</source>
        <translation>The agency&apos;s make-up working days (one date per line, dd/mm/yyyy)</translation>
    </message>
    <message>
        <location filename="../../counter/ui/settings.py" line="130"/>
        <source>Ngày nghỉ lễ, Tết và ngày làm bù theo quy định năm nay</source>
        <translation>This year&apos;s official holidays, Tết and make-up working days</translation>
    </message>
    <message>
        <location filename="../../counter/ui/settings.py" line="148"/>
        <source>Tên đăng nhập</source>
        <translation>User name</translation>
    </message>
    <message>
        <location filename="../../counter/ui/settings.py" line="148"/>
        <source>Họ và tên</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../counter/ui/settings.py" line="149"/>
        <location filename="../../counter/ui/settings.py" line="161"/>
        <source>Chức danh</source>
        <translation>Job title</translation>
    </message>
    <message>
        <location filename="../../counter/ui/settings.py" line="149"/>
        <location filename="../../counter/ui/settings.py" line="165"/>
        <source>Vai trò</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../counter/ui/settings.py" line="157"/>
        <source>Tên đăng nhập *</source>
        <translation>User name *</translation>
    </message>
    <message>
        <location filename="../../counter/ui/settings.py" line="159"/>
        <source>Họ và tên *</source>
        <translation>Full name *</translation>
    </message>
    <message>
        <location filename="../../counter/ui/settings.py" line="166"/>
        <source>Đang làm việc</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../counter/ui/settings.py" line="171"/>
        <source>Thêm cán bộ mới</source>
        <translation>Add new officer</translation>
    </message>
    <message>
        <location filename="../../counter/ui/settings.py" line="173"/>
        <source>Lưu cán bộ</source>
        <translation>Save officer</translation>
    </message>
    <message>
        <location filename="../../counter/ui/settings.py" line="189"/>
        <source>Phòng ban, bộ phận giải quyết (mỗi dòng một đơn vị)</source>
        <translation>Departments handling dossiers (one per line)</translation>
    </message>
    <message>
        <location filename="../../counter/ui/settings.py" line="192"/>
        <source>Lưu danh sách phòng ban</source>
        <translation>Save departments</translation>
    </message>
    <message>
        <location filename="../../counter/ui/settings.py" line="234"/>
        <source> (nghỉ)</source>
        <translation> (inactive)</translation>
    </message>
    <message>
        <location filename="../../counter/ui/settings.py" line="268"/>
        <source>Chưa lưu: sửa các ô đánh dấu màu đỏ.</source>
        <translation>Not saved: correct the fields marked in red.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/settings.py" line="273"/>
        <source>Đã lưu thông tin cơ quan.</source>
        <translation>Agency details saved.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/settings.py" line="309"/>
        <source>Đã lưu cán bộ.</source>
        <translation>Officer saved.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/settings.py" line="329"/>
        <source>Chưa lưu</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <location filename="../../counter/ui/settings.py" line="332"/>
        <source>Đã lưu danh sách phòng ban.</source>
        <translation>Departments saved.</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../counter/ui/app.py" line="62"/>
        <source>Không mở được dữ liệu</source>
        <translation>Cannot open the data</translation>
    </message>
    <message>
        <location filename="../../counter/ui/app.py" line="68"/>
        <source>Không khởi tạo được dữ liệu</source>
        <translation>Cannot initialise the data</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <location filename="../../counter/ui/printing.py" line="69"/>
        <source>In</source>
        <translation>Print</translation>
    </message>
</context>
</TS>
