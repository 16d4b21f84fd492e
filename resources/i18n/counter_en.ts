<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="vi">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../counter/ui/about.py" line="21"/>
        <source>Giới thiệu Counter</source>
        <translation>About Counter</translation>
    </message>
    <message>
        <location filename="../../counter/ui/about.py" line="25"/>
        <source>&lt;h2&gt;Counter %1&lt;/h2&gt;&lt;p&gt;Phần mềm Bộ phận Một cửa: tiếp nhận hồ sơ thủ tục hành chính, trả kết quả, làm việc cả khi không có mạng.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Counter %1&lt;/h2&gt;&lt;p&gt;Software for one-stop office counters: receiving administrative dossiers and returning results, even without a network.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../counter/ui/about.py" line="41"/>
        <source>bộ cài đặt Windows/đóng gói sẵn</source>
        <translation>Windows installer / ready-made bundle</translation>
    </message>
    <message>
        <location filename="../../counter/ui/about.py" line="41"/>
        <source>cài từ gói Python</source>
        <translation>installed from the Python package</translation>
    </message>
    <message>
        <location filename="../../counter/ui/about.py" line="42"/>
        <source>Phiên bản</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../counter/ui/about.py" line="43"/>
        <source>Cơ sở dữ liệu</source>
        <translation>Database</translation>
    </message>
    <message>
        <location filename="../../counter/ui/about.py" line="43"/>
        <source>%1
lược đồ dữ liệu %2</source>
        <translation>%1
schema %2</translation>
    </message>
    <message>
        <location filename="../../counter/ui/about.py" line="44"/>
        <source>Thư mục dữ liệu</source>
        <translation>Data folder</translation>
    </message>
    <message>
        <location filename="../../counter/ui/about.py" line="45"/>
        <source>(không ghi được nhật ký)</source>
        <translation>(no log can be written)</translation>
    </message>
    <message>
        <location filename="../../counter/ui/about.py" line="48"/>
        <source>Tệp nhật ký</source>
        <translation>Log file</translation>
    </message>
    <message>
        <location filename="../../counter/ui/about.py" line="49"/>
        <source>phiên bản %1, ban hành %2, %3 thủ tục</source>
        <translation>version %1, issued %2, %3 procedures</translation>
    </message>
    <message>
        <location filename="../../counter/ui/about.py" line="51"/>
        <source>chưa nạp</source>
        <translation>not loaded</translation>
    </message>
    <message>
        <location filename="../../counter/ui/about.py" line="52"/>
        <source>Danh mục thủ tục</source>
        <translation>Procedure catalogue</translation>
    </message>
    <message>
        <location filename="../../counter/ui/about.py" line="54"/>
        <source>Đơn vị hành chính</source>
        <translation>Administrative units</translation>
    </message>
    <message>
        <location filename="../../counter/ui/about.py" line="54"/>
        <source>danh sách có hiệu lực từ %1</source>
        <translation>list in force from %1</translation>
    </message>
    <message>
        <location filename="../../counter/ui/about.py" line="55"/>
        <source>Nền tảng</source>
        <translation>Platform</translation>
    </message>
    <message>
        <location filename="../../counter/ui/about.py" line="56"/>
        <source>Giấy phép</source>
        <translation>Licence</translation>
    </message>
    <message>
        <location filename="../../counter/ui/about.py" line="56"/>
        <source>GNU GPL phiên bản 2 trở lên (GPL-2.0-or-later); phông chữ DejaVu (giấy phép tự do của DejaVu).</source>
        <translation>GNU GPL version 2 or later (GPL-2.0-or-later); DejaVu fonts (DejaVu&apos;s free licence).</translation>
    </message>
    <message>
        <location filename="../../counter/ui/about.py" line="60"/>
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../counter/ui/about.py" line="61"/>
        <source>Sao chép thông tin</source>
        <translation>Copy the information</translation>
    </message>
    <message>
        <location filename="../../counter/ui/about.py" line="64"/>
        <source>Mở thư mục nhật ký</source>
        <translation>Open the log folder</translation>
    </message>
    <message>
        <location filename="../../counter/ui/about.py" line="79"/>
        <source>Đã sao chép</source>
        <translation>Copied</translation>
    </message>
</context>
<context>
    <name>AttentionDialog</name>
    <message>
        <location filename="../../counter/ui/sync_status.py" line="219"/>
        <source>Đồng bộ: cần cán bộ xử lý</source>
        <translation>Sync: needs an officer</translation>
    </message>
    <message>
        <location filename="../../counter/ui/sync_status.py" line="224"/>
        <location filename="../../counter/ui/sync_status.py" line="237"/>
        <source>Mã hồ sơ</source>
        <translation>Dossier code</translation>
    </message>
    <message>
        <location filename="../../counter/ui/sync_status.py" line="224"/>
        <location filename="../../counter/ui/sync_status.py" line="237"/>
        <source>Loại</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../counter/ui/sync_status.py" line="224"/>
        <source>Lúc</source>
        <translation>At</translation>
    </message>
    <message>
        <location filename="../../counter/ui/sync_status.py" line="224"/>
        <source>Lý do máy chủ tỉnh từ chối</source>
        <translation>Why the provincial server refused it</translation>
    </message>
    <message>
        <location filename="../../counter/ui/sync_status.py" line="226"/>
        <source>Sửa hồ sơ theo lý do, rồi bấm &apos;Gửi lại&apos;. Các hồ sơ khác vẫn được gửi bình thường.</source>
        <translation>Fix the dossier as the reason says, then press &apos;Send again&apos;. Other dossiers keep being sent as usual.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/sync_status.py" line="229"/>
        <source>Mở hồ sơ</source>
        <translation>Open dossier</translation>
    </message>
    <message>
        <location filename="../../counter/ui/sync_status.py" line="230"/>
        <source>Gửi lại</source>
        <translation>Send again</translation>
    </message>
    <message>
        <location filename="../../counter/ui/sync_status.py" line="235"/>
        <source>Bị từ chối</source>
        <translation>Refused</translation>
    </message>
    <message>
        <location filename="../../counter/ui/sync_status.py" line="237"/>
        <source>Tại quầy</source>
        <translation>At the counter</translation>
    </message>
    <message>
        <location filename="../../counter/ui/sync_status.py" line="237"/>
        <source>Tại tỉnh</source>
        <translation>At the province</translation>
    </message>
    <message>
        <location filename="../../counter/ui/sync_status.py" line="238"/>
        <source>Vì sao chưa thống nhất</source>
        <translation>Why they disagree</translation>
    </message>
    <message>
        <location filename="../../counter/ui/sync_status.py" line="239"/>
        <source>Quầy và tỉnh đang khác nhau về các hồ sơ này: chọn bản giữ lại. Bản được chọn sẽ được ghi ở cả hai nơi.</source>
        <translation>The counter and the province disagree about these dossiers: choose the version to keep. The chosen version is recorded in both places.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/sync_status.py" line="242"/>
        <source>Theo bản của tỉnh</source>
        <translation>Take the province&apos;s version</translation>
    </message>
    <message>
        <location filename="../../counter/ui/sync_status.py" line="243"/>
        <source>Giữ bản tại quầy</source>
        <translation>Keep the counter&apos;s version</translation>
    </message>
    <message>
        <location filename="../../counter/ui/sync_status.py" line="248"/>
        <source>Xung đột</source>
        <translation>Conflicts</translation>
    </message>
    <message>
        <location filename="../../counter/ui/sync_status.py" line="250"/>
        <source>Nguồn</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../counter/ui/sync_status.py" line="250"/>
        <source>Số</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/sync_status.py" line="250"/>
        <source>Lúc nhận</source>
        <translation>Received at</translation>
    </message>
    <message>
        <location filename="../../counter/ui/sync_status.py" line="250"/>
        <source>Vì sao không dùng được</source>
        <translation>Why it cannot be used</translation>
    </message>
    <message>
        <location filename="../../counter/ui/sync_status.py" line="252"/>
        <source>Các mục nhận từ tỉnh hoặc bưu chính không hợp lệ: không được áp dụng, các mục khác vẫn được áp dụng. Báo cho nơi gửi, rồi bấm &apos;Đã xem&apos;.</source>
        <translation>Items received from the province or the postal service that are not valid: they were not applied; the other items were. Tell the sender, then press &apos;Seen&apos;.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/sync_status.py" line="257"/>
        <source>Chọn một dòng để xem nội dung đã nhận.</source>
        <translation>Choose a row to see what was received.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/sync_status.py" line="261"/>
        <source>Đã xem</source>
        <translation>Seen</translation>
    </message>
    <message>
        <location filename="../../counter/ui/sync_status.py" line="265"/>
        <source>Nhận không hợp lệ</source>
        <translation>Invalid items received</translation>
    </message>
    <message>
        <location filename="../../counter/ui/sync_status.py" line="286"/>
        <source>Đang tải các mục cần xử lý…</source>
        <translation>Loading the items that need attention…</translation>
    </message>
    <message>
        <location filename="../../counter/ui/sync_status.py" line="301"/>
        <source>Bị từ chối (%1)</source>
        <translation>Refused (%1)</translation>
    </message>
    <message>
        <location filename="../../counter/ui/sync_status.py" line="302"/>
        <source>Xung đột (%1)</source>
        <translation>Conflicts (%1)</translation>
    </message>
    <message>
        <location filename="../../counter/ui/sync_status.py" line="303"/>
        <source>Nhận không hợp lệ (%1)</source>
        <translation>Invalid items received (%1)</translation>
    </message>
    <message>
        <location filename="../../counter/ui/sync_status.py" line="324"/>
        <source>Chưa gửi lại được</source>
        <translation>Could not send again</translation>
    </message>
    <message>
        <location filename="../../counter/ui/sync_status.py" line="330"/>
        <source>Đang ghi…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <location filename="../../counter/ui/sync_status.py" line="341"/>
        <location filename="../../counter/ui/sync_status.py" line="348"/>
        <source>Chưa xử lý được</source>
        <translation>Could not resolve</translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message>
        <location filename="../../counter/ui/charts.py" line="53"/>
        <source>Không có số liệu</source>
        <translation>No data</translation>
    </message>
</context>
<context>
    <name>BookDialog</name>
    <message>
        <location filename="../../counter/ui/book.py" line="20"/>
        <source>Sổ theo dõi hồ sơ (mẫu 07)</source>
        <translation>Dossier tracking book (form 07)</translation>
    </message>
    <message>
        <location filename="../../counter/ui/book.py" line="20"/>
        <source>Xuất sổ…</source>
        <translation>Export book…</translation>
    </message>
    <message>
        <location filename="../../counter/ui/book.py" line="28"/>
        <source>Từ ngày</source>
        <translation>From date</translation>
    </message>
    <message>
        <location filename="../../counter/ui/book.py" line="29"/>
        <source>Đến ngày</source>
        <translation>To date</translation>
    </message>
    <message>
        <location filename="../../counter/ui/book.py" line="37"/>
        <source>Lưu sổ theo dõi</source>
        <translation>Save tracking book</translation>
    </message>
    <message>
        <location filename="../../counter/ui/book.py" line="38"/>
        <source>PDF (*.pdf);;CSV (*.csv)</source>
        <translation>PDF (*.pdf);;CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../counter/ui/book.py" line="49"/>
        <source>Không lưu được</source>
        <translation>Could not save</translation>
    </message>
    <message>
        <location filename="../../counter/ui/book.py" line="54"/>
        <source>Đang xuất sổ theo dõi…</source>
        <translation>Exporting the tracking book…</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <location filename="../../counter/ui/signin.py" line="166"/>
        <source>Đổi mật khẩu</source>
        <translation>Change password</translation>
    </message>
    <message>
        <location filename="../../counter/ui/signin.py" line="166"/>
        <source>Mật khẩu của %1</source>
        <translation>Password of %1</translation>
    </message>
    <message>
        <location filename="../../counter/ui/signin.py" line="167"/>
        <source>Lưu mật khẩu</source>
        <translation>Save password</translation>
    </message>
    <message>
        <location filename="../../counter/ui/signin.py" line="167"/>
        <source>Đặt mật khẩu mới cho %1</source>
        <translation>Set a new password for %1</translation>
    </message>
    <message>
        <location filename="../../counter/ui/signin.py" line="169"/>
        <source>Mật khẩu hiện tại</source>
        <translation>Current password</translation>
    </message>
    <message>
        <location filename="../../counter/ui/signin.py" line="170"/>
        <source>Mật khẩu mới</source>
        <translation>New password</translation>
    </message>
    <message>
        <location filename="../../counter/ui/signin.py" line="171"/>
        <source>Nhập lại</source>
        <translation>Repeat</translation>
    </message>
    <message>
        <location filename="../../counter/ui/signin.py" line="172"/>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../counter/ui/signin.py" line="176"/>
        <source>Hai lần nhập mật khẩu không giống nhau.</source>
        <translation>The two passwords do not match.</translation>
    </message>
</context>
<context>
    <name>ChecklistSection</name>
    <message>
        <location filename="../../counter/ui/intake_sections.py" line="193"/>
        <source>&lt;b&gt;2. Thành phần hồ sơ&lt;/b&gt; (Space: đánh dấu đã nộp)</source>
        <translation>&lt;b&gt;2. Dossier documents&lt;/b&gt; (Space: mark as submitted)</translation>
    </message>
    <message>
        <location filename="../../counter/ui/intake_sections.py" line="195"/>
        <source>Đủ giấy tờ &amp;bắt buộc</source>
        <translation>All &amp;required documents</translation>
    </message>
    <message>
        <location filename="../../counter/ui/intake_sections.py" line="196"/>
        <source>Đánh dấu đã nộp tất cả giấy tờ bắt buộc (Alt+B)</source>
        <translation>Mark all required documents as submitted (Alt+R)</translation>
    </message>
    <message>
        <location filename="../../counter/ui/intake_sections.py" line="201"/>
        <source>Nộp</source>
        <translation>Submitted</translation>
    </message>
    <message>
        <location filename="../../counter/ui/intake_sections.py" line="201"/>
        <source>Tên giấy tờ</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../../counter/ui/intake_sections.py" line="201"/>
        <source>Chính</source>
        <translation>Originals</translation>
    </message>
    <message>
        <location filename="../../counter/ui/intake_sections.py" line="201"/>
        <source>Chứng thực</source>
        <translation>Certified copies</translation>
    </message>
    <message>
        <location filename="../../counter/ui/intake_sections.py" line="201"/>
        <source>Photo</source>
        <translation>Photocopies</translation>
    </message>
    <message>
        <location filename="../../counter/ui/intake_sections.py" line="238"/>
        <source>%1 (nếu có)</source>
        <translation>%1 (if any)</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../../counter/ui/crash.py" line="63"/>
        <source>Counter gặp lỗi ngoài dự kiến</source>
        <translation>Counter met an unexpected error</translation>
    </message>
    <message>
        <location filename="../../counter/ui/crash.py" line="67"/>
        <source>Hồ sơ đang nhập dở đã được giữ lại: nếu phải mở lại Counter, hồ sơ đó sẽ được đề nghị khôi phục.</source>
        <translation>The dossier being entered has been kept: if Counter has to be reopened, it will be offered back.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/crash.py" line="70"/>
        <source>&lt;p&gt;&lt;b&gt;Counter vừa gặp một lỗi ngoài dự kiến.&lt;/b&gt; Các hồ sơ đã tiếp nhận đều an toàn trong cơ sở dữ liệu.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Counter has just met an unexpected error.&lt;/b&gt; Every dossier already received is safe in the database.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../counter/ui/crash.py" line="72"/>
        <source>&lt;p&gt;&lt;b&gt;Nên làm:&lt;/b&gt;&lt;/p&gt;&lt;ol&gt;&lt;li&gt;Bấm &lt;b&gt;Sao chép chi tiết&lt;/b&gt; rồi dán vào tin nhắn hoặc thư gửi người hỗ trợ phần mềm (kèm tệp nhật ký nếu được hỏi).&lt;/li&gt;&lt;li&gt;Bấm &lt;b&gt;Tiếp tục làm việc&lt;/b&gt;. Nếu Counter hoạt động bất thường, bấm &lt;b&gt;Đóng Counter&lt;/b&gt; rồi mở lại.&lt;/li&gt;&lt;/ol&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;What to do:&lt;/b&gt;&lt;/p&gt;&lt;ol&gt;&lt;li&gt;Click &lt;b&gt;Copy the details&lt;/b&gt; and paste them into a message or e-mail to whoever supports the software (with the log file if asked).&lt;/li&gt;&lt;li&gt;Click &lt;b&gt;Continue working&lt;/b&gt;. If Counter behaves oddly, click &lt;b&gt;Close Counter&lt;/b&gt; and open it again.&lt;/li&gt;&lt;/ol&gt;</translation>
    </message>
    <message>
        <location filename="../../counter/ui/crash.py" line="53"/>
        <source>Nhật ký: %1</source>
        <translation>Log: %1</translation>
    </message>
    <message>
        <location filename="../../counter/ui/crash.py" line="78"/>
        <source>Tệp nhật ký: %1</source>
        <translation>Log file: %1</translation>
    </message>
    <message>
        <location filename="../../counter/ui/crash.py" line="79"/>
        <source>Tệp nhật ký: (không ghi được)</source>
        <translation>Log file: (cannot be written)</translation>
    </message>
    <message>
        <location filename="../../counter/ui/crash.py" line="89"/>
        <source>Sao chép chi tiết</source>
        <translation>Copy the details</translation>
    </message>
    <message>
        <location filename="../../counter/ui/crash.py" line="92"/>
        <source>Mở thư mục nhật ký</source>
        <translation>Open the log folder</translation>
    </message>
    <message>
        <location filename="../../counter/ui/crash.py" line="98"/>
        <source>Tiếp tục làm việc</source>
        <translation>Continue working</translation>
    </message>
    <message>
        <location filename="../../counter/ui/crash.py" line="99"/>
        <source>Đóng Counter</source>
        <translation>Close Counter</translation>
    </message>
    <message>
        <location filename="../../counter/ui/crash.py" line="112"/>
        <source>Đã sao chép</source>
        <translation>Copied</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <location filename="../../counter/ui/dashboard.py" line="91"/>
        <source>đến</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../../counter/ui/dashboard.py" line="100"/>
        <source>Xem (F5)</source>
        <translation>Show (F5)</translation>
    </message>
    <message>
        <location filename="../../counter/ui/dashboard.py" line="116"/>
        <source>Bấm để xem các hồ sơ này</source>
        <translation>Click to see these dossiers</translation>
    </message>
    <message>
        <location filename="../../counter/ui/dashboard.py" line="123"/>
        <source>Số hồ sơ tiếp nhận theo ngày</source>
        <translation>Dossiers received per day</translation>
    </message>
    <message>
        <location filename="../../counter/ui/dashboard.py" line="127"/>
        <source>Trạng thái hồ sơ tiếp nhận trong kỳ</source>
        <translation>Status of dossiers received in the period</translation>
    </message>
    <message>
        <location filename="../../counter/ui/dashboard.py" line="129"/>
        <source>Kết quả: trước hạn / đúng hạn / quá hạn</source>
        <translation>Results: early / on time / late</translation>
    </message>
    <message>
        <location filename="../../counter/ui/dashboard.py" line="140"/>
        <source>Chỉ số</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <location filename="../../counter/ui/dashboard.py" line="140"/>
        <source>Giá trị</source>
        <translation>Value</translation>
    </message>
    <message>
        <location filename="../../counter/ui/dashboard.py" line="140"/>
        <source>Tử số / mẫu số</source>
        <translation>Count / total</translation>
    </message>
    <message>
        <location filename="../../counter/ui/dashboard.py" line="141"/>
        <source>Cách tính</source>
        <translation>Formula</translation>
    </message>
    <message>
        <location filename="../../counter/ui/dashboard.py" line="171"/>
        <source>Quá hạn</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../../counter/ui/dashboard.py" line="111"/>
        <location filename="../../counter/ui/dashboard.py" line="172"/>
        <source>Sắp đến hạn</source>
        <translation>Due soon</translation>
    </message>
    <message>
        <location filename="../../counter/ui/dashboard.py" line="108"/>
        <source>Tiếp nhận</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../../counter/ui/dashboard.py" line="108"/>
        <source>Đủ điều kiện</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <location filename="../../counter/ui/dashboard.py" line="109"/>
        <source>Yêu cầu bổ sung</source>
        <translation>Supplement requested</translation>
    </message>
    <message>
        <location filename="../../counter/ui/dashboard.py" line="109"/>
        <source>Từ chối</source>
        <translation>Refused</translation>
    </message>
    <message>
        <location filename="../../counter/ui/dashboard.py" line="110"/>
        <source>Đã trả kết quả</source>
        <translation>Result returned</translation>
    </message>
    <message>
        <location filename="../../counter/ui/dashboard.py" line="110"/>
        <source>Phí, lệ phí (đ)</source>
        <translation>Fees (VND)</translation>
    </message>
    <message>
        <location filename="../../counter/ui/dashboard.py" line="111"/>
        <source>Đang quá hạn</source>
        <translation>Overdue now</translation>
    </message>
    <message>
        <location filename="../../counter/ui/dashboard.py" line="136"/>
        <source>Hồ sơ nộp trên Cổng Dịch vụ công: kiểm tra và thông báo cho người nộp trong 8 giờ làm việc kể từ khi hệ thống nhận.</source>
        <translation>Dossiers filed on the public service portal: checked and the applicant notified within 8 working hours of the system receiving them.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/dashboard.py" line="178"/>
        <source>Xuất bảng đang xem ra CSV</source>
        <translation>Export this table to CSV</translation>
    </message>
    <message>
        <location filename="../../counter/ui/dashboard.py" line="179"/>
        <source>Xuất mọi bảng ra Excel</source>
        <translation>Export every table to Excel</translation>
    </message>
    <message>
        <location filename="../../counter/ui/dashboard.py" line="180"/>
        <source>Lưu báo cáo PDF</source>
        <translation>Save the report as PDF</translation>
    </message>
    <message>
        <location filename="../../counter/ui/dashboard.py" line="181"/>
        <source>In báo cáo (Ctrl+P)</source>
        <translation>Print the report (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../counter/ui/dashboard.py" line="211"/>
        <source>Mã hồ sơ</source>
        <translation>Dossier code</translation>
    </message>
    <message>
        <location filename="../../counter/ui/dashboard.py" line="211"/>
        <source>Người nộp</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <location filename="../../counter/ui/dashboard.py" line="211"/>
        <source>Hẹn trả</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../../counter/ui/dashboard.py" line="211"/>
        <source>Ghi chú</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../counter/ui/dashboard.py" line="227"/>
        <source>Mọi cơ quan</source>
        <translation>All agencies</translation>
    </message>
    <message>
        <location filename="../../counter/ui/dashboard.py" line="228"/>
        <source>Mọi thủ tục</source>
        <translation>All procedures</translation>
    </message>
    <message>
        <location filename="../../counter/ui/dashboard.py" line="229"/>
        <source>Mọi cán bộ</source>
        <translation>All officers</translation>
    </message>
    <message>
        <location filename="../../counter/ui/dashboard.py" line="267"/>
        <source>Đang tính báo cáo…</source>
        <translation>Computing the report…</translation>
    </message>
    <message>
        <location filename="../../counter/ui/dashboard.py" line="285"/>
        <source>Hồ sơ trực tuyến: nhận {0} · kiểm tra đúng hạn {1} · kiểm tra trễ hạn {2} · đang chờ kiểm tra {3} (quá hạn {4})</source>
        <translation>Online dossiers: received {0} · checked on time {1} · checked late {2} · waiting {3} ({4} past the deadline)</translation>
    </message>
    <message>
        <location filename="../../counter/ui/dashboard.py" line="310"/>
        <source>Trễ %1 ngày làm việc</source>
        <translation>%1 working days late</translation>
    </message>
    <message>
        <location filename="../../counter/ui/dashboard.py" line="350"/>
        <source>Tiếp nhận ngày %1</source>
        <translation>Received on %1</translation>
    </message>
    <message>
        <location filename="../../counter/ui/dashboard.py" line="376"/>
        <source>Lưu báo cáo</source>
        <translation>Save the report</translation>
    </message>
    <message>
        <location filename="../../counter/ui/dashboard.py" line="393"/>
        <source>Không lưu được</source>
        <translation>Could not save</translation>
    </message>
    <message>
        <location filename="../../counter/ui/dashboard.py" line="398"/>
        <source>Đang lưu báo cáo…</source>
        <translation>Saving the report…</translation>
    </message>
    <message>
        <location filename="../../counter/ui/dashboard.py" line="407"/>
        <source>Báo cáo tổng hợp</source>
        <translation>Summary report</translation>
    </message>
</context>
<context>
    <name>DossierDialog</name>
    <message>
        <location filename="../../counter/ui/dossier_view.py" line="165"/>
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../counter/ui/dossier_view.py" line="298"/>
        <source>không thu</source>
        <translation>free of charge</translation>
    </message>
    <message>
        <location filename="../../counter/ui/dossier_view.py" line="302"/>
        <source>%1 (hạn %2)</source>
        <translation>%1 (due %2)</translation>
    </message>
    <message>
        <location filename="../../counter/ui/dossier_view.py" line="308"/>
        <source>%1: %2 — đã bổ sung %3</source>
        <translation>%1: %2 — supplemented %3</translation>
    </message>
    <message>
        <location filename="../../counter/ui/dossier_view.py" line="311"/>
        <source>%1: %2 — hạn bổ sung %3</source>
        <translation>%1: %2 — supplement due %3</translation>
    </message>
    <message>
        <location filename="../../counter/ui/dossier_view.py" line="318"/>
        <source>Người nộp</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <location filename="../../counter/ui/dossier_view.py" line="318"/>
        <source>Tiếp nhận</source>
        <translation>Intake</translation>
    </message>
    <message>
        <location filename="../../counter/ui/dossier_view.py" line="75"/>
        <source>Hồ sơ %1</source>
        <extracomment>the form an officer prints right after each step</extracomment>
        <translation>Dossier %1</translation>
    </message>
    <message>
        <location filename="../../counter/ui/dossier_view.py" line="95"/>
        <source>&lt;b&gt;Quá trình xử lý&lt;/b&gt;</source>
        <translation>&lt;b&gt;Processing history&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../counter/ui/dossier_view.py" line="101"/>
        <source>&lt;b&gt;Bản quét và văn bản kết quả&lt;/b&gt;</source>
        <translation>&lt;b&gt;Scans and result documents&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../counter/ui/dossier_view.py" line="104"/>
        <source>Đính kèm…</source>
        <translation>Attach…</translation>
    </message>
    <message>
        <location filename="../../counter/ui/dossier_view.py" line="105"/>
        <source>Đính kèm bản quét (PDF, JPEG, PNG, TIFF); chọn nhiều ảnh để ghép thành một tài liệu, đúng thứ tự trang</source>
        <translation>Attach a scan (PDF, JPEG, PNG, TIFF); choose several images to make one document, pages in the order chosen</translation>
    </message>
    <message>
        <location filename="../../counter/ui/dossier_view.py" line="109"/>
        <location filename="../../counter/ui/dossier_view.py" line="250"/>
        <source>Ký số</source>
        <translation>Sign</translation>
    </message>
    <message>
        <location filename="../../counter/ui/dossier_view.py" line="110"/>
        <source>Ký số các bản quét chưa ký bằng chữ ký số cá nhân (Ctrl+K)</source>
        <translation>Sign the unsigned scans with your personal digital signature (Ctrl+K)</translation>
    </message>
    <message>
        <location filename="../../counter/ui/dossier_view.py" line="113"/>
        <source>Kiểm tra chữ ký</source>
        <translation>Check signatures</translation>
    </message>
    <message>
        <location filename="../../counter/ui/dossier_view.py" line="116"/>
        <source>Xem bản đã ký</source>
        <translation>View signed copy</translation>
    </message>
    <message>
        <location filename="../../counter/ui/dossier_view.py" line="137"/>
        <source>Chuyển xử lý</source>
        <translation>Forward</translation>
    </message>
    <message>
        <location filename="../../counter/ui/dossier_view.py" line="138"/>
        <location filename="../../counter/ui/dossier_view.py" line="334"/>
        <source>Yêu cầu bổ sung</source>
        <translation>Supplement request</translation>
    </message>
    <message>
        <location filename="../../counter/ui/dossier_view.py" line="139"/>
        <source>Đã bổ sung đủ</source>
        <translation>Supplement complete</translation>
    </message>
    <message>
        <location filename="../../counter/ui/dossier_view.py" line="140"/>
        <source>Yêu cầu thanh toán</source>
        <translation>Request payment</translation>
    </message>
    <message>
        <location filename="../../counter/ui/dossier_view.py" line="141"/>
        <source>Đã thanh toán</source>
        <translation>Payment received</translation>
    </message>
    <message>
        <location filename="../../counter/ui/dossier_view.py" line="142"/>
        <source>Có kết quả</source>
        <translation>Results ready</translation>
    </message>
    <message>
        <location filename="../../counter/ui/dossier_view.py" line="143"/>
        <source>Trả kết quả</source>
        <translation>Hand over results</translation>
    </message>
    <message>
        <location filename="../../counter/ui/dossier_view.py" line="144"/>
        <source>Xin lỗi, gia hạn</source>
        <translation>Apologise, reschedule</translation>
    </message>
    <message>
        <location filename="../../counter/ui/dossier_view.py" line="145"/>
        <location filename="../../counter/ui/dossier_view.py" line="467"/>
        <source>Từ chối</source>
        <translation>Refuse</translation>
    </message>
    <message>
        <location filename="../../counter/ui/dossier_view.py" line="146"/>
        <source>Công dân rút hồ sơ</source>
        <translation>Applicant withdraws</translation>
    </message>
    <message>
        <location filename="../../counter/ui/dossier_view.py" line="147"/>
        <source>Dừng giải quyết</source>
        <translation>Stop processing</translation>
    </message>
    <message>
        <location filename="../../counter/ui/dossier_view.py" line="157"/>
        <source>In phiếu</source>
        <translation>Print form</translation>
    </message>
    <message>
        <location filename="../../counter/ui/dossier_view.py" line="186"/>
        <source>Đang mở hồ sơ…</source>
        <translation>Opening the dossier…</translation>
    </message>
    <message>
        <location filename="../../counter/ui/dossier_view.py" line="205"/>
        <source>Hẹn trả: %1 · đã gia hạn một lần</source>
        <translation>Results due: %1 · rescheduled once</translation>
    </message>
    <message>
        <location filename="../../counter/ui/dossier_view.py" line="205"/>
        <source>Hẹn trả: %1</source>
        <translation>Results due: %1</translation>
    </message>
    <message>
        <location filename="../../counter/ui/dossier_view.py" line="207"/>
        <source>Mã kết quả: %1</source>
        <translation>Result code: %1</translation>
    </message>
    <message>
        <location filename="../../counter/ui/dossier_view.py" line="219"/>
        <source>%1 ⚠ trễ hạn chuyển</source>
        <translation>%1 ⚠ forwarded late</translation>
    </message>
    <message>
        <location filename="../../counter/ui/dossier_view.py" line="222"/>
        <source>Bưu chính (%1)</source>
        <translation>Post (%1)</translation>
    </message>
    <message>
        <location filename="../../counter/ui/dossier_view.py" line="240"/>
        <source>%1 trang</source>
        <translation>%1 pages</translation>
    </message>
    <message>
        <location filename="../../counter/ui/dossier_view.py" line="242"/>
        <source>kiểm tra thu hồi lúc %1</source>
        <translation>revocation checked at %1</translation>
    </message>
    <message>
        <location filename="../../counter/ui/dossier_view.py" line="271"/>
        <source>Xem trước: %1</source>
        <translation>Preview: %1</translation>
    </message>
    <message>
        <location filename="../../counter/ui/dossier_view.py" line="273"/>
        <source>In %1 (Ctrl+P)</source>
        <translation>Print %1 (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../counter/ui/dossier_view.py" line="288"/>
        <source>Người đại diện: %1</source>
        <translation>Representative: %1</translation>
    </message>
    <message>
        <location filename="../../counter/ui/dossier_view.py" line="289"/>
        <source>Ngày sinh: %1</source>
        <translation>Date of birth: %1</translation>
    </message>
    <message>
        <location filename="../../counter/ui/dossier_view.py" line="290"/>
        <source>Điện thoại: %1</source>
        <translation>Phone: %1</translation>
    </message>
    <message>
        <location filename="../../counter/ui/dossier_view.py" line="291"/>
        <source>Địa chỉ: %1</source>
        <translation>Address: %1</translation>
    </message>
    <message>
        <location filename="../../counter/ui/dossier_view.py" line="293"/>
        <source>Người được ủy quyền: %1 (%2)</source>
        <translation>Authorised proxy: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../counter/ui/dossier_view.py" line="319"/>
        <source>Nhận lúc: %1 · Hẹn trả: %2 · %3</source>
        <translation>Received at: %1 · Results due: %2 · %3</translation>
    </message>
    <message>
        <location filename="../../counter/ui/dossier_view.py" line="323"/>
        <source>Hạn chuyển xử lý: %1</source>
        <translation>Forward by: %1</translation>
    </message>
    <message>
        <location filename="../../counter/ui/dossier_view.py" line="325"/>
        <source>Kênh: %1 · Nhận kết quả: %2</source>
        <translation>Channel: %1 · Results returned: %2</translation>
    </message>
    <message>
        <location filename="../../counter/ui/dossier_view.py" line="326"/>
        <source>Cơ quan giải quyết: %1</source>
        <translation>Deciding agency: %1</translation>
    </message>
    <message>
        <location filename="../../counter/ui/dossier_view.py" line="327"/>
        <source>Phí, lệ phí: %1</source>
        <translation>Fees and charges: %1</translation>
    </message>
    <message>
        <location filename="../../counter/ui/dossier_view.py" line="328"/>
        <source>Cán bộ tiếp nhận: %1 · Sổ theo dõi: %2</source>
        <translation>Receiving officer: %1 · Tracking book: %2</translation>
    </message>
    <message>
        <location filename="../../counter/ui/dossier_view.py" line="329"/>
        <source>Ghi chú: %1</source>
        <translation>Notes: %1</translation>
    </message>
    <message>
        <location filename="../../counter/ui/dossier_view.py" line="330"/>
        <source>&lt;b&gt;Lý do đóng/từ chối&lt;/b&gt;: %1</source>
        <translation>&lt;b&gt;Reason for closing/refusal&lt;/b&gt;: %1</translation>
    </message>
    <message>
        <location filename="../../counter/ui/dossier_view.py" line="331"/>
        <source>Đã trả cho: %1 (%2) %3</source>
        <translation>Handed over to: %1 (%2) %3</translation>
    </message>
    <message>
        <location filename="../../counter/ui/dossier_view.py" line="344"/>
        <source>%1 Bấm Ctrl+P để in %2.</source>
        <translation>%1 Press Ctrl+P to print the %2.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/dossier_view.py" line="438"/>
        <source>Chữ ký số của văn bản kết quả không hợp lệ:
%1

Báo cơ quan giải quyết. Vẫn trả kết quả giấy cho công dân? (Việc này được ghi vào lịch sử hồ sơ.)</source>
        <translation>The digital signature of these result documents is not valid:
%1

Tell the deciding agency. Hand the paper result to the citizen all the same? (This is recorded in the dossier history.)</translation>
    </message>
    <message>
        <location filename="../../counter/ui/dossier_view.py" line="538"/>
        <source>Chưa ký: %1</source>
        <translation>Not signed: %1</translation>
    </message>
    <message>
        <location filename="../../counter/ui/dossier_view.py" line="235"/>
        <source>văn bản kết quả</source>
        <translation>result document</translation>
    </message>
    <message>
        <location filename="../../counter/ui/dossier_view.py" line="238"/>
        <source>cả hồ sơ</source>
        <translation>whole dossier</translation>
    </message>
    <message>
        <location filename="../../counter/ui/dossier_view.py" line="249"/>
        <source>Ký số (%1)</source>
        <translation>Sign (%1)</translation>
    </message>
    <message>
        <location filename="../../counter/ui/dossier_view.py" line="321"/>
        <source>Thủ tục %1 theo danh mục phiên bản %2</source>
        <translation>Procedure %1 under catalogue version %2</translation>
    </message>
    <message>
        <location filename="../../counter/ui/dossier_view.py" line="333"/>
        <source>Cơ quan phối hợp</source>
        <translation>Cooperating agencies</translation>
    </message>
    <message>
        <location filename="../../counter/ui/dossier_view.py" line="335"/>
        <source>Thành phần hồ sơ</source>
        <translation>Dossier documents</translation>
    </message>
    <message>
        <location filename="../../counter/ui/dossier_view.py" line="336"/>
        <source>Tên giấy tờ</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../../counter/ui/dossier_view.py" line="336"/>
        <source>Chính</source>
        <translation>Orig.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/dossier_view.py" line="336"/>
        <source>TT</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/dossier_view.py" line="337"/>
        <source>Chứng thực</source>
        <translation>Cert.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/dossier_view.py" line="337"/>
        <source>Photo</source>
        <translation>Copies</translation>
    </message>
    <message>
        <location filename="../../counter/ui/dossier_view.py" line="337"/>
        <source>Đã nộp</source>
        <translation>Filed</translation>
    </message>
    <message>
        <location filename="../../counter/ui/dossier_view.py" line="374"/>
        <source>Đã chuyển hồ sơ.</source>
        <translation>Dossier forwarded.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/dossier_view.py" line="380"/>
        <source>Đã lập yêu cầu bổ sung; thời hạn giải quyết tạm dừng.</source>
        <translation>Supplement request issued; the processing time is paused.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/dossier_view.py" line="385"/>
        <source>Đã bổ sung đầy đủ; hẹn trả mới: %1.</source>
        <translation>Supplement complete; new due date: %1.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/dossier_view.py" line="386"/>
        <source>Chưa ghi nhận được</source>
        <translation>Could not record</translation>
    </message>
    <message>
        <location filename="../../counter/ui/dossier_view.py" line="391"/>
        <source>Đã yêu cầu thanh toán.</source>
        <translation>Payment requested.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/dossier_view.py" line="396"/>
        <source>Đã ghi nhận thanh toán.</source>
        <translation>Payment recorded.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/dossier_view.py" line="401"/>
        <source>Không thực hiện được</source>
        <translation>Could not complete the step</translation>
    </message>
    <message>
        <location filename="../../counter/ui/dossier_view.py" line="410"/>
        <source>Đang ghi nhận…</source>
        <translation>Recording…</translation>
    </message>
    <message>
        <location filename="../../counter/ui/dossier_view.py" line="418"/>
        <source>Đã ghi nhận kết quả.</source>
        <translation>Results recorded.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/dossier_view.py" line="427"/>
        <source>Đang kiểm tra chữ ký văn bản kết quả…</source>
        <translation>Checking the signatures of the result documents…</translation>
    </message>
    <message>
        <location filename="../../counter/ui/dossier_view.py" line="437"/>
        <source>Văn bản kết quả có vấn đề về chữ ký số</source>
        <translation>A result document has a digital signature problem</translation>
    </message>
    <message>
        <location filename="../../counter/ui/dossier_view.py" line="441"/>
        <source>Vẫn trả kết quả</source>
        <translation>Hand over anyway</translation>
    </message>
    <message>
        <location filename="../../counter/ui/dossier_view.py" line="442"/>
        <source>Chưa trả</source>
        <translation>Not now</translation>
    </message>
    <message>
        <location filename="../../counter/ui/dossier_view.py" line="454"/>
        <source>Đã trả kết quả.</source>
        <translation>Results handed over.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/dossier_view.py" line="463"/>
        <source>Đã gia hạn; in văn bản xin lỗi cho công dân.</source>
        <translation>Rescheduled; print the letter of apology for the applicant.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/dossier_view.py" line="466"/>
        <source>Từ chối giải quyết hồ sơ (mẫu 03)</source>
        <translation>Refuse the dossier (form 03)</translation>
    </message>
    <message>
        <location filename="../../counter/ui/dossier_view.py" line="466"/>
        <source>Lý do từ chối *</source>
        <translation>Reason for refusal *</translation>
    </message>
    <message>
        <location filename="../../counter/ui/dossier_view.py" line="469"/>
        <source>Đã từ chối hồ sơ.</source>
        <translation>Dossier refused.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/dossier_view.py" line="472"/>
        <source>Công dân rút hồ sơ (mẫu 05)</source>
        <translation>Applicant withdraws the dossier (form 05)</translation>
    </message>
    <message>
        <location filename="../../counter/ui/dossier_view.py" line="472"/>
        <source>Lý do *</source>
        <translation>Reason *</translation>
    </message>
    <message>
        <location filename="../../counter/ui/dossier_view.py" line="472"/>
        <source>Ghi nhận rút hồ sơ</source>
        <translation>Record withdrawal</translation>
    </message>
    <message>
        <location filename="../../counter/ui/dossier_view.py" line="475"/>
        <source>Đã ghi nhận công dân rút hồ sơ.</source>
        <translation>Withdrawal recorded.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/dossier_view.py" line="478"/>
        <source>Dừng giải quyết hồ sơ (mẫu 05)</source>
        <translation>Stop processing the dossier (form 05)</translation>
    </message>
    <message>
        <location filename="../../counter/ui/dossier_view.py" line="478"/>
        <source>Lý do dừng *</source>
        <translation>Reason for stopping *</translation>
    </message>
    <message>
        <location filename="../../counter/ui/dossier_view.py" line="478"/>
        <source>Dừng</source>
        <translation>Stop</translation>
    </message>
    <message>
        <location filename="../../counter/ui/dossier_view.py" line="481"/>
        <source>Đã dừng giải quyết hồ sơ.</source>
        <translation>Processing of the dossier stopped.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/dossier_view.py" line="485"/>
        <source>Chọn bản quét</source>
        <translation>Choose scans</translation>
    </message>
    <message>
        <location filename="../../counter/ui/dossier_view.py" line="486"/>
        <source>Bản quét (*.pdf *.jpg *.jpeg *.png *.tif *.tiff)</source>
        <translation>Scans (*.pdf *.jpg *.jpeg *.png *.tif *.tiff)</translation>
    </message>
    <message>
        <location filename="../../counter/ui/dossier_view.py" line="503"/>
        <source>Đã đính kèm %1</source>
        <translation>Attached %1</translation>
    </message>
    <message>
        <location filename="../../counter/ui/dossier_view.py" line="503"/>
        <source>Bản quét này đã có: %1</source>
        <translation>This scan is already attached: %1</translation>
    </message>
    <message>
        <location filename="../../counter/ui/dossier_view.py" line="510"/>
        <source>Không đính kèm được</source>
        <translation>Could not attach</translation>
    </message>
    <message>
        <location filename="../../counter/ui/dossier_view.py" line="514"/>
        <source>Đang đính kèm bản quét…</source>
        <translation>Attaching the scan…</translation>
    </message>
    <message>
        <location filename="../../counter/ui/dossier_view.py" line="530"/>
        <source>Đã ký số %1 bản quét (PAdES); dấu thời gian sẽ được gắn khi có mạng.</source>
        <translation>Signed %1 scan(s) (PAdES); the timestamp is added when the network is there.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/dossier_view.py" line="541"/>
        <source>Đang ký số bản quét…</source>
        <translation>Signing the scans…</translation>
    </message>
    <message>
        <location filename="../../counter/ui/dossier_view.py" line="550"/>
        <source>Đã kiểm tra %1 tệp; %2 tệp có vấn đề về chữ ký.</source>
        <translation>Checked %1 file(s); %2 with a signature problem.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/dossier_view.py" line="554"/>
        <source>Đang kiểm tra chữ ký số…</source>
        <translation>Checking digital signatures…</translation>
    </message>
    <message>
        <location filename="../../counter/ui/dossier_view.py" line="584"/>
        <location filename="../../counter/ui/dossier_view.py" line="594"/>
        <source>Đang mở bản quét…</source>
        <translation>Opening the scan…</translation>
    </message>
    <message>
        <location filename="../../counter/ui/dossier_view.py" line="585"/>
        <location filename="../../counter/ui/dossier_view.py" line="594"/>
        <source>Không xem được</source>
        <translation>Cannot display</translation>
    </message>
</context>
<context>
    <name>DossierListPage</name>
    <message>
        <location filename="../../counter/ui/dossier_list.py" line="232"/>
        <source>Tìm theo mã hồ sơ, tên (có dấu hoặc không), số định danh, điện thoại…</source>
        <translation>Search by dossier code, name (with or without diacritics), ID number, phone…</translation>
    </message>
    <message>
        <location filename="../../counter/ui/dossier_list.py" line="238"/>
        <source>Mọi trạng thái</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location filename="../../counter/ui/dossier_list.py" line="239"/>
        <source>Đang giải quyết</source>
        <translation>In progress</translation>
    </message>
    <message>
        <location filename="../../counter/ui/dossier_list.py" line="249"/>
        <source>Từ ngày</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../counter/ui/dossier_list.py" line="260"/>
        <source>đến</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../../counter/ui/dossier_list.py" line="268"/>
        <source>Bỏ lọc</source>
        <translation>Clear filter</translation>
    </message>
    <message>
        <location filename="../../counter/ui/dossier_list.py" line="299"/>
        <source>Mọi thủ tục</source>
        <translation>All procedures</translation>
    </message>
    <message>
        <location filename="../../counter/ui/dossier_list.py" line="330"/>
        <source>Đang xem: %1</source>
        <translation>Showing: %1</translation>
    </message>
    <message>
        <location filename="../../counter/ui/dossier_list.py" line="337"/>
        <source>%1 hồ sơ</source>
        <translation>Dossiers: %1</translation>
    </message>
    <message>
        <location filename="../../counter/ui/dossier_list.py" line="337"/>
        <source>Không có hồ sơ nào khớp bộ lọc.</source>
        <translation>No dossiers match the filter.</translation>
    </message>
</context>
<context>
    <name>DossierTableModel</name>
    <message>
        <location filename="../../counter/ui/dossier_list.py" line="73"/>
        <source>Đang tìm hồ sơ…</source>
        <translation>Searching dossiers…</translation>
    </message>
</context>
<context>
    <name>DraftKeeper</name>
    <message>
        <location filename="../../counter/ui/draft_keeper.py" line="60"/>
        <source>(chưa có tên người nộp)</source>
        <translation>(no applicant name yet)</translation>
    </message>
    <message>
        <location filename="../../counter/ui/draft_keeper.py" line="61"/>
        <source>(chưa chọn thủ tục)</source>
        <translation>(no procedure chosen yet)</translation>
    </message>
    <message>
        <location filename="../../counter/ui/draft_keeper.py" line="63"/>
        <source>Khôi phục hồ sơ đang nhập dở?</source>
        <translation>Restore the unfinished dossier?</translation>
    </message>
    <message>
        <location filename="../../counter/ui/draft_keeper.py" line="64"/>
        <source>Lần trước Counter đóng khi một hồ sơ chưa được tiếp nhận:

%1
%2
(lưu lúc %3)

Khôi phục để nhập tiếp? Chọn “Không” sẽ bỏ hồ sơ nháp này.</source>
        <translation>Last time Counter closed while a dossier had not been received yet:

%1
%2
(saved at %3)

Restore it to continue? “No” discards this draft.</translation>
    </message>
</context>
<context>
    <name>ExtendDialog</name>
    <message>
        <location filename="../../counter/ui/actions.py" line="164"/>
        <source>Xin lỗi và hẹn lại ngày trả kết quả (mẫu 04)</source>
        <translation>Apologise and reschedule the results date (form 04)</translation>
    </message>
    <message>
        <location filename="../../counter/ui/actions.py" line="164"/>
        <source>Gia hạn</source>
        <translation>Reschedule</translation>
    </message>
    <message>
        <location filename="../../counter/ui/actions.py" line="165"/>
        <source>Hẹn hiện tại: %1. Thời hạn chỉ được điều chỉnh một lần.</source>
        <translation>Currently due: %1. The due date can be changed only once.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/actions.py" line="172"/>
        <source>Hẹn trả mới *</source>
        <translation>New due date *</translation>
    </message>
    <message>
        <location filename="../../counter/ui/actions.py" line="179"/>
        <source>Lý do chậm trễ *</source>
        <translation>Reason for the delay *</translation>
    </message>
    <message>
        <location filename="../../counter/ui/actions.py" line="192"/>
        <source>Ngoài giờ làm việc hoặc ngày nghỉ: chọn một giờ làm việc.</source>
        <translation>Outside working hours or a day off: choose a working time.</translation>
    </message>
</context>
<context>
    <name>FeeSection</name>
    <message>
        <location filename="../../counter/ui/fees.py" line="45"/>
        <source>Thủ tục không thu phí, lệ phí.</source>
        <translation>This procedure charges no fee.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/fees.py" line="54"/>
        <source>Căn cứ: %1</source>
        <translation>Legal basis: %1</translation>
    </message>
    <message>
        <location filename="../../counter/ui/fees.py" line="74"/>
        <source> × </source>
        <translation> × </translation>
    </message>
    <message>
        <location filename="../../counter/ui/fees.py" line="87"/>
        <source>bản</source>
        <translation>copies</translation>
    </message>
    <message>
        <location filename="../../counter/ui/fees.py" line="128"/>
        <source>số lượng</source>
        <translation>quantity</translation>
    </message>
    <message>
        <location filename="../../counter/ui/fees.py" line="129"/>
        <source>số bản</source>
        <translation>number of copies</translation>
    </message>
    <message>
        <location filename="../../counter/ui/fees.py" line="143"/>
        <source>Tổng phí, lệ phí thu: %1</source>
        <translation>Total fees charged: %1</translation>
    </message>
    <message>
        <location filename="../../counter/ui/fees.py" line="144"/>
        <source>Không thu phí, lệ phí.</source>
        <translation>No fee charged.</translation>
    </message>
</context>
<context>
    <name>FirstAdminDialog</name>
    <message>
        <location filename="../../counter/ui/signin.py" line="81"/>
        <source>Lần đầu sử dụng: tạo tài khoản quản trị</source>
        <translation>First use: create the administrator account</translation>
    </message>
    <message>
        <location filename="../../counter/ui/signin.py" line="82"/>
        <source>Counter chưa có quản trị viên. Tạo tài khoản quản trị để thiết lập cơ quan, danh mục và tài khoản cán bộ. Mật khẩu cần ít nhất 8 ký tự.</source>
        <translation>Counter has no administrator yet. Create the administrator account to set up the office, the catalogue and the officers&apos; accounts. The password needs at least 8 characters.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/signin.py" line="84"/>
        <source>Tạo tài khoản</source>
        <translation>Create account</translation>
    </message>
    <message>
        <location filename="../../counter/ui/signin.py" line="86"/>
        <source>Tên đăng nhập</source>
        <translation>User name</translation>
    </message>
    <message>
        <location filename="../../counter/ui/signin.py" line="88"/>
        <source>Họ và tên *</source>
        <translation>Full name *</translation>
    </message>
    <message>
        <location filename="../../counter/ui/signin.py" line="89"/>
        <source>họ tên in trên giấy biên nhận, ví dụ Nguyễn Văn An</source>
        <translation>the name printed on receipts, e.g. Nguyễn Văn An</translation>
    </message>
    <message>
        <location filename="../../counter/ui/signin.py" line="90"/>
        <source>Mật khẩu</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../counter/ui/signin.py" line="91"/>
        <source>Nhập lại mật khẩu</source>
        <translation>Repeat the password</translation>
    </message>
    <message>
        <location filename="../../counter/ui/signin.py" line="103"/>
        <source>Nhập họ và tên quản trị viên (in trên giấy biên nhận).</source>
        <translation>Enter the administrator&apos;s full name (printed on receipts).</translation>
    </message>
    <message>
        <location filename="../../counter/ui/signin.py" line="105"/>
        <source>Hai lần nhập mật khẩu không giống nhau.</source>
        <translation>The two passwords do not match.</translation>
    </message>
</context>
<context>
    <name>FormSection</name>
    <message>
        <location filename="../../counter/ui/intake_sections.py" line="291"/>
        <source>Người được ủy quyền nộp thay</source>
        <translation>Authorised proxy submitting on the applicant&apos;s behalf</translation>
    </message>
    <message>
        <location filename="../../counter/ui/intake_sections.py" line="309"/>
        <source>&amp;Cá nhân</source>
        <translation>&amp;Individual</translation>
    </message>
    <message>
        <location filename="../../counter/ui/intake_sections.py" line="309"/>
        <source>&amp;Tổ chức</source>
        <translation>&amp;Organisation</translation>
    </message>
    <message>
        <location filename="../../counter/ui/intake_sections.py" line="326"/>
        <source>Số định danh cá nhân / CCCD</source>
        <translation>Personal ID number / citizen ID card</translation>
    </message>
    <message>
        <location filename="../../counter/ui/intake_sections.py" line="327"/>
        <source>Hộ chiếu (người nước ngoài)</source>
        <translation>Passport (foreign nationals)</translation>
    </message>
    <message>
        <location filename="../../counter/ui/intake_sections.py" line="330"/>
        <source>Nộp trực tiếp tại quầy</source>
        <translation>Submitted in person at the counter</translation>
    </message>
    <message>
        <location filename="../../counter/ui/intake_sections.py" line="331"/>
        <source>Nhận qua bưu chính công ích</source>
        <translation>Received by public postal service</translation>
    </message>
    <message>
        <location filename="../../counter/ui/intake_sections.py" line="332"/>
        <source>Nộp trực tuyến có hỗ trợ tại quầy</source>
        <translation>Online, assisted at the counter</translation>
    </message>
    <message>
        <location filename="../../counter/ui/intake_sections.py" line="354"/>
        <source>Tại Bộ phận &amp;Một cửa</source>
        <translation>At the one-stop &amp;counter</translation>
    </message>
    <message>
        <location filename="../../counter/ui/intake_sections.py" line="354"/>
        <source>Qua &amp;bưu chính</source>
        <translation>By &amp;post</translation>
    </message>
</context>
<context>
    <name>ForwardDialog</name>
    <message>
        <location filename="../../counter/ui/actions.py" line="149"/>
        <source>Chuyển hồ sơ đến cơ quan, bộ phận giải quyết</source>
        <translation>Forward the dossier to the deciding agency or department</translation>
    </message>
    <message>
        <location filename="../../counter/ui/actions.py" line="149"/>
        <source>Chuyển</source>
        <translation>Forward</translation>
    </message>
    <message>
        <location filename="../../counter/ui/actions.py" line="153"/>
        <source>Nơi nhận *</source>
        <translation>Destination *</translation>
    </message>
    <message>
        <location filename="../../counter/ui/actions.py" line="155"/>
        <source>Người nhận</source>
        <translation>Receiver</translation>
    </message>
</context>
<context>
    <name>IntakeFields</name>
    <message>
        <location filename="../../counter/ui/intake_sections.py" line="63"/>
        <location filename="../../counter/ui/intake_sections.py" line="78"/>
        <source>Họ và tên *</source>
        <translation>Full name *</translation>
    </message>
    <message>
        <location filename="../../counter/ui/intake_sections.py" line="64"/>
        <source>Giấy tờ</source>
        <translation>ID document</translation>
    </message>
    <message>
        <location filename="../../counter/ui/intake_sections.py" line="65"/>
        <source>Số giấy tờ *</source>
        <translation>Document number *</translation>
    </message>
    <message>
        <location filename="../../counter/ui/intake_sections.py" line="65"/>
        <source>12 chữ số</source>
        <translation>12 digits</translation>
    </message>
    <message>
        <location filename="../../counter/ui/intake_sections.py" line="66"/>
        <source>Ngày sinh</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <location filename="../../counter/ui/intake_sections.py" line="66"/>
        <source>ngày/tháng/năm, ví dụ 05/09/1990</source>
        <translation>day/month/year, e.g. 05/09/1990</translation>
    </message>
    <message>
        <location filename="../../counter/ui/intake_sections.py" line="68"/>
        <source>Mã số thuế *</source>
        <translation>Tax code *</translation>
    </message>
    <message>
        <location filename="../../counter/ui/intake_sections.py" line="68"/>
        <source>10 chữ số, hoặc 10 chữ số-3 chữ số</source>
        <translation>10 digits, or 10 digits-3 digits</translation>
    </message>
    <message>
        <location filename="../../counter/ui/intake_sections.py" line="70"/>
        <source>Người đại diện *</source>
        <translation>Representative *</translation>
    </message>
    <message>
        <location filename="../../counter/ui/intake_sections.py" line="71"/>
        <source>Số định danh người đại diện *</source>
        <translation>Representative&apos;s ID number *</translation>
    </message>
    <message>
        <location filename="../../counter/ui/intake_sections.py" line="72"/>
        <source>số định danh cá nhân của người đại diện, 12 chữ số</source>
        <translation>the representative&apos;s personal ID number, 12 digits</translation>
    </message>
    <message>
        <location filename="../../counter/ui/intake_sections.py" line="73"/>
        <source>Chức vụ người đại diện *</source>
        <translation>Representative&apos;s title *</translation>
    </message>
    <message>
        <location filename="../../counter/ui/intake_sections.py" line="74"/>
        <source>ví dụ: Giám đốc</source>
        <translation>e.g. Director</translation>
    </message>
    <message>
        <location filename="../../counter/ui/intake_sections.py" line="75"/>
        <source>Điện thoại *</source>
        <translation>Phone *</translation>
    </message>
    <message>
        <location filename="../../counter/ui/intake_sections.py" line="75"/>
        <source>ví dụ 0912345678</source>
        <translation>e.g. 0912345678</translation>
    </message>
    <message>
        <location filename="../../counter/ui/intake_sections.py" line="76"/>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../counter/ui/intake_sections.py" line="77"/>
        <source>Địa chỉ *</source>
        <translation>Address *</translation>
    </message>
    <message>
        <location filename="../../counter/ui/intake_sections.py" line="79"/>
        <source>Số định danh *</source>
        <translation>ID number *</translation>
    </message>
    <message>
        <location filename="../../counter/ui/intake_sections.py" line="80"/>
        <source>Điện thoại</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../counter/ui/intake_sections.py" line="81"/>
        <source>Kênh nộp</source>
        <translation>Submission channel</translation>
    </message>
    <message>
        <location filename="../../counter/ui/intake_sections.py" line="82"/>
        <source>Số hiệu bưu gửi đến *</source>
        <translation>Incoming postal number *</translation>
    </message>
    <message>
        <location filename="../../counter/ui/intake_sections.py" line="83"/>
        <source>mã vận đơn trên phong bì, ví dụ EB123456789VN</source>
        <translation>tracking code on the envelope, e.g. EB123456789VN</translation>
    </message>
    <message>
        <location filename="../../counter/ui/intake_sections.py" line="84"/>
        <source>Trả kết quả</source>
        <translation>Return results</translation>
    </message>
    <message>
        <location filename="../../counter/ui/intake_sections.py" line="85"/>
        <source>Địa chỉ gửi bưu chính *</source>
        <translation>Postal address *</translation>
    </message>
    <message>
        <location filename="../../counter/ui/intake_sections.py" line="86"/>
        <source>số nhà, đường, ấp/khu phố</source>
        <translation>house number, street, hamlet/quarter</translation>
    </message>
    <message>
        <location filename="../../counter/ui/intake_sections.py" line="87"/>
        <source>Tỉnh, thành phố *</source>
        <translation>Province, city *</translation>
    </message>
    <message>
        <location filename="../../counter/ui/intake_sections.py" line="89"/>
        <source>Xã, phường *</source>
        <translation>Commune, ward *</translation>
    </message>
    <message>
        <location filename="../../counter/ui/intake_sections.py" line="91"/>
        <source>Điện thoại nhận</source>
        <translation>Delivery phone</translation>
    </message>
    <message>
        <location filename="../../counter/ui/intake_sections.py" line="92"/>
        <source>để trống: dùng số điện thoại người nộp</source>
        <translation>leave empty to use the applicant&apos;s phone number</translation>
    </message>
    <message>
        <location filename="../../counter/ui/intake_sections.py" line="93"/>
        <source>Cước bưu chính</source>
        <translation>Postage</translation>
    </message>
    <message>
        <location filename="../../counter/ui/intake_sections.py" line="93"/>
        <source>đồng, công dân trả khi nộp hồ sơ</source>
        <translation>VND, paid by the applicant at intake</translation>
    </message>
    <message>
        <location filename="../../counter/ui/intake_sections.py" line="95"/>
        <source>Phí, lệ phí</source>
        <translation>Fees and charges</translation>
    </message>
    <message>
        <location filename="../../counter/ui/intake_sections.py" line="96"/>
        <source>Số bộ hồ sơ</source>
        <translation>Sets of documents</translation>
    </message>
    <message>
        <location filename="../../counter/ui/intake_sections.py" line="97"/>
        <source>Ghi chú</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../counter/ui/intake_sections.py" line="97"/>
        <source>Ghi chú (Enter xuống dòng; Ctrl+Enter để tiếp nhận)</source>
        <translation>Notes (Enter for a new line; Ctrl+Enter to accept)</translation>
    </message>
</context>
<context>
    <name>IntakePage</name>
    <message>
        <location filename="../../counter/ui/intake.py" line="135"/>
        <source>&lt;b&gt;3. Người nộp hồ sơ&lt;/b&gt;</source>
        <translation>&lt;b&gt;3. Applicant&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../counter/ui/intake.py" line="282"/>
        <source>Nếu tiếp nhận bây giờ, hẹn trả kết quả lúc %1</source>
        <translation>If accepted now, results are due at %1</translation>
    </message>
    <message>
        <location filename="../../counter/ui/intake.py" line="307"/>
        <source>Họ và tên *</source>
        <translation>Full name *</translation>
    </message>
    <message>
        <location filename="../../counter/ui/intake.py" line="136"/>
        <source>&lt;b&gt;4. Nhận kết quả, phí và ghi chú&lt;/b&gt;</source>
        <translation>&lt;b&gt;4. Results, fees and notes&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../counter/ui/intake.py" line="171"/>
        <source>Hồ sơ mới (Ctrl+N)</source>
        <translation>New dossier (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../counter/ui/intake.py" line="172"/>
        <source>Tiếp nhận hồ sơ (Enter)</source>
        <translation>Accept dossier (Enter)</translation>
    </message>
    <message>
        <location filename="../../counter/ui/intake.py" line="176"/>
        <source>Thiếu giấy tờ: yêu cầu bổ sung…</source>
        <translation>Documents missing: request supplement…</translation>
    </message>
    <message>
        <location filename="../../counter/ui/intake.py" line="177"/>
        <source>Cấp mã và in Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ (mẫu 02)</source>
        <translation>Issue a code and print the request to supplement and complete the dossier (form 02)</translation>
    </message>
    <message>
        <location filename="../../counter/ui/intake.py" line="179"/>
        <source>Từ chối tiếp nhận…</source>
        <translation>Refuse to accept…</translation>
    </message>
    <message>
        <location filename="../../counter/ui/intake.py" line="180"/>
        <source>Cấp mã và in Phiếu từ chối tiếp nhận, giải quyết hồ sơ (mẫu 03)</source>
        <translation>Issue a code and print the refusal to accept and process the dossier (form 03)</translation>
    </message>
    <message>
        <location filename="../../counter/ui/intake.py" line="203"/>
        <location filename="../../counter/ui/intake.py" line="497"/>
        <source>In giấy biên nhận (Ctrl+P)</source>
        <translation>Print receipt (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../counter/ui/intake.py" line="204"/>
        <source>In khổ 80 mm</source>
        <translation>Print on 80 mm paper</translation>
    </message>
    <message>
        <location filename="../../counter/ui/intake.py" line="205"/>
        <source>Xem trước (Ctrl+Shift+P)</source>
        <translation>Preview (Ctrl+Shift+P)</translation>
    </message>
    <message>
        <location filename="../../counter/ui/intake.py" line="206"/>
        <source>In nhãn gửi bưu chính</source>
        <translation>Print postal label</translation>
    </message>
    <message>
        <location filename="../../counter/ui/intake.py" line="248"/>
        <source>Không tìm thấy thủ tục phù hợp: thử gõ ít chữ hơn hoặc mã thủ tục.</source>
        <translation>No matching procedure found: try typing fewer words, or the procedure code.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/intake.py" line="266"/>
        <source>Thủ tục này không trả kết quả qua bưu chính</source>
        <translation>This procedure does not return results by post</translation>
    </message>
    <message>
        <location filename="../../counter/ui/intake.py" line="279"/>
        <source>Chọn thủ tục để xem thời hạn trả kết quả.</source>
        <translation>Choose a procedure to see when its results are due.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/intake.py" line="444"/>
        <source>&lt;b&gt;Đã tiếp nhận hồ sơ&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Dossier accepted&lt;/b&gt; %1</translation>
    </message>
    <message>
        <location filename="../../counter/ui/intake.py" line="445"/>
        <source>Nhận lúc: %1 · Hẹn trả: %2&lt;br&gt;Ctrl+P: in giấy biên nhận · Ctrl+N: hồ sơ mới</source>
        <translation>Received at: %1 · Results due: %2&lt;br&gt;Ctrl+P: print receipt · Ctrl+N: new dossier</translation>
    </message>
    <message>
        <location filename="../../counter/ui/intake.py" line="448"/>
        <source>Đã tiếp nhận; hẹn trả kết quả lúc %1</source>
        <translation>Accepted; result due at %1</translation>
    </message>
    <message>
        <location filename="../../counter/ui/intake.py" line="474"/>
        <source>&lt;b&gt;Đã lập yêu cầu bổ sung&lt;/b&gt; cho hồ sơ %1</source>
        <translation>&lt;b&gt;Supplement request issued&lt;/b&gt; for dossier %1</translation>
    </message>
    <message>
        <location filename="../../counter/ui/intake.py" line="489"/>
        <source>&lt;b&gt;Đã từ chối tiếp nhận&lt;/b&gt; hồ sơ %1</source>
        <translation>&lt;b&gt;Refused to accept&lt;/b&gt; dossier %1</translation>
    </message>
    <message>
        <location filename="../../counter/ui/intake.py" line="523"/>
        <source>Nhãn bưu gửi %1</source>
        <translation>Postal label %1</translation>
    </message>
    <message>
        <location filename="../../counter/ui/intake.py" line="594"/>
        <source>Hồ sơ %1</source>
        <translation>Dossier %1</translation>
    </message>
    <message>
        <location filename="../../counter/ui/intake.py" line="603"/>
        <source>Giấy tiếp nhận hồ sơ %1</source>
        <translation>Dossier receipt %1</translation>
    </message>
    <message>
        <location filename="../../counter/ui/intake.py" line="307"/>
        <source>Tên tổ chức *</source>
        <translation>Organisation name *</translation>
    </message>
    <message>
        <location filename="../../counter/ui/intake.py" line="394"/>
        <source>Thủ tục của hồ sơ nháp không còn trong danh mục: chọn lại thủ tục.</source>
        <translation>The draft&apos;s procedure is no longer in the catalogue: choose the procedure again.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../counter/ui/intake.py" line="405"/>
        <source>Chưa tiếp nhận: còn %n thông tin cần sửa (đánh dấu màu đỏ).</source>
        <translation>
            <numerusform>Not accepted yet: %n field needs correcting (marked in red).</numerusform>
            <numerusform>Not accepted yet: %n fields need correcting (marked in red).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../counter/ui/intake.py" line="423"/>
        <source>Đang tiếp nhận hồ sơ…</source>
        <translation>Accepting the dossier…</translation>
    </message>
    <message>
        <location filename="../../counter/ui/intake.py" line="437"/>
        <source>Chưa tiếp nhận: không ghi được vào cơ sở dữ liệu.</source>
        <translation>Not received: the database could not be written.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/intake.py" line="438"/>
        <source>Chưa lưu được hồ sơ</source>
        <translation>The dossier could not be saved</translation>
    </message>
    <message>
        <location filename="../../counter/ui/intake.py" line="440"/>
        <source>Chưa tiếp nhận được hồ sơ</source>
        <translation>Could not accept the dossier</translation>
    </message>
    <message>
        <location filename="../../counter/ui/intake.py" line="485"/>
        <source>Từ chối tiếp nhận hồ sơ (mẫu 03)</source>
        <translation>Refuse to accept the dossier (form 03)</translation>
    </message>
    <message>
        <location filename="../../counter/ui/intake.py" line="485"/>
        <source>Lý do từ chối *</source>
        <translation>Reason for refusal *</translation>
    </message>
    <message>
        <location filename="../../counter/ui/intake.py" line="486"/>
        <source>Từ chối và in phiếu</source>
        <translation>Refuse and print the form</translation>
    </message>
    <message>
        <location filename="../../counter/ui/intake.py" line="498"/>
        <source>In phiếu yêu cầu bổ sung (Ctrl+P)</source>
        <translation>Print supplement request (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../counter/ui/intake.py" line="499"/>
        <source>In phiếu từ chối (Ctrl+P)</source>
        <translation>Print refusal (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../counter/ui/intake.py" line="503"/>
        <source>Ctrl+P: in phiếu · Ctrl+N: hồ sơ mới</source>
        <translation>Ctrl+P: print form · Ctrl+N: new dossier</translation>
    </message>
    <message>
        <location filename="../../counter/ui/intake.py" line="546"/>
        <source>Bỏ hồ sơ đang nhập?</source>
        <translation>Discard the dossier being entered?</translation>
    </message>
    <message>
        <location filename="../../counter/ui/intake.py" line="547"/>
        <source>Hồ sơ đang nhập chưa được tiếp nhận. Xóa các thông tin đã nhập để bắt đầu hồ sơ mới?</source>
        <translation>The dossier being entered has not been accepted. Clear what was entered and start a new dossier?</translation>
    </message>
    <message>
        <location filename="../../counter/ui/intake.py" line="575"/>
        <source>Chưa chọn thủ tục.</source>
        <translation>No procedure selected.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/intake.py" line="591"/>
        <source>In giấy biên nhận</source>
        <translation>Print receipt</translation>
    </message>
    <message>
        <location filename="../../counter/ui/intake.py" line="591"/>
        <source>Chưa có hồ sơ vừa tiếp nhận để in.</source>
        <translation>There is no newly accepted dossier to print yet.</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="19"/>
        <source>Từ chối</source>
        <translation>Refused</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="3"/>
        <source>Giấy tiếp nhận và hẹn trả kết quả (01)</source>
        <translation>Receipt and appointment (01)</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="4"/>
        <source>Phiếu yêu cầu bổ sung (02)</source>
        <translation>Supplement request (02)</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="5"/>
        <source>Phiếu từ chối (03)</source>
        <translation>Refusal slip (03)</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="6"/>
        <source>Văn bản xin lỗi, hẹn lại (04)</source>
        <translation>Apology and new date (04)</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="7"/>
        <source>Thông báo dừng giải quyết (05)</source>
        <translation>Stop notice (05)</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="8"/>
        <source>Phiếu kiểm soát quá trình (06)</source>
        <translation>Process control sheet (06)</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="9"/>
        <source>Phiếu chuyển xử lý</source>
        <translation>Transfer slip</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="10"/>
        <source>Phiếu xác nhận trả kết quả</source>
        <translation>Return confirmation</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="24"/>
        <source>Quá hạn</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="16"/>
        <source>Tiếp nhận</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="22"/>
        <source>Trước hạn</source>
        <translation>Early</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="23"/>
        <source>Đúng hạn</source>
        <translation>On time</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="11"/>
        <source>Hôm nay</source>
        <translation>Today</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="12"/>
        <source>7 ngày qua</source>
        <translation>Last 7 days</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="13"/>
        <source>Tháng này</source>
        <translation>This month</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="14"/>
        <source>Tháng trước</source>
        <translation>Last month</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="15"/>
        <source>Năm nay</source>
        <translation>This year</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="17"/>
        <source>Đủ điều kiện</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="18"/>
        <source>Bổ sung</source>
        <translation>Supplement</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="20"/>
        <source>Đã trả</source>
        <translation>Returned</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="21"/>
        <source>Phí, lệ phí</source>
        <translation>Fees</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="25"/>
        <source>Mã hồ sơ</source>
        <translation>Dossier code</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="26"/>
        <source>Người nộp</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="27"/>
        <source>Thủ tục</source>
        <translation>Procedure</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="28"/>
        <source>Trạng thái</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="29"/>
        <source>Ngày nhận</source>
        <translation>Received on</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="30"/>
        <source>Hẹn trả</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="31"/>
        <source>Thứ Hai</source>
        <translation>Monday</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="32"/>
        <source>Thứ Ba</source>
        <translation>Tuesday</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="33"/>
        <source>Thứ Tư</source>
        <translation>Wednesday</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="34"/>
        <source>Thứ Năm</source>
        <translation>Thursday</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="35"/>
        <source>Thứ Sáu</source>
        <translation>Friday</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="36"/>
        <source>Thứ Bảy</source>
        <translation>Saturday</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="37"/>
        <source>Chủ Nhật</source>
        <translation>Sunday</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="38"/>
        <source>Cấp xã</source>
        <translation>Commune level</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="39"/>
        <source>Cấp huyện</source>
        <translation>District level</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="40"/>
        <source>Cấp tỉnh</source>
        <translation>Provincial level</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="41"/>
        <source>Tạo hồ sơ</source>
        <translation>Dossier created</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="42"/>
        <source>Cập nhật trạng thái</source>
        <translation>Status changed</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="43"/>
        <source>Sửa thông tin</source>
        <translation>Details changed</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="44"/>
        <source>Bản quét</source>
        <translation>Scan</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="45"/>
        <source>Bản sao đã ký số</source>
        <translation>Signed copy</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="46"/>
        <source>Tiến độ</source>
        <translation>Progress</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="47"/>
        <source>Kết quả</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="48"/>
        <source>Hạn mới</source>
        <translation>New due date</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="49"/>
        <source>Bước tại quầy bị tỉnh từ chối</source>
        <translation>Counter step refused by the province</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="50"/>
        <source>Cập nhật từ tỉnh</source>
        <translation>Update from the province</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="51"/>
        <source>Lịch làm việc</source>
        <translation>Working calendar</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="52"/>
        <source>Danh mục thủ tục</source>
        <translation>Procedure catalogue</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="53"/>
        <source>Hành trình bưu chính</source>
        <translation>Postal tracking</translation>
    </message>
</context>
<context>
    <name>LockDialog</name>
    <message>
        <location filename="../../counter/ui/signin.py" line="126"/>
        <source>Màn hình đã khóa</source>
        <translation>Screen locked</translation>
    </message>
    <message>
        <location filename="../../counter/ui/signin.py" line="125"/>
        <source>Quầy đã được khóa (F12).</source>
        <translation>The counter has been locked (F12).</translation>
    </message>
    <message>
        <location filename="../../counter/ui/signin.py" line="125"/>
        <source>Quầy đã khóa do không thao tác.</source>
        <translation>The counter locked itself after a period without activity.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/signin.py" line="127"/>
        <source>%1 Nhập mật khẩu của %2 để mở, hoặc đăng nhập bằng tài khoản khác.</source>
        <translation>%1 Enter the password of %2 to unlock, or sign in with another account.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/signin.py" line="128"/>
        <source>Mở khóa</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <location filename="../../counter/ui/signin.py" line="130"/>
        <source>Mật khẩu</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../counter/ui/signin.py" line="132"/>
        <source>Đăng nhập người khác</source>
        <translation>Sign in as someone else</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../counter/ui/main_window.py" line="63"/>
        <source>Counter — Bộ phận Một cửa</source>
        <translation>Counter — One-Stop Shop</translation>
    </message>
    <message>
        <location filename="../../counter/ui/main_window.py" line="72"/>
        <source>Tiếp nhận hồ sơ (Ctrl+1)</source>
        <translation>Intake (Ctrl+1)</translation>
    </message>
    <message>
        <location filename="../../counter/ui/main_window.py" line="73"/>
        <source>Danh sách hồ sơ (Ctrl+2)</source>
        <translation>Dossier list (Ctrl+2)</translation>
    </message>
    <message>
        <location filename="../../counter/ui/main_window.py" line="74"/>
        <location filename="../../counter/ui/main_window.py" line="400"/>
        <source>Việc cần làm (Ctrl+3)</source>
        <translation>To do (Ctrl+3)</translation>
    </message>
    <message>
        <location filename="../../counter/ui/main_window.py" line="77"/>
        <source>Bưu chính (Ctrl+4)</source>
        <translation>Post (Ctrl+4)</translation>
    </message>
    <message>
        <location filename="../../counter/ui/main_window.py" line="80"/>
        <source>Báo cáo (Ctrl+5)</source>
        <translation>Reports (Ctrl+5)</translation>
    </message>
    <message>
        <location filename="../../counter/ui/main_window.py" line="84"/>
        <location filename="../../counter/ui/main_window.py" line="407"/>
        <source>Hồ sơ trực tuyến (Ctrl+6)</source>
        <translation>Online dossiers (Ctrl+6)</translation>
    </message>
    <message>
        <location filename="../../counter/ui/main_window.py" line="151"/>
        <source>Không kết nối được cơ sở dữ liệu; Counter sẽ thử lại sau ít phút.</source>
        <translation>The database cannot be reached; Counter will try again in a few minutes.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/main_window.py" line="165"/>
        <source>Thao tác</source>
        <translation>Actions</translation>
    </message>
    <message>
        <location filename="../../counter/ui/main_window.py" line="169"/>
        <source>Hồ sơ mới</source>
        <translation>New dossier</translation>
    </message>
    <message>
        <location filename="../../counter/ui/main_window.py" line="170"/>
        <source>In giấy biên nhận</source>
        <translation>Print receipt</translation>
    </message>
    <message>
        <location filename="../../counter/ui/main_window.py" line="171"/>
        <source>Thiết lập</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../counter/ui/main_window.py" line="174"/>
        <source>Sổ theo dõi</source>
        <translation>Tracking book</translation>
    </message>
    <message>
        <location filename="../../counter/ui/main_window.py" line="176"/>
        <source>Máy in</source>
        <translation>Printers</translation>
    </message>
    <message>
        <location filename="../../counter/ui/main_window.py" line="178"/>
        <source>Giới thiệu</source>
        <translation>About</translation>
    </message>
    <message>
        <location filename="../../counter/ui/main_window.py" line="180"/>
        <source>Tiếp nhận</source>
        <translation>Intake</translation>
    </message>
    <message>
        <location filename="../../counter/ui/main_window.py" line="181"/>
        <source>Danh sách</source>
        <translation>Dossier list</translation>
    </message>
    <message>
        <location filename="../../counter/ui/main_window.py" line="182"/>
        <source>Việc cần làm</source>
        <translation>To do</translation>
    </message>
    <message>
        <location filename="../../counter/ui/main_window.py" line="183"/>
        <source>Bưu chính</source>
        <translation>Post</translation>
    </message>
    <message>
        <location filename="../../counter/ui/main_window.py" line="184"/>
        <source>Báo cáo</source>
        <translation>Reports</translation>
    </message>
    <message>
        <location filename="../../counter/ui/main_window.py" line="185"/>
        <source>Hồ sơ trực tuyến</source>
        <translation>Online dossiers</translation>
    </message>
    <message>
        <location filename="../../counter/ui/main_window.py" line="186"/>
        <source>Ô quét mã</source>
        <translation>Scan box</translation>
    </message>
    <message>
        <location filename="../../counter/ui/main_window.py" line="187"/>
        <source>Tìm hồ sơ</source>
        <translation>Find dossier</translation>
    </message>
    <message>
        <location filename="../../counter/ui/main_window.py" line="189"/>
        <source> Quét mã (F6): </source>
        <translation> Scan code (F6): </translation>
    </message>
    <message>
        <location filename="../../counter/ui/main_window.py" line="191"/>
        <source>Quét mã vạch trên giấy biên nhận hoặc gõ mã hồ sơ rồi Enter</source>
        <translation>Scan the barcode on the receipt, or type the dossier code, then Enter</translation>
    </message>
    <message>
        <location filename="../../counter/ui/main_window.py" line="209"/>
        <source>⚠ Đồng bộ không mã hóa (HTTP)</source>
        <translation>⚠ Unencrypted sync (HTTP)</translation>
    </message>
    <message>
        <location filename="../../counter/ui/main_window.py" line="211"/>
        <source>Máy chủ đồng bộ dùng http:// không mã hóa theo thiết lập cho phép rõ ràng: dữ liệu hồ sơ đi trên mạng có thể bị đọc. Chuyển sang https:// càng sớm càng tốt.</source>
        <translation>The sync server uses unencrypted http://, as explicitly allowed in the settings: dossier data on the network can be read. Move to https:// as soon as possible.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/main_window.py" line="216"/>
        <source>CHỈ XEM: dữ liệu không ghi được</source>
        <translation>VIEW ONLY: the data cannot be written</translation>
    </message>
    <message>
        <location filename="../../counter/ui/main_window.py" line="220"/>
        <source>Đồng bộ ngay</source>
        <translation>Sync now</translation>
    </message>
    <message>
        <location filename="../../counter/ui/main_window.py" line="221"/>
        <source>Thoát</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../counter/ui/main_window.py" line="224"/>
        <source>Khóa (F12)</source>
        <translation>Lock (F12)</translation>
    </message>
    <message>
        <location filename="../../counter/ui/main_window.py" line="227"/>
        <source>Khóa màn hình</source>
        <translation>Lock screen</translation>
    </message>
    <message>
        <location filename="../../counter/ui/main_window.py" line="234"/>
        <source>Quầy %1</source>
        <translation>Counter %1</translation>
    </message>
    <message>
        <location filename="../../counter/ui/main_window.py" line="236"/>
        <source>Danh mục %1</source>
        <translation>Catalogue %1</translation>
    </message>
    <message>
        <location filename="../../counter/ui/main_window.py" line="240"/>
        <source>Dữ liệu: %1</source>
        <translation>Data: %1</translation>
    </message>
    <message>
        <location filename="../../counter/ui/main_window.py" line="247"/>
        <source>Cán bộ: %1 (%2)</source>
        <translation>Officer: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../counter/ui/main_window.py" line="324"/>
        <source>Đang tìm hồ sơ %1…</source>
        <translation>Looking up dossier %1…</translation>
    </message>
    <message>
        <location filename="../../counter/ui/main_window.py" line="460"/>
        <source>, %1 tệp lỗi: %2</source>
        <translation>, %1 file(s) failed: %2</translation>
    </message>
    <message>
        <location filename="../../counter/ui/main_window.py" line="529"/>
        <source>%1

Vẫn thoát?</source>
        <translation>%1

Quit anyway?</translation>
    </message>
    <message>
        <location filename="../../counter/ui/main_window.py" line="366"/>
        <source>Hồ sơ %1 trả kết quả qua bưu chính: bàn giao bưu gửi cho bưu tá (Ctrl+B).</source>
        <translation>Dossier %1 returns its result by post: hand the parcel to the postman (Ctrl+B).</translation>
    </message>
    <message>
        <location filename="../../counter/ui/main_window.py" line="234"/>
        <source>Chưa có số quầy</source>
        <translation>No counter slot yet</translation>
    </message>
    <message>
        <location filename="../../counter/ui/main_window.py" line="235"/>
        <source>Số quầy bị trùng</source>
        <translation>Counter slot clash</translation>
    </message>
    <message>
        <location filename="../../counter/ui/main_window.py" line="245"/>
        <source>cán bộ</source>
        <translation>officer</translation>
    </message>
    <message>
        <location filename="../../counter/ui/main_window.py" line="245"/>
        <source>lãnh đạo</source>
        <translation>supervisor</translation>
    </message>
    <message>
        <location filename="../../counter/ui/main_window.py" line="245"/>
        <source>quản trị</source>
        <translation>administrator</translation>
    </message>
    <message>
        <location filename="../../counter/ui/main_window.py" line="246"/>
        <source>hệ thống</source>
        <translation>system</translation>
    </message>
    <message>
        <location filename="../../counter/ui/main_window.py" line="300"/>
        <source>Chỉ lãnh đạo và quản trị viên xem được báo cáo.</source>
        <translation>Only supervisors and administrators can see reports.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/main_window.py" line="353"/>
        <source>Không tìm thấy hồ sơ có mã %1. Kiểm tra mã trên giấy biên nhận, hoặc quét lại.</source>
        <translation>No dossier found with the code %1. Check the code on the receipt, or scan again.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/main_window.py" line="427"/>
        <source>Đã đóng %1 hồ sơ quá hạn bổ sung.</source>
        <translation>Closed %1 dossier(s) past the supplement deadline.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/main_window.py" line="455"/>
        <source>Bản quét: đã nhập %1</source>
        <translation>Scans: %1 imported</translation>
    </message>
    <message>
        <location filename="../../counter/ui/main_window.py" line="457"/>
        <source>, %1 tệp không nhận ra mã hồ sơ (trong thư mục chua-nhan-dang)</source>
        <translation>, %1 file(s) without a recognisable dossier code (in the chua-nhan-dang folder)</translation>
    </message>
    <message>
        <location filename="../../counter/ui/main_window.py" line="517"/>
        <source>Hồ sơ đang nhập chưa được tiếp nhận và sẽ mất nếu thoát.</source>
        <translation>The dossier being entered has not been accepted and will be lost if you quit.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/main_window.py" line="520"/>
        <source>Còn %1 thay đổi chưa gửi lên hệ thống tỉnh. Dữ liệu vẫn an toàn trên máy này và sẽ tự gửi lần sau khi mở Counter có mạng.</source>
        <translation>%1 changes have not been sent to the provincial system yet. They are safe on this computer and will be sent the next time Counter runs with a network.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/main_window.py" line="528"/>
        <source>Thoát Counter?</source>
        <translation>Quit Counter?</translation>
    </message>
    <message>
        <location filename="../../counter/ui/main_window.py" line="570"/>
        <source>Sắp hết giờ làm việc</source>
        <translation>Office hours are ending</translation>
    </message>
    <message>
        <location filename="../../counter/ui/main_window.py" line="571"/>
        <source>Còn %1 thay đổi chưa gửi lên hệ thống tỉnh. Kiểm tra kết nối mạng và bấm &apos;Đồng bộ ngay&apos; (F9) trước khi nghỉ.</source>
        <translation>%1 changes have not been sent to the provincial system. Check the network and press &apos;Sync now&apos; (F9) before leaving.</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="346"/>
        <source>không có tệp hoặc thư mục này</source>
        <translation>there is no such file or folder</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="347"/>
        <source>không có quyền đọc/ghi, hoặc tệp đang bị một chương trình khác giữ</source>
        <translation>no permission to read/write, or another program is holding the file</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="348"/>
        <source>hệ điều hành không cho phép, hoặc tệp đang bị một chương trình khác giữ</source>
        <translation>the operating system does not allow it, or another program is holding the file</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="349"/>
        <source>ổ đĩa đã đầy</source>
        <translation>the disk is full</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="350"/>
        <source>ổ đĩa chỉ cho đọc</source>
        <translation>the disk is read-only</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="351"/>
        <source>đây là một thư mục, không phải tệp</source>
        <translation>this is a folder, not a file</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="352"/>
        <source>một phần của đường dẫn không phải thư mục</source>
        <translation>part of the path is not a folder</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="353"/>
        <source>đã có tệp hoặc thư mục trùng tên</source>
        <translation>a file or folder with that name already exists</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="354"/>
        <source>tệp đang bận</source>
        <translation>the file is busy</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="355"/>
        <source>lỗi đọc/ghi của thiết bị</source>
        <translation>the device failed to read/write</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="356"/>
        <source>đường dẫn quá dài</source>
        <translation>the path is too long</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="357"/>
        <source>vượt giới hạn dung lượng được cấp</source>
        <translation>the allotted disk quota is exceeded</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="358"/>
        <source>không có quyền, hoặc tệp đang bị một chương trình khác (phần mềm diệt virus, trình xem PDF) giữ</source>
        <translation>no permission, or another program (antivirus, PDF viewer) is holding the file</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="359"/>
        <source>tệp đang được một chương trình khác mở (phần mềm diệt virus, trình xem PDF, máy quét)</source>
        <translation>another program (antivirus, PDF viewer, scanner) has the file open</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="360"/>
        <source>một phần của tệp đang bị chương trình khác khóa</source>
        <translation>part of the file is locked by another program</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="361"/>
        <source>lỗi hệ thống số {number}</source>
        <translation>system error number {number}</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="362"/>
        <source>Có {count} thông tin cần sửa. {first}</source>
        <translation>{count} field(s) need correcting. {first}</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="372"/>
        <source>Chỉ lãnh đạo (giám sát) và quản trị viên xem được báo cáo.</source>
        <translation>Only supervisors and administrators can view reports.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="373"/>
        <source>Chỉ quản trị viên được thay đổi thông tin cơ quan.</source>
        <translation>Only an administrator can change the office&apos;s details.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="374"/>
        <source>Chỉ quản trị viên được nhập danh mục thủ tục.</source>
        <translation>Only an administrator can import the procedure catalogue.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="375"/>
        <source>Chỉ quản trị viên được tạo, sửa tài khoản cán bộ.</source>
        <translation>Only an administrator can create or edit officers&apos; accounts.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="376"/>
        <source>Tên đăng nhập không được trống hoặc chứa dấu cách.</source>
        <translation>The user name must not be empty or contain spaces.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="377"/>
        <source>Tên đăng nhập hoặc mật khẩu không đúng.</source>
        <translation>Wrong user name or password.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="378"/>
        <source>Mật khẩu không đúng.</source>
        <translation>Wrong password.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="379"/>
        <source>Tài khoản này không được làm việc này.</source>
        <translation>This account is not allowed to do this.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="380"/>
        <source>Mật khẩu cần ít nhất {count} ký tự.</source>
        <translation>The password needs at least {count} characters.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="381"/>
        <source>Mật khẩu không bắt đầu/kết thúc bằng dấu cách và không chỉ gồm chữ số.</source>
        <translation>The password must not begin or end with a space, nor consist of digits only.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="382"/>
        <source>họ tên quản trị viên</source>
        <translation>the administrator&apos;s full name</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="383"/>
        <source>Đã có quản trị viên: hãy đăng nhập.</source>
        <translation>There is already an administrator: please sign in.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="384"/>
        <source>Tài khoản tạm khóa do nhập sai mật khẩu nhiều lần; thử lại sau {minutes} phút hoặc nhờ quản trị viên đặt lại mật khẩu.</source>
        <translation>The account is temporarily locked after too many wrong passwords; try again in {minutes} minutes or ask an administrator to reset the password.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="385"/>
        <source>Tài khoản đang tạm khóa do nhập sai mật khẩu nhiều lần.</source>
        <translation>The account is temporarily locked after too many wrong passwords.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="386"/>
        <source>Không có cán bộ này.</source>
        <translation>There is no such officer.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="387"/>
        <source>Nhập sai {attempts} lần: tài khoản tạm khóa {minutes} phút.</source>
        <translation>{attempts} wrong attempts: the account is locked for {minutes} minutes.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="388"/>
        <source>không có cán bộ &apos;{username}&apos; đang hoạt động.</source>
        <translation>there is no active officer &apos;{username}&apos;.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="389"/>
        <source>Mật khẩu hiện tại không đúng.</source>
        <translation>The current password is wrong.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="390"/>
        <source>Bản quét {name} đã bị thay đổi trên đĩa (không khớp mã băm): khôi phục từ bản sao lưu.</source>
        <translation>The scan {name} has been changed on disk (its hash does not match): restore it from the backup.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="391"/>
        <source>Thư mục quét {folder} không tồn tại.</source>
        <translation>The scan folder {folder} does not exist.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="392"/>
        <source>Thành phần hồ sơ đã chọn không thuộc hồ sơ này.</source>
        <translation>The chosen document does not belong to this dossier.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="393"/>
        <source>Không tìm thấy bản quét.</source>
        <translation>The scan was not found.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="394"/>
        <source>Không đọc được bản quét {name} ({reason}) tại {path}.</source>
        <translation>Could not read the scan {name} ({reason}) at {path}.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="414"/>
        <source>Ngày kết thúc phải sau ngày bắt đầu.</source>
        <translation>The end date must be after the start date.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="415"/>
        <source>Sổ theo dõi in tối đa một năm mỗi lần.</source>
        <translation>The tracking book prints at most one year at a time.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="416"/>
        <source>Cấp xã</source>
        <translation>Commune level</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="417"/>
        <source>Cấp huyện</source>
        <translation>District level</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="418"/>
        <source>Cấp tỉnh</source>
        <translation>Provincial level</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="419"/>
        <source>Đã nhập danh mục thủ tục phiên bản {version} ({count} thủ tục).</source>
        <translation>Imported procedure catalogue version {version} ({count} procedures).</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="420"/>
        <source>Danh mục không hợp lệ tại {where}: {what}.</source>
        <translation>The catalogue is not valid at {where}: {what}.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="421"/>
        <source>phải là &apos;{value}&apos;</source>
        <translation>must be &apos;{value}&apos;</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="422"/>
        <source>ngày hết hiệu lực trước ngày có hiệu lực</source>
        <translation>the end date is before the start date</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="423"/>
        <source>Danh mục hiện tại ({version}) đã mới nhất.</source>
        <translation>The current catalogue ({version}) is already the latest.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="424"/>
        <source>Phiên bản danh mục {version} đã được nhập trước đây.</source>
        <translation>Catalogue version {version} was already imported.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="425"/>
        <source>{agency} đã ngừng hoạt động từ ngày {day}: không chuyển hồ sơ đến cơ quan này. Cập nhật danh mục thủ tục.</source>
        <translation>{agency} ceased operating on {day}: dossiers cannot be sent to this agency. Update the procedure catalogue.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="426"/>
        <source>Danh mục thủ tục đi kèm Counter bị hỏng: {problem} {hint}</source>
        <translation>The procedure catalogue shipped with Counter is damaged: {problem} {hint}</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="427"/>
        <source>Phiên bản danh mục &apos;{version}&apos; phải gồm các số nối bằng dấu chấm, ví dụ 2026.11.1.</source>
        <translation>The catalogue version &apos;{version}&apos; must be numbers joined by dots, for example 2026.11.1.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="428"/>
        <source>Không tìm thấy tệp danh mục {path}.</source>
        <translation>The catalogue file {path} was not found.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="429"/>
        <source>Tệp danh mục {path} không đọc được: {problem}.</source>
        <translation>The catalogue file {path} cannot be read: {problem}.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="430"/>
        <source>thiếu trường bắt buộc</source>
        <translation>a required field is missing</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="431"/>
        <source>ngày phải có dạng YYYY-MM-DD</source>
        <translation>dates must be written YYYY-MM-DD</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="432"/>
        <source>phải là một trong {values}</source>
        <translation>must be one of {values}</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="433"/>
        <source>&apos;{code}&apos; không có trong danh sách agencies</source>
        <translation>&apos;{code}&apos; is not in the agencies list</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="434"/>
        <source>cần ít nhất một thành phần hồ sơ</source>
        <translation>at least one document is needed</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="435"/>
        <source>thiếu giá trị</source>
        <translation>the value is missing</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="436"/>
        <source>mã {code} ({variant}) bị trùng</source>
        <translation>code {code} ({variant}) appears twice</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="437"/>
        <source>mã {code} bị trùng</source>
        <translation>code {code} appears twice</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="438"/>
        <source>cơ quan giải quyết {code} ngừng hoạt động sau ngày {day}: thủ tục phải hết hiệu lực từ ngày đó hoặc chuyển cơ quan khác</source>
        <translation>the deciding agency {code} ceases operating after {day}: the procedure must end by that date or move to another agency</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="439"/>
        <source>danh sách khác rỗng gồm các giá trị {values}</source>
        <translation>a non-empty list of the values {values}</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="440"/>
        <source>unit là &apos;day&apos; hoặc &apos;hour&apos;, value ≥ 0; cutoff &apos;HH:MM&apos; chỉ dùng với số ngày làm việc nguyên</source>
        <translation>unit is &apos;day&apos; or &apos;hour&apos;, value ≥ 0; a cutoff &apos;HH:MM&apos; only with a whole number of working days</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="441"/>
        <source>số bản phải là số nguyên ≥ 0 và tổng ít nhất 1</source>
        <translation>the numbers of copies must be whole numbers ≥ 0 adding up to at least 1</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="442"/>
        <source>thiếu tên giấy tờ</source>
        <translation>the document&apos;s name is missing</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="443"/>
        <source>mỗi khoản phí cần một mã riêng trong thủ tục</source>
        <translation>each fee needs its own code within the procedure</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="444"/>
        <source>số tiền phải là số nguyên (đồng) ≥ 0</source>
        <translation>the amount must be a whole number (VND) ≥ 0</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="445"/>
        <source>ghi văn bản quy định mức thu (nguồn pháp lý) của khoản này</source>
        <translation>give the legal document that sets this fee (its legal basis)</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="446"/>
        <source>khoản thu theo đơn vị cần tên đơn vị (trang, bản, chữ ký …)</source>
        <translation>a fee charged per unit needs the unit&apos;s name (page, copy, signature …)</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="447"/>
        <source>mỗi bậc có dạng {&quot;from&quot;: n ≥ 1, &quot;amount&quot;: đồng ≥ 0}</source>
        <translation>each tier has the form {&quot;from&quot;: n ≥ 1, &quot;amount&quot;: VND ≥ 0}</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="448"/>
        <source>số lượng đề xuất là số nguyên ≥ 0</source>
        <translation>the suggested quantity is a whole number ≥ 0</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="449"/>
        <source>mức tối đa là số nguyên (đồng) ≥ 0</source>
        <translation>the maximum is a whole number (VND) ≥ 0</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="454"/>
        <source>Số giấy tờ</source>
        <translation>ID document number</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="455"/>
        <source>Số định danh cá nhân</source>
        <translation>Personal ID number</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="456"/>
        <source>Số CMND</source>
        <translation>Old ID card number (CMND)</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="457"/>
        <source>Số hộ chiếu</source>
        <translation>Passport number</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="458"/>
        <source>Mã số thuế</source>
        <translation>Tax code</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="459"/>
        <source>Hồ sơ {code} chưa có {what}, nên chưa in được phiếu này.</source>
        <translation>Dossier {code} has no {what} yet, so this form cannot be printed.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="460"/>
        <source>Loại phiếu &apos;{kind}&apos; không có; chọn một trong: {kinds}.</source>
        <translation>There is no form type &apos;{kind}&apos;; choose one of: {kinds}.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="285"/>
        <source>yêu cầu bổ sung</source>
        <translation>supplement request</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="461"/>
        <source>quyết định từ chối</source>
        <translation>refusal decision</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="462"/>
        <source>gia hạn</source>
        <translation>extension</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="463"/>
        <source>quyết định dừng giải quyết hoặc đơn rút hồ sơ</source>
        <translation>decision to stop processing or withdrawal request</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="464"/>
        <source>việc trả kết quả</source>
        <translation>return of the result</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="465"/>
        <source>Không có danh sách bàn giao số {number}.</source>
        <translation>There is no hand-over list number {number}.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="466"/>
        <source>Cơ quan giải quyết thủ tục này đã ngừng hoạt động: cập nhật danh mục thủ tục.</source>
        <translation>The agency deciding this procedure has ceased operating: update the procedure catalogue.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="467"/>
        <source>Chọn thủ tục hành chính (gõ tên hoặc mã thủ tục để tìm).</source>
        <translation>Choose the administrative procedure (type its name or code to search).</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="468"/>
        <source>Thủ tục này không cho phép trả kết quả qua bưu chính: chọn trả tại Bộ phận Một cửa.</source>
        <translation>This procedure does not allow returning the result by post: choose return at the one-stop counter.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="469"/>
        <source>Ghi chú dài quá 2.000 ký tự.</source>
        <translation>The notes are longer than 2,000 characters.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="470"/>
        <source>Thủ tục đã hết hiệu lực từ ngày {since} (chỉ còn để tra cứu hồ sơ cũ): chọn thủ tục đang áp dụng.</source>
        <translation>The procedure has been no longer in force since {since} (kept only to look up old dossiers): choose a procedure in force.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="471"/>
        <source>Thủ tục áp dụng từ ngày {start}: chưa tiếp nhận được.</source>
        <translation>The procedure applies from {start}: it cannot be received yet.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="472"/>
        <source>Thủ tục này không tiếp nhận tại cơ quan cấp này: hướng dẫn công dân nộp đúng nơi.</source>
        <translation>This procedure is not received at an office of this level: direct the applicant to the right place.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="473"/>
        <source>Chọn tỉnh, thành phố nhận bưu gửi (theo danh mục đơn vị hành chính).</source>
        <translation>Choose the province or city the post goes to (from the list of administrative units).</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="474"/>
        <source>Chọn xã, phường thuộc {province}.</source>
        <translation>Choose a commune or ward of {province}.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="475"/>
        <source>Thủ tục đã chọn không còn trong danh mục: chọn lại.</source>
        <translation>The chosen procedure is no longer in the catalogue: choose again.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="476"/>
        <source>Hồ sơ chưa đủ thành phần bắt buộc — chưa nộp: {missing}. Hướng dẫn công dân bổ sung trước khi tiếp nhận.</source>
        <translation>The dossier lacks required documents — not submitted: {missing}. Ask the applicant to supply them before receiving it.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="477"/>
        <source>Chọn người nộp là cá nhân hay tổ chức.</source>
        <translation>Choose whether the applicant is a person or an organisation.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="478"/>
        <source>Thủ tục này chỉ dành cho cá nhân: tổ chức không nộp được.</source>
        <translation>This procedure is for individuals only: an organisation cannot apply.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="479"/>
        <source>Thủ tục này chỉ dành cho tổ chức, doanh nghiệp: chọn người nộp là tổ chức.</source>
        <translation>This procedure is for organisations and businesses only: choose an organisation as the applicant.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="480"/>
        <source>Thủ tục này yêu cầu nộp trực tiếp, không nhận qua bưu chính.</source>
        <translation>This procedure must be submitted in person; it is not accepted by post.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="481"/>
        <source>Nhập số hiệu bưu gửi đến (mã vận đơn trên phong bì, 6–30 chữ cái/chữ số).</source>
        <translation>Enter the incoming postal item number (the tracking number on the envelope, 6–30 letters or digits).</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="482"/>
        <source>Số bộ hồ sơ là số nguyên từ 1 đến 99.</source>
        <translation>The number of sets is a whole number from 1 to 99.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="483"/>
        <source>Thủ tục thuộc danh mục cũ đã được thay thế: chọn lại thủ tục.</source>
        <translation>The procedure belongs to an old catalogue that has been replaced: choose the procedure again.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="484"/>
        <source>Số bản giấy tờ không được âm.</source>
        <translation>The number of copies cannot be negative.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="485"/>
        <source>Mỗi giấy tờ đã nộp cần ít nhất một bản (chính, chứng thực hoặc photo).</source>
        <translation>Each submitted document needs at least one copy (original, certified copy or photocopy).</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="453"/>
        <source>địa chỉ</source>
        <translation>the address</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="486"/>
        <source>Nhập lý do từ chối tiếp nhận hồ sơ.</source>
        <translation>Enter the reason for refusing to receive the dossier.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="487"/>
        <source>Hồ sơ chưa đầy đủ: yêu cầu bổ sung, hoàn thiện</source>
        <translation>Incomplete dossier: supplement requested</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="488"/>
        <source>Tiếp nhận hồ sơ đầy đủ</source>
        <translation>Complete dossier received</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="489"/>
        <source>họ và tên người nộp</source>
        <translation>the applicant&apos;s full name</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="490"/>
        <source>họ tên người được ủy quyền</source>
        <translation>the authorised person&apos;s full name</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="491"/>
        <source>địa chỉ nhận bưu gửi (số nhà, đường, ấp/khu phố)</source>
        <translation>the postal delivery address (house number, street, hamlet/quarter)</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="492"/>
        <source>Danh sách giấy tờ không khớp thủ tục: chọn lại thủ tục.</source>
        <translation>The list of documents does not match the procedure: choose the procedure again.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="493"/>
        <source>tên tổ chức</source>
        <translation>the organisation&apos;s name</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="494"/>
        <source>họ tên người đại diện</source>
        <translation>the representative&apos;s full name</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="495"/>
        <source>chức vụ người đại diện</source>
        <translation>the representative&apos;s title</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="496"/>
        <source>số lượng</source>
        <translation>quantity</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="497"/>
        <source>Chưa nộp</source>
        <translation>Not submitted</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="236"/>
        <source>số bản</source>
        <translation>number of copies</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="498"/>
        <source>Bộ phận Một cửa</source>
        <translation>One-stop counter</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="499"/>
        <source>Nhập lý do từ chối.</source>
        <translation>Enter the reason for the refusal.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="500"/>
        <source>Lý do từ chối dài quá 2.000 ký tự.</source>
        <translation>The reason for the refusal is longer than 2,000 characters.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="501"/>
        <source>Nhập lý do công dân rút hồ sơ.</source>
        <translation>Enter the reason the applicant withdraws the dossier.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="502"/>
        <source>Lý do công dân rút hồ sơ dài quá 2.000 ký tự.</source>
        <translation>The reason for the withdrawal is longer than 2,000 characters.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="503"/>
        <source>Nhập lý do dừng giải quyết.</source>
        <translation>Enter the reason for stopping the processing.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="504"/>
        <source>Lý do dừng giải quyết dài quá 2.000 ký tự.</source>
        <translation>The reason for stopping is longer than 2,000 characters.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="505"/>
        <source>Nhập lý do chậm trễ.</source>
        <translation>Enter the reason for the delay.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="506"/>
        <source>Lý do chậm trễ dài quá 2.000 ký tự.</source>
        <translation>The reason for the delay is longer than 2,000 characters.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="507"/>
        <source>Chuyển {party} (trễ hạn chuyển)</source>
        <translation>Forwarded to {party} (forwarding deadline missed)</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="508"/>
        <source>Chuyển {party}</source>
        <translation>Forwarded to {party}</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="509"/>
        <source>nơi nhận hồ sơ</source>
        <translation>the receiving party</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="510"/>
        <source>Quá thời hạn bổ sung (đến hết ngày {deadline}) mà công dân không bổ sung hồ sơ: đóng hồ sơ theo quy định.</source>
        <translation>The supplement deadline (end of {deadline}) passed without the applicant supplying the dossier: the dossier is closed as the rules require.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="511"/>
        <source>{agency} đã ngừng hoạt động từ ngày {since}: không chuyển hồ sơ {code} đến đó. Chọn cơ quan giải quyết mới (Phân công cơ quan) rồi chuyển.</source>
        <translation>{agency} has ceased operating since {since}: dossier {code} cannot be forwarded there. Choose a new deciding agency (Assign agencies), then forward.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="512"/>
        <source>Mức hài lòng từ 1 (rất không hài lòng) đến 5 (rất hài lòng).</source>
        <translation>Satisfaction ranges from 1 (very dissatisfied) to 5 (very satisfied).</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="513"/>
        <source>Liệt kê ít nhất một giấy tờ hoặc nội dung cần bổ sung (một lần, đầy đủ).</source>
        <translation>List at least one document or item to supply (all at once, in full).</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="514"/>
        <source>Đã quá {limit} ngày làm việc kể từ khi tiếp nhận: theo quy định không được yêu cầu bổ sung hồ sơ nữa. Cơ quan giải quyết phải xử lý hoặc xin lỗi, gia hạn.</source>
        <translation>More than {limit} working days have passed since receipt: the rules no longer allow a supplement request. The deciding agency must process the dossier, or apologise and extend it.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="515"/>
        <source>Công dân đã bổ sung đầy đủ; thời hạn giải quyết tính lại từ đầu</source>
        <translation>The applicant supplied everything; the processing time starts again from the beginning</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="516"/>
        <source>Cần ít nhất một cơ quan giải quyết.</source>
        <translation>At least one deciding agency is needed.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="517"/>
        <source>Chọn ít nhất một hồ sơ để bàn giao.</source>
        <translation>Choose at least one dossier to hand over.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="518"/>
        <source>Đã nộp phí, lệ phí</source>
        <translation>Fees paid</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="519"/>
        <source>Hồ sơ đã được gia hạn một lần (ngày {on}); theo quy định thời hạn chỉ được điều chỉnh một lần.</source>
        <translation>The dossier was already extended once (on {on}); the rules allow the deadline to be changed only once.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="520"/>
        <source>Văn bản kết quả điện tử có vấn đề về chữ ký số ({files}). Báo cơ quan giải quyết; chỉ trả khi đã xác nhận vẫn trả.</source>
        <translation>The electronic result documents have a digital signature problem ({files}). Tell the deciding agency; return them only after confirming to return anyway.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="521"/>
        <source>Chọn người đến nhận kết quả.</source>
        <translation>Choose who collects the result.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="522"/>
        <source>Mỗi dòng cần bổ sung phải có tên giấy tờ hoặc nội dung.</source>
        <translation>Each line to supply needs the name of a document or item.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="260"/>
        <source>Yêu cầu bổ sung hồ sơ</source>
        <translation>Supplement requested</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="523"/>
        <source>Giải quyết hồ sơ</source>
        <translation>Process the dossier</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="524"/>
        <source>Yêu cầu nộp phí, lệ phí</source>
        <translation>Fee payment requested</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="525"/>
        <source>Ngày hẹn mới phải sau ngày hẹn hiện tại ({due}).</source>
        <translation>The new due date must be after the current one ({due}).</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="526"/>
        <source>{moment} không phải giờ làm việc của cơ quan (ngày nghỉ hoặc ngoài giờ). Hẹn gần nhất có thể: {nearest}.</source>
        <translation>{moment} is not within the office&apos;s working hours (a day off or outside hours). Earliest possible: {nearest}.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="527"/>
        <source>Đã có kết quả giải quyết</source>
        <translation>Result available</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="528"/>
        <source>Số định danh không khớp với người đại diện {representative} ({title}) của tổ chức. Người khác nhận thay: chọn &apos;Người được ủy quyền&apos; và ghi giấy ủy quyền của tổ chức.</source>
        <translation>The ID number does not match the organisation&apos;s representative {representative} ({title}). If someone else collects: choose &apos;Authorised person&apos; and record the organisation&apos;s authorisation.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="529"/>
        <source>Số giấy tờ không khớp với người nộp hồ sơ. Nếu người khác nhận thay, chọn &apos;Người được ủy quyền&apos; và ghi giấy ủy quyền.</source>
        <translation>The ID number does not match the applicant. If someone else collects, choose &apos;Authorised person&apos; and record the authorisation.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="530"/>
        <source>Ghi giấy ủy quyền (số, ngày) của người nhận thay.</source>
        <translation>Record the authorisation (number, date) of the person collecting.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="531"/>
        <source>Trả kết quả cho người nộp</source>
        <translation>Result returned to the applicant</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="532"/>
        <source>Trả kết quả cho người được ủy quyền</source>
        <translation>Result returned to the authorised person</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="533"/>
        <source>Không có cơ quan mã {code} trong danh mục.</source>
        <translation>There is no agency with code {code} in the catalogue.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="534"/>
        <source>{agency} đã ngừng hoạt động từ ngày {since}: chọn cơ quan đang giải quyết thủ tục này.</source>
        <translation>{agency} has ceased operating since {since}: choose an agency that currently handles this procedure.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="535"/>
        <source>Hạn của {agency} ({due}) vượt hạn trả kết quả của hồ sơ ({dossier_due}).</source>
        <translation>The deadline of {agency} ({due}) is later than the dossier&apos;s due date ({dossier_due}).</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="536"/>
        <source>họ tên người nhận thay</source>
        <translation>the full name of the person collecting</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="537"/>
        <source>Công chức tiếp nhận</source>
        <translation>Reception officer</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="538"/>
        <source>Lãnh đạo / giám sát</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="539"/>
        <source>Quản trị</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="540"/>
        <source>dịch vụ bưu chính</source>
        <translation>the postal service</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="541"/>
        <source>Độ dài số thứ tự trong mã hồ sơ từ 3 đến 8 chữ số.</source>
        <translation>The sequence number in the dossier code has 3 to 8 digits.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="542"/>
        <source>Chọn cấp của cơ quan.</source>
        <translation>Choose the office&apos;s level.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="543"/>
        <source>Cần ít nhất một ngày làm việc trong tuần.</source>
        <translation>At least one working day a week is needed.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="544"/>
        <source>Thư mục {folder} không tồn tại.</source>
        <translation>The folder {folder} does not exist.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="545"/>
        <source>Không có tệp chứng chỉ {path}.</source>
        <translation>There is no certificate file {path}.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="546"/>
        <source>Mã tỉnh không có trong danh mục đơn vị hành chính (ví dụ 80: Tây Ninh).</source>
        <translation>The province code is not in the list of administrative units (for example 80: Tây Ninh).</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="547"/>
        <source>Chọn vai trò.</source>
        <translation>Choose a role.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="548"/>
        <source>Tên đăng nhập &apos;{username}&apos; đã có người dùng.</source>
        <translation>The user name &apos;{username}&apos; is already taken.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="549"/>
        <source>Chưa thiết lập thông tin cơ quan: chạy &apos;counter init&apos; hoặc mở phần Thiết lập.</source>
        <translation>The office is not set up yet: run &apos;counter init&apos; or open Settings.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="550"/>
        <source>Tệp thiết lập cơ quan phải có format &apos;counter-office/1&apos;.</source>
        <translation>The office set-up file must have format &apos;counter-office/1&apos;.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="551"/>
        <source>Mã xã, phường không thuộc tỉnh đã chọn.</source>
        <translation>The commune or ward code does not belong to the chosen province.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="552"/>
        <source>Giá trị không hợp lệ.</source>
        <translation>Invalid value.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="553"/>
        <source>Không có cơ quan {code}.</source>
        <translation>There is no agency {code}.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="554"/>
        <source>Không đọc được tệp thiết lập cơ quan {path}: {reason}.</source>
        <translation>Could not read the office set-up file {path}: {reason}.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="555"/>
        <source>Tệp thiết lập cơ quan {path} không đọc được: {reason}.</source>
        <translation>The office set-up file {path} is unreadable: {reason}.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="556"/>
        <source>tên cơ quan</source>
        <translation>the office&apos;s name</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="557"/>
        <source>cơ quan chủ quản</source>
        <translation>the parent agency</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="558"/>
        <source>Giờ làm việc nhập dạng 07:00-11:30, 13:30-17:00.</source>
        <translation>Enter working hours as 07:00-11:30, 13:30-17:00.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="559"/>
        <source>Chờ kiểm tra</source>
        <translation>Waiting to be checked</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="560"/>
        <source>Đang kiểm tra</source>
        <translation>Being checked</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="273"/>
        <source>Đã tiếp nhận</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="561"/>
        <source>Chờ bổ sung</source>
        <translation>Waiting for a supplement</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="562"/>
        <source>Đã trả lại (không thuộc thẩm quyền)</source>
        <translation>Returned (not competent)</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="563"/>
        <source>Quầy khác đã nhận</source>
        <translation>Taken by another counter</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="564"/>
        <source>Quầy khác đã nhận trước</source>
        <translation>Taken first by another counter</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="565"/>
        <source>Quầy khác đã nhận hồ sơ này.</source>
        <translation>Another counter has taken this dossier.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="566"/>
        <source>Tỉnh không ghi nhận bước của quầy này cho hồ sơ {code}: {detail}</source>
        <translation>The provincial system did not record this counter&apos;s step for dossier {code}: {detail}</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="567"/>
        <source>Còn {hours} giờ {minutes} phút</source>
        <translation>{hours} h {minutes} min left</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="568"/>
        <source>{name} ({count} bản chính)</source>
        <translation>{name} ({count} original(s))</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="569"/>
        <source>Thủ tục {code} không có trong danh mục thủ tục của cơ quan này: kiểm tra và trả lại hồ sơ, ghi rõ cơ quan có thẩm quyền.</source>
        <translation>Procedure {code} is not in this agency&apos;s procedure catalogue: check the dossier and return it, naming the competent agency.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="570"/>
        <source>Người nộp đã bổ sung hồ sơ trực tuyến (lần nộp {round}).</source>
        <translation>The applicant has supplemented the online dossier (submission {round}).</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="571"/>
        <source>Hồ sơ {code} đã được {counter} nhận kiểm tra trước khi quầy này kết nối lại; bước “{step}” làm khi mất mạng không được tỉnh ghi nhận.</source>
        <translation>Dossier {code} was taken for checking by {counter} before this counter reconnected; the step “{step}” taken while offline was not recorded by the provincial system.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="572"/>
        <source>Quá hạn {hours} giờ {minutes} phút</source>
        <translation>{hours} h {minutes} min overdue</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="573"/>
        <source>Không có hồ sơ trực tuyến {code}.</source>
        <translation>There is no online dossier {code}.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="574"/>
        <source>Tệp lớn {size} MB, vượt giới hạn {limit} MB.</source>
        <translation>The file is {size} MB, over the {limit} MB limit.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="575"/>
        <source>Tệp là một tệp nén ZIP, không phải PDF hay ảnh: không mở (có thể là tệp nén độc hại).</source>
        <translation>The file is a ZIP archive, not a PDF or an image: not opened (it may be a malicious archive).</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="576"/>
        <source>Nội dung tệp không phải PDF, JPEG, PNG hay TIFF (khai là {declared}).</source>
        <translation>The file&apos;s content is not PDF, JPEG, PNG or TIFF (declared as {declared}).</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="577"/>
        <source>Tệp khai là {declared} nhưng nội dung là {real}.</source>
        <translation>The file is declared as {declared} but its content is {real}.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="578"/>
        <source>Hồ sơ {code} đang ở trạng thái “{state}”.</source>
        <translation>Dossier {code} is in the state “{state}”.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="579"/>
        <source>Tệp PDF có {pages} trang: không hiển thị.</source>
        <translation>The PDF file has {pages} pages: not shown.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="580"/>
        <source>{name}: {problem}</source>
        <translation>{name}: {problem}</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="581"/>
        <source>Hồ sơ {code} đã được {counter} nhận kiểm tra.</source>
        <translation>Dossier {code} has been taken for checking by {counter}.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="582"/>
        <source>Cơ quan này không giải quyết thủ tục {code}: trả lại hồ sơ, ghi rõ cơ quan có thẩm quyền.</source>
        <translation>This agency does not handle procedure {code}: return the dossier, naming the competent agency.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="583"/>
        <source>Chưa tiếp nhận được: tệp {files} chưa tải về hoặc không dùng được; yêu cầu bổ sung tệp đó.</source>
        <translation>Cannot accept yet: the file(s) {files} are not downloaded or cannot be used; request a supplement for them.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="584"/>
        <source>Ghi đủ một lần mọi nội dung cần sửa đổi, bổ sung.</source>
        <translation>List, all at once, everything to correct or add.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="585"/>
        <source>Ghi rõ cơ quan có thẩm quyền giải quyết.</source>
        <translation>Name the agency competent to decide.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="586"/>
        <source>Hồ sơ {code} chưa có yêu cầu bổ sung.</source>
        <translation>Dossier {code} has no supplement request yet.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="587"/>
        <source>quầy khác</source>
        <translation>another counter</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="588"/>
        <source>Tệp PDF hỏng, không hiển thị được ({error}).</source>
        <translation>The PDF file is damaged and cannot be shown ({error}).</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="589"/>
        <source>Ảnh có kích thước điểm ảnh quá lớn (ảnh nén bất thường): không mở.</source>
        <translation>The image has too many pixels (abnormally compressed): not opened.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="590"/>
        <source>Ảnh hỏng, không hiển thị được ({error}).</source>
        <translation>The image is damaged and cannot be shown ({error}).</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="591"/>
        <source>Chưa tải được tệp {name} (thử lại khi mở lại hồ sơ): {reason}</source>
        <translation>File {name} could not be downloaded yet (it is tried again when the dossier is reopened): {reason}</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="592"/>
        <source>Ảnh {width}×{height} điểm ảnh quá lớn (ảnh nén bất thường): không mở.</source>
        <translation>The image of {width}×{height} pixels is too large (abnormally compressed): not opened.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="593"/>
        <source>Sự kiện này không ở danh sách cần xử lý.</source>
        <translation>This event is not in the list needing attention.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="452"/>
        <source>Không tìm thấy hồ sơ có mã {code}.</source>
        <translation>No dossier with code {code} was found.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="211"/>
        <source>{number} giờ làm việc</source>
        <translation>{number} working hours</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="212"/>
        <source>{hours} giờ {minutes}</source>
        <translation>{hours}:{minutes}</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="213"/>
        <source>{number} ngày làm việc (nhận sau {hour}: tính từ ngày làm việc tiếp theo)</source>
        <translation>{number} working days (received after {hour}: counted from the next working day)</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="214"/>
        <source>Trong ngày</source>
        <translation>Same day</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="215"/>
        <source>{number} ngày làm việc</source>
        <translation>{number} working days</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="216"/>
        <source>Ngày nghỉ hằng tuần</source>
        <translation>Weekly day off</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="217"/>
        <source>Trong ngày (nhận sau {hour}: trả trong ngày làm việc tiếp theo)</source>
        <translation>Same day (received after {hour}: returned on the next working day)</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="218"/>
        <source>Ngày làm bù (cơ quan)</source>
        <translation>Make-up working day (agency)</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="219"/>
        <source>Ngày nghỉ (cơ quan)</source>
        <translation>Day off (agency)</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="220"/>
        <source>Ngày làm việc</source>
        <translation>Working day</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="221"/>
        <source>Ngày làm bù theo quy định</source>
        <translation>Statutory make-up working day</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="222"/>
        <source>Ngày nghỉ lễ, Tết</source>
        <translation>Public holiday</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="223"/>
        <source>Mã định danh cơ quan theo QCVN 102:2016 có dạng V1V2V3.Z1Z2.Y1Y2.MX1X2, ví dụ 000.00.12.H49.</source>
        <translation>An agency identifier under QCVN 102:2016 has the form V1V2V3.Z1Z2.Y1Y2.MX1X2, for example 000.00.12.H49.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="224"/>
        <source>Mã hồ sơ gồm mã cơ quan, ngày nhận (YYMMDD) và số thứ tự, nối bằng dấu &apos;-&apos;, ví dụ 000.00.12.H49-261122-0007.</source>
        <translation>A dossier code is the agency code, the day of receipt (YYMMDD) and the serial number, joined by &apos;-&apos;, for example 000.00.12.H49-261122-0007.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="225"/>
        <source>Ngày trong mã hồ sơ không hợp lệ.</source>
        <translation>The date in the dossier code is not valid.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="226"/>
        <source>{rules}; tối đa {cap}/bản</source>
        <translation>{rules}; at most {cap} per copy</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="227"/>
        <source>{rules}; tối đa {cap}</source>
        <translation>{rules}; at most {cap}</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="228"/>
        <source>Khoản phí, lệ phí không thuộc thủ tục này: {codes}. Chọn lại thủ tục.</source>
        <translation>Fee or charge not part of this procedure: {codes}. Choose the procedure again.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="229"/>
        <source>{fee}: {what} là số nguyên.</source>
        <translation>{fee}: the {what} must be a whole number.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="230"/>
        <source>{fee}: {what} không được âm.</source>
        <translation>{fee}: the {what} cannot be negative.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="231"/>
        <source>{fee}: {what} quá lớn (tối đa {most}).</source>
        <translation>{fee}: the {what} is too large (at most {most}).</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="232"/>
        <source>Nhập {what} bằng số nguyên không âm, ví dụ 3.</source>
        <translation>Enter the {what} as a whole number, 0 or more, for example 3.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="233"/>
        <source>Nhập {what} không quá {most}.</source>
        <translation>Enter a {what} of at most {most}.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="234"/>
        <source>từ {unit} thứ {start}: {price}/{unit}</source>
        <translation>from {unit} no. {start}: {price}/{unit}</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="235"/>
        <source>số {unit}</source>
        <translation>number of {unit}</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="237"/>
        <source>{count} {unit} × {copies} bản</source>
        <translation>{count} {unit} × {copies} copies</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="238"/>
        <source>{fee}: nhập số bản (ít nhất 1) cho {count} {unit}.</source>
        <translation>{fee}: enter the number of copies (at least 1) for {count} {unit}.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="239"/>
        <source>tiếp nhận hồ sơ</source>
        <translation>receive the dossier</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="240"/>
        <source>tiếp nhận, yêu cầu bổ sung</source>
        <translation>receive and request a supplement</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="241"/>
        <source>từ chối tiếp nhận</source>
        <translation>refuse at the counter</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="242"/>
        <source>tiếp nhận hồ sơ trực tuyến</source>
        <translation>accept the online dossier</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="243"/>
        <source>chuyển xử lý</source>
        <translation>forward for processing</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="244"/>
        <source>yêu cầu bổ sung hồ sơ</source>
        <translation>request a supplement</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="245"/>
        <source>đã bổ sung đầy đủ</source>
        <translation>supplement completed</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="246"/>
        <source>đóng hồ sơ không bổ sung</source>
        <translation>close without a supplement</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="247"/>
        <source>yêu cầu thanh toán</source>
        <translation>request payment</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="248"/>
        <source>đã thanh toán</source>
        <translation>payment made</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="249"/>
        <source>từ chối giải quyết</source>
        <translation>refuse the application</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="250"/>
        <source>gia hạn, xin lỗi</source>
        <translation>extend, with an apology</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="251"/>
        <source>có kết quả giải quyết</source>
        <translation>record the result</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="252"/>
        <source>trả kết quả</source>
        <translation>return the result</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="253"/>
        <source>công dân rút hồ sơ</source>
        <translation>applicant&apos;s withdrawal</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="254"/>
        <source>dừng giải quyết</source>
        <translation>stop processing</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="255"/>
        <source>Tiếp nhận hồ sơ</source>
        <translation>Dossier received</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="256"/>
        <source>Tiếp nhận, yêu cầu bổ sung</source>
        <translation>Received, supplement requested</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="257"/>
        <source>Từ chối tiếp nhận</source>
        <translation>Refused at the counter</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="258"/>
        <source>Tiếp nhận hồ sơ trực tuyến</source>
        <translation>Online dossier accepted</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="259"/>
        <source>Chuyển xử lý</source>
        <translation>Forwarded for processing</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="261"/>
        <source>Đã bổ sung đầy đủ</source>
        <translation>Supplement completed</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="262"/>
        <source>Đóng hồ sơ không bổ sung</source>
        <translation>Closed without a supplement</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="263"/>
        <source>Yêu cầu thanh toán</source>
        <translation>Payment requested</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="264"/>
        <source>Đã thanh toán</source>
        <translation>Payment made</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="265"/>
        <source>Từ chối giải quyết</source>
        <translation>Application refused</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="266"/>
        <source>Gia hạn, xin lỗi</source>
        <translation>Extended, with an apology</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="267"/>
        <source>Có kết quả giải quyết</source>
        <translation>Result ready</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="268"/>
        <source>Trả kết quả</source>
        <translation>Result returned</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="269"/>
        <source>Công dân rút hồ sơ</source>
        <translation>Withdrawn</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="270"/>
        <source>Dừng giải quyết</source>
        <translation>Processing stopped</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="141"/>
        <source>chưa có</source>
        <translation>none yet</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="54"/>
        <source>Counter — Bộ phận Một cửa, tiếp nhận và trả kết quả hồ sơ.</source>
        <translation>Counter — the one-stop counter: receiving dossiers and returning results.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="55"/>
        <source>cơ sở dữ liệu (tệp SQLite hoặc URL); mặc định COUNTER_DB hoặc tệp trong thư mục dữ liệu người dùng</source>
        <translation>the database (SQLite file or URL); default COUNTER_DB or the file in the user&apos;s data folder</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="56"/>
        <source>cán bộ thực hiện (tên đăng nhập)</source>
        <translation>the officer acting (user name)</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="57"/>
        <source>ghi nhật ký chi tiết</source>
        <translation>write a detailed log</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="58"/>
        <source>tạo hoặc nâng cấp cơ sở dữ liệu, nạp cơ quan mẫu và danh mục thủ tục</source>
        <translation>create or upgrade the database, load the sample agency and the procedure catalogue</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="59"/>
        <source>tệp thiết lập cơ quan (counter-office/1)</source>
        <translation>agency set-up file (counter-office/1)</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="60"/>
        <source>tệp danh mục thủ tục (counter-catalogue/1)</source>
        <translation>procedure catalogue file (counter-catalogue/1)</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="61"/>
        <source>chọn số quầy K (1–9) cho máy này, khi đã kiểm tra không máy nào khác của cơ quan dùng số đó (mặc định: chờ máy chủ tỉnh cấp ở lần kết nối đầu)</source>
        <translation>choose counter number K (1–9) for this computer, once you have checked that no other computer of the agency uses it (default: wait for the provincial system to assign one at the first connection)</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="62"/>
        <source>tạo thư mục chứa cơ sở dữ liệu nếu chưa có (mặc định: báo lỗi, để tránh gõ nhầm đường dẫn)</source>
        <translation>create the database&apos;s folder if it does not exist (default: report an error, to catch a mistyped path)</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="63"/>
        <source>số quầy của máy này: để hai máy của một cơ quan không bao giờ cấp trùng mã hồ sơ</source>
        <translation>this computer&apos;s counter number: so that two computers of one agency never issue the same dossier code</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="64"/>
        <source>số quầy hiện tại và tình trạng</source>
        <translation>the current counter number and its state</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="65"/>
        <source>chọn số quầy bằng tay (khi chưa kết nối được máy chủ tỉnh)</source>
        <translation>choose the counter number by hand (when the provincial system cannot be reached yet)</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="66"/>
        <source>xác nhận đã kiểm tra: không máy nào khác của cơ quan dùng số này</source>
        <translation>confirm you have checked that no other computer of the agency uses this number</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="67"/>
        <source>nhận (hoặc xác nhận) số quầy từ máy chủ tỉnh</source>
        <translation>get (or confirm) the counter number from the provincial system</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="68"/>
        <source>bỏ số đang dùng (bị trùng) để nhận số khác</source>
        <translation>give up the number in use (a duplicate) to get another one</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="69"/>
        <source>nhập một danh mục thủ tục mới hơn</source>
        <translation>import a newer procedure catalogue</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="70"/>
        <source>tạo hồ sơ mẫu giống thật trên các ngày làm việc đã qua</source>
        <translation>create realistic sample dossiers over past working days</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="71"/>
        <source>số ngày làm việc trải hồ sơ (mặc định tự chọn)</source>
        <translation>number of working days to spread the dossiers over (chosen automatically by default)</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="72"/>
        <source>đưa hồ sơ mẫu vào hàng chờ đồng bộ (như chưa từng gửi lên tỉnh)</source>
        <translation>put the sample dossiers in the sync queue (as if never sent to the province)</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="73"/>
        <source>không tạo các hồ sơ trình diễn mọi bước và mọi phiếu</source>
        <translation>do not create the showcase dossiers that go through every step and every form</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="74"/>
        <source>liệt kê hồ sơ mới nhất</source>
        <translation>list the latest dossiers</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="75"/>
        <source>in JSON</source>
        <translation>print JSON</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="76"/>
        <source>tìm theo mã, tên, số định danh hoặc điện thoại</source>
        <translation>search by code, name, ID number or phone</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="77"/>
        <source>lọc theo mã trạng thái (1–10)</source>
        <translation>filter by status code (1–10)</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="78"/>
        <source>in giấy tiếp nhận hồ sơ và hẹn trả kết quả ra PDF</source>
        <translation>print the receipt and result appointment of a dossier to PDF</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="79"/>
        <source>in một phiếu của hồ sơ ra PDF ({kinds})</source>
        <translation>print one form of a dossier to PDF ({kinds})</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="80"/>
        <source>in danh sách bàn giao hồ sơ ra PDF</source>
        <translation>print a dossier hand-over list to PDF</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="81"/>
        <source>số danh sách, ví dụ BG-20261123-01</source>
        <translation>list number, for example BG-20261123-01</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="82"/>
        <source>sổ theo dõi hồ sơ (mẫu 07) trong một khoảng thời gian, PDF hoặc CSV</source>
        <translation>the dossier tracking book (form 07) for a period, PDF or CSV</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="83"/>
        <source>đóng các hồ sơ quá hạn bổ sung (chạy tự động khi mở ứng dụng)</source>
        <translation>close the dossiers whose supplement deadline has passed (runs automatically when the application opens)</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="84"/>
        <source>đồng bộ với hệ thống tỉnh</source>
        <translation>synchronise with the provincial system</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="85"/>
        <source>đồng bộ một lượt rồi thoát</source>
        <translation>synchronise once, then exit</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="86"/>
        <source>địa chỉ máy chủ tỉnh (mặc định theo Thiết lập hoặc COUNTER_SYNC_URL)</source>
        <translation>address of the provincial system (default from Settings or COUNTER_SYNC_URL)</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="87"/>
        <source>mã truy cập của quầy (mặc định COUNTER_SYNC_TOKEN hoặc Thiết lập)</source>
        <translation>the counter&apos;s access token (default COUNTER_SYNC_TOKEN or Settings)</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="88"/>
        <source>tệp chứng chỉ gốc để xác thực TLS của máy chủ tỉnh</source>
        <translation>root certificate file to verify the provincial system&apos;s TLS</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="89"/>
        <source>các thay đổi đang chờ gửi lên tỉnh</source>
        <translation>the changes waiting to be sent to the province</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="90"/>
        <source>kể cả sự kiện đã gửi</source>
        <translation>include events already sent</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="91"/>
        <source>gửi lại một sự kiện cần xử lý (sau khi đã sửa hồ sơ)</source>
        <translation>send again an event that needs attention (after correcting the dossier)</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="92"/>
        <source>bưu chính công ích: bưu gửi kết quả, bàn giao bưu tá, nhãn địa chỉ</source>
        <translation>public postal service: result parcels, hand-over to the postman, address labels</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="93"/>
        <source>danh sách bàn giao bưu gửi cho bưu tá trong một ngày (PDF)</source>
        <translation>the list of parcels handed to the postman on one day (PDF)</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="94"/>
        <source>họ tên bưu tá (khi lập danh sách mới cho hôm nay)</source>
        <translation>the postman&apos;s full name (when making a new list for today)</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="95"/>
        <source>nhãn địa chỉ của một bưu gửi (PDF 100×150 mm)</source>
        <translation>the address label of a parcel (PDF 100×150 mm)</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="96"/>
        <source>số đơn hàng hoặc mã hồ sơ</source>
        <translation>order number or dossier code</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="97"/>
        <source>các bưu gửi theo nhóm</source>
        <translation>the parcels by group</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="98"/>
        <source>báo cáo tổng hợp cho lãnh đạo (PDF, CSV, XLSX)</source>
        <translation>summary reports for management (PDF, CSV, XLSX)</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="99"/>
        <source>báo cáo tiếp nhận trong một ngày</source>
        <translation>report of one day&apos;s receptions</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="100"/>
        <source>báo cáo một tuần, một tháng hoặc một khoảng bất kỳ</source>
        <translation>report of a week, a month or any period</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="101"/>
        <source>sao lưu cơ sở dữ liệu (qua API sao lưu trực tuyến của SQLite)</source>
        <translation>back up the database (through SQLite&apos;s online backup API)</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="102"/>
        <source>mã hóa bằng cụm mật khẩu lấy từ biến môi trường VAR</source>
        <translation>encrypt with the passphrase taken from environment variable VAR</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="103"/>
        <source>khôi phục từ một bản sao lưu (kiểm tra trước, giữ lại cơ sở dữ liệu hiện tại)</source>
        <translation>restore from a backup (checked first; the current database is kept)</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="104"/>
        <source>cụm mật khẩu của bản sao lưu mã hóa, từ biến môi trường VAR</source>
        <translation>the passphrase of an encrypted backup, from environment variable VAR</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="105"/>
        <source>PostgreSQL: khôi phục vào cơ sở dữ liệu mới, trống này (không ghi đè cơ sở dữ liệu đang dùng)</source>
        <translation>PostgreSQL: restore into this new, empty database (the database in use is not overwritten)</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="106"/>
        <source>cho phép khôi phục bản sao lưu của một cơ quan khác</source>
        <translation>allow restoring a backup of another agency</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="107"/>
        <source>kiểm tra toàn vẹn cơ sở dữ liệu và nhật ký kiểm toán</source>
        <translation>check the integrity of the database and of the audit log</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="108"/>
        <source>nhật ký kiểm toán</source>
        <translation>the audit log</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="109"/>
        <source>verify: kiểm tra chuỗi băm</source>
        <translation>verify: check the hash chain</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="110"/>
        <source>máy chủ tỉnh tham chiếu (đồng bộ, cập nhật kết quả của phòng ban)</source>
        <translation>the provincial reference server (sync, department result updates)</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="111"/>
        <source>lỗi đọc/ghi tệp {name}: {reason}.</source>
        <translation>error reading/writing file {name}: {reason}.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="112"/>
        <source>đã dừng theo yêu cầu.</source>
        <translation>stopped as requested.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="113"/>
        <source>chỉ một cơ quan giải quyết (mã định danh)</source>
        <translation>only one handling agency (identifier)</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="114"/>
        <source>chỉ một thủ tục (mã)</source>
        <translation>only one procedure (code)</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="115"/>
        <source>chỉ một cán bộ tiếp nhận (tên đăng nhập)</source>
        <translation>only one receiving officer (user name)</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="116"/>
        <source>lỗi ngoài dự kiến trong Counter ({what}). Chi tiết đã ghi vào nhật ký {file}; gửi tệp đó cho người hỗ trợ. Dữ liệu đã lưu không bị ảnh hưởng.</source>
        <translation>unexpected error in Counter ({what}). The details are in the log {file}; send that file to your support person. Saved data is not affected.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="117"/>
        <source>lỗi ngoài dự kiến trong Counter ({what}). Dữ liệu đã lưu không bị ảnh hưởng.</source>
        <translation>unexpected error in Counter ({what}). Saved data is not affected.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="118"/>
        <source>Đã khôi phục từ {path}. Cơ sở dữ liệu trước đó được giữ tại {kept}.</source>
        <translation>Restored from {path}. The previous database is kept at {kept}.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="119"/>
        <source>Đã khôi phục {path} vào {into}. Nhật ký kiểm toán: {entries} mục, {state}</source>
        <translation>Restored {path} into {into}. Audit log: {entries} entries, {state}</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="120"/>
        <source>Khi đã kiểm tra xong, trỏ các quầy sang cơ sở dữ liệu này (COUNTER_DB hoặc --db).</source>
        <translation>Once you have checked it, point the counters at this database (COUNTER_DB or --db).</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="121"/>
        <source>Nhật ký kiểm toán: {entries} mục, {state}</source>
        <translation>Audit log: {entries} entries, {state}</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="122"/>
        <source>nhật ký kiểm toán bị can thiệp. {problem}</source>
        <translation>the audit log has been tampered with. {problem}</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="123"/>
        <source>Đã sao lưu vào {path} (đã mã hóa)</source>
        <translation>Backed up to {path} (encrypted)</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="124"/>
        <source>Đã sao lưu vào {path}</source>
        <translation>Backed up to {path}</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="125"/>
        <source>Với PostgreSQL, khôi phục vào một cơ sở dữ liệu mới, trống: &apos;counter restore TỆP --into postgresql+psycopg://…/ten_moi&apos; (tạo trước bằng createdb). Cơ sở dữ liệu đang dùng không bị ghi đè.</source>
        <translation>With PostgreSQL, restore into a new, empty database: &apos;counter restore FILE --into postgresql+psycopg://…/new_name&apos; (create it first with createdb). The database in use is not overwritten.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="126"/>
        <source>Toàn vẹn cơ sở dữ liệu: {verdict}</source>
        <translation>Database integrity: {verdict}</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="127"/>
        <source>Cơ sở dữ liệu PostgreSQL: máy chủ tự kiểm tra trang dữ liệu; kiểm tra chuỗi nhật ký của Counter.</source>
        <translation>PostgreSQL database: the server checks its own data pages; checking Counter&apos;s log chain.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="128"/>
        <source>Bằng chứng bên ngoài: {evidence}</source>
        <translation>Outside evidence: {evidence}</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="129"/>
        <source>Nhật ký kiểm toán nguyên vẹn: {entries} mục, chuỗi băm khớp từ đầu đến cuối.</source>
        <translation>Audit log intact: {entries} entries, the hash chain matches from start to end.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="130"/>
        <source>nguyên vẹn.</source>
        <translation>intact.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="131"/>
        <source>chuỗi băm nguyên vẹn.</source>
        <translation>hash chain intact.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="132"/>
        <source>tốt</source>
        <translation>good</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="133"/>
        <source>Không đếm được hồ sơ và lịch sử: {what} (cơ sở dữ liệu có thể hỏng).</source>
        <translation>Could not count dossiers and history: {what} (the database may be damaged).</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="134"/>
        <source>counter: {problem}</source>
        <translation>counter: {problem}</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="135"/>
        <source>counter restore TỆP_SAO_LƯU</source>
        <translation>counter restore BACKUP_FILE</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="136"/>
        <source>Cơ sở dữ liệu {path} bị hỏng ({verdict}): lệnh không chạy, không có gì được ghi vào tệp. Sao chép tệp hỏng sang nơi khác để giữ lại, rồi khôi phục bản sao lưu gần nhất: {command} (chạy &apos;counter check&apos; để xem chi tiết).</source>
        <translation>The database {path} is damaged ({verdict}): the command did not run and nothing was written to the file. Copy the damaged file somewhere else to keep it, then restore the latest backup: {command} (run &apos;counter check&apos; for details).</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="137"/>
        <source>Biến môi trường {name} chưa có cụm mật khẩu.</source>
        <translation>Environment variable {name} holds no passphrase.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="138"/>
        <source>Khôi phục bằng lệnh này dành cho cơ sở dữ liệu SQLite. Với PostgreSQL, khôi phục bản sao lưu (tệp của &apos;counter backup&apos; hoặc pg_dump) vào một cơ sở dữ liệu mới bằng pg_restore, rồi trỏ các quầy sang đó: xem docs/postgresql.md.</source>
        <translation>Restoring with this command is for SQLite databases. With PostgreSQL, restore the backup (the file of &apos;counter backup&apos; or pg_dump) into a new database with pg_restore, then point the counters at it: see docs/postgresql.md.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="139"/>
        <source>{flag} cần ngày dạng YYYY-MM-DD, ví dụ 2026-11-01 (đang là &apos;{value}&apos;).</source>
        <translation>{flag} needs a date as YYYY-MM-DD, for example 2026-11-01 (given: &apos;{value}&apos;).</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="140"/>
        <source>Đã gửi {sent} sự kiện; nhận {applied} cập nhật từ tỉnh và {online} hồ sơ trực tuyến; {conflicts} xung đột; {rejected} sự kiện bị từ chối.</source>
        <translation>Sent {sent} events; received {applied} updates from the province and {online} online dossiers; {conflicts} conflicts; {rejected} events rejected.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="142"/>
        <source>Chờ gửi: {pending} · Cần xử lý: {attention} · Đã gửi: {sent} · Đồng bộ thành công lần cuối: {last}</source>
        <translation>Waiting: {pending} · Needs attention: {attention} · Sent: {sent} · Last successful sync: {last}</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="143"/>
        <source>Bưu chính: tạo {created} đơn, {updated} cập nhật hành trình, {failed} đơn bị từ chối.</source>
        <translation>Postal service: {created} orders created, {updated} tracking updates, {failed} orders rejected.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="144"/>
        <source>đồng bộ chưa xong: {error}</source>
        <translation>sync not finished: {error}</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="145"/>
        <source>có sự kiện bị máy chủ tỉnh từ chối: xem &apos;counter outbox&apos;, sửa hồ sơ rồi gửi lại.</source>
        <translation>the provincial system rejected some events: see &apos;counter outbox&apos;, correct the dossier, then send again.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="146"/>
        <source>chưa có địa chỉ máy chủ tỉnh hoặc mã truy cập: dùng --server và --token, biến môi trường COUNTER_SYNC_URL/COUNTER_SYNC_TOKEN, hoặc Thiết lập → Đồng bộ.</source>
        <translation>no address or access token for the provincial system yet: use --server and --token, the environment variables COUNTER_SYNC_URL/COUNTER_SYNC_TOKEN, or Settings → Sync.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="147"/>
        <source>bưu chính chưa xong: {error}</source>
        <translation>postal service not finished: {error}</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="148"/>
        <source>Đã đưa sự kiện {id} ({code}) trở lại hàng chờ gửi.</source>
        <translation>Event {id} ({code}) is back in the sending queue.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="149"/>
        <source>Máy chủ tỉnh tham chiếu cần các gói bổ sung chưa cài trên máy này: pip install &quot;counter[hub]&quot;. Phần mềm ở quầy không cần chúng.</source>
        <translation>The provincial reference server needs extra packages not installed on this computer: pip install &quot;counter[hub]&quot;. The counter software does not need them.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="150"/>
        <source>Cơ sở dữ liệu: {url}</source>
        <translation>Database: {url}</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="151"/>
        <source>Đã tạo {count} hồ sơ mẫu từ {first} đến {last}.</source>
        <translation>Created {count} sample dossiers from {first} to {last}.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="152"/>
        <source>{code}  {received}  hẹn {due}  {status:&lt;18}  {applicant}  —  {procedure}</source>
        <translation>{code}  {received}  due {due}  {status:&lt;18}  {applicant}  —  {procedure}</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="153"/>
        <source>Không có hồ sơ nào.</source>
        <translation>No dossiers.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="154"/>
        <source>Đã đóng {count} hồ sơ quá hạn bổ sung. {codes}</source>
        <translation>Closed {count} dossiers past their supplement deadline. {codes}</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="155"/>
        <source>Đã đóng {count} hồ sơ quá hạn bổ sung.</source>
        <translation>Closed {count} dossiers past their supplement deadline.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="156"/>
        <source>Đã tạo thông tin cơ quan.</source>
        <translation>Agency information created.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="157"/>
        <source>Thông tin cơ quan đã có sẵn.</source>
        <translation>Agency information already present.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="158"/>
        <source>Đã tạo {count} hồ sơ trình diễn qua đủ các bước (bổ sung, gia hạn, dừng, rút, từ chối, bàn giao, bưu chính).</source>
        <translation>Created {count} showcase dossiers going through every step (supplement, extension, suspension, withdrawal, refusal, hand-over, postal service).</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="159"/>
        <source>Đã tạo {count} hồ sơ trực tuyến chờ tiếp nhận (có tệp PDF và ảnh).</source>
        <translation>Created {count} online dossiers waiting to be received (with PDF files and pictures).</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="160"/>
        <source>chưa thiết lập máy chủ tỉnh (--server/--token hoặc Thiết lập → Đồng bộ).</source>
        <translation>the provincial system is not set up (--server/--token or Settings → Sync).</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="161"/>
        <source>{done}/{total} hồ sơ</source>
        <translation>{done}/{total} dossiers</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="162"/>
        <source>Đã ghi {path}</source>
        <translation>Wrote {path}</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="163"/>
        <source>Tệp ra phải có đuôi .pdf hoặc .csv.</source>
        <translation>The output file must end in .pdf or .csv.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="164"/>
        <source>Tệp ra phải có đuôi .pdf, .csv hoặc .xlsx.</source>
        <translation>The output file must end in .pdf, .csv or .xlsx.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="165"/>
        <source>Đã lập danh sách bàn giao {number} gồm {count} bưu gửi.</source>
        <translation>Made hand-over list {number} with {count} parcels.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="166"/>
        <source>--to phải sau hoặc bằng --from.</source>
        <translation>--to must be on or after --from.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="167"/>
        <source>{label}: {count}</source>
        <translation>{label}: {count}</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="168"/>
        <source>  {number:&lt;32} {state:&lt;26} {receiver} — {note}</source>
        <translation>  {number:&lt;32} {state:&lt;26} {receiver} — {note}</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="169"/>
        <source>Đã ký {count} bản quét của hồ sơ {code} (PAdES B-B, người ký {signer}).</source>
        <translation>Signed {count} scans of dossier {code} (PAdES B-B, signer {signer}).</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="170"/>
        <source>Đã tạo tệp chữ ký số tập huấn {path} cho {name}; máy này ký bằng tệp đó (Thiết lập → Chữ ký số).</source>
        <translation>Created the training signature file {path} for {name}; this computer signs with it (Settings → Digital signature).</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="171"/>
        <source>{files} tệp, {problems} có vấn đề.</source>
        <translation>{files} files, {problems} with problems.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="172"/>
        <source>Đặt PIN (hoặc mật khẩu tệp chữ ký số) trong biến môi trường {name}.</source>
        <translation>Put the PIN (or the signature file&apos;s password) in environment variable {name}.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="173"/>
        <source>Nguồn khóa: {source}</source>
        <translation>Key source: {source}</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="174"/>
        <source>Thư viện PKCS#11: {library}</source>
        <translation>PKCS#11 library: {library}</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="175"/>
        <source>Tệp PKCS#12: {path}</source>
        <translation>PKCS#12 file: {path}</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="176"/>
        <source>Máy chủ dấu thời gian (TSA): {url}</source>
        <translation>Timestamp server (TSA): {url}</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="177"/>
        <source>Chứng thư gốc tin cậy: {count}</source>
        <translation>Trusted root certificates: {count}</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="178"/>
        <source>Bản đã ký chờ dấu thời gian: {count}</source>
        <translation>Signed copies waiting for a timestamp: {count}</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="179"/>
        <source>Đã gắn dấu thời gian: {done} · chờ mạng: {waiting} · cần xử lý: {attention}</source>
        <translation>Timestamped: {done} · waiting for the network: {waiting} · needs attention: {attention}</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="180"/>
        <source>kiểm tra chữ ký số các bản quét và văn bản kết quả của một hồ sơ</source>
        <translation>verify the digital signatures of a dossier&apos;s scans and result documents</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="181"/>
        <source>lấy CRL/OCSP mới từ nhà cung cấp chữ ký số trước khi kiểm tra</source>
        <translation>fetch fresh CRL/OCSP from the signature provider before checking</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="182"/>
        <source>ký số các bản quét chưa ký của một hồ sơ (PAdES)</source>
        <translation>digitally sign a dossier&apos;s unsigned scans (PAdES)</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="183"/>
        <source>tệp chữ ký số PKCS#12 (mặc định: nguồn khóa đã thiết lập trên máy)</source>
        <translation>PKCS#12 signature file (default: the key source set up on this computer)</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="184"/>
        <source>biến môi trường chứa PIN hoặc mật khẩu (không bao giờ ghi PIN trên dòng lệnh)</source>
        <translation>environment variable holding the PIN or password (never put a PIN on the command line)</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="185"/>
        <source>thiết lập chữ ký số: chứng thư gốc tin cậy, khóa tập huấn, dấu thời gian</source>
        <translation>digital signature set-up: trusted root certificates, training key, timestamps</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="186"/>
        <source>tin cậy chứng thư gốc trong tệp PEM/DER (CA, máy chủ dấu thời gian)</source>
        <translation>trust the root certificate in a PEM/DER file (CA, timestamp server)</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="187"/>
        <source>tạo tệp chữ ký số tập huấn (PKCS#12) do một CA tập huấn cấp</source>
        <translation>create a training signature file (PKCS#12) issued by a training CA</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="188"/>
        <source>họ tên cán bộ ghi trên chứng thư</source>
        <translation>the officer&apos;s full name written on the certificate</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="189"/>
        <source>nguồn khóa, trình điều khiển token, dấu thời gian đang chờ</source>
        <translation>key source, token driver, pending timestamps</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="190"/>
        <source>gắn dấu thời gian và dữ liệu kiểm tra dài hạn cho bản đã ký (B-T/B-LT)</source>
        <translation>add timestamps and long-term validation data to signed copies (B-T/B-LT)</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="191"/>
        <source>Hồ sơ {code} chưa có bản quét hay văn bản kết quả nào.</source>
        <translation>Dossier {code} has no scans or result documents yet.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="192"/>
        <source>Kết quả</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="193"/>
        <source>Bản quét</source>
        <translation>Scan</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="194"/>
        <source>{kind}: {file}</source>
        <translation>{kind}: {file}</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="195"/>
        <source>Tin cậy: {name}</source>
        <translation>Trusted: {name}</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="196"/>
        <source>  cần xử lý #{id} {name}: {error}</source>
        <translation>  needs attention #{id} {name}: {error}</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="197"/>
        <source>  {error}</source>
        <translation>  {error}</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="198"/>
        <source>  Trạng thái: {state} — {detail}</source>
        <translation>  State: {state} — {detail}</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="199"/>
        <source>  Trạng thái: {state}</source>
        <translation>  State: {state}</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="200"/>
        <source>  Chữ ký khác: {signer} — {detail}</source>
        <translation>  Other signature: {signer} — {detail}</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="201"/>
        <source>  Người ký: {signer} · Thời điểm ký: {at} · Mức: {level} · Dấu thời gian: {stamp}</source>
        <translation>  Signer: {signer} · Signed at: {at} · Level: {level} · Timestamp: {stamp}</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="202"/>
        <source>  Người ký: {signer} · Thời điểm ký: {at} · Mức: {level}</source>
        <translation>  Signer: {signer} · Signed at: {at} · Level: {level}</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="203"/>
        <source>  Kiểm tra thu hồi: theo trả lời lúc {at}</source>
        <translation>  Revocation check: per the answer at {at}</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="204"/>
        <source>  Kiểm tra thu hồi: chưa có trả lời CRL/OCSP nào</source>
        <translation>  Revocation check: no CRL/OCSP answer yet</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="205"/>
        <source>tệp PKCS#12</source>
        <translation>PKCS#12 file</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="206"/>
        <source>chưa tìm thấy</source>
        <translation>not found</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="207"/>
        <source>chưa thiết lập</source>
        <translation>not set up</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="271"/>
        <source>Không thể &apos;{action}&apos; khi hồ sơ đang ở trạng thái &apos;{state}&apos;. Thao tác này chỉ dùng khi hồ sơ: {allowed}.</source>
        <translation>The step &apos;{action}&apos; is not possible while the dossier&apos;s status is &apos;{state}&apos;. This step is only for a dossier whose status is: {allowed}.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="272"/>
        <source>Mới</source>
        <translation>New</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="275"/>
        <source>Đang xử lý</source>
        <translation>In progress</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="277"/>
        <source>Chờ thanh toán</source>
        <translation>Awaiting payment</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="278"/>
        <source>Dừng xử lý</source>
        <translation>Processing stopped</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="279"/>
        <source>Đã có kết quả</source>
        <translation>Result ready</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="281"/>
        <source>mới</source>
        <translation>new</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="282"/>
        <source>đã tiếp nhận</source>
        <translation>accepted</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="283"/>
        <source>từ chối</source>
        <translation>refused</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="284"/>
        <source>đang xử lý</source>
        <translation>in progress</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="286"/>
        <source>chờ thanh toán</source>
        <translation>awaiting payment</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="287"/>
        <source>dừng xử lý</source>
        <translation>processing stopped</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="288"/>
        <source>đã có kết quả</source>
        <translation>result ready</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="289"/>
        <source>đã trả kết quả</source>
        <translation>result returned</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="290"/>
        <source>Trực tiếp</source>
        <translation>In person</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="291"/>
        <source>Trực tuyến (hỗ trợ tại quầy)</source>
        <translation>Online (assisted at the counter)</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="292"/>
        <source>Bưu chính công ích</source>
        <translation>Public postal service</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="293"/>
        <source>Tại Bộ phận Một cửa</source>
        <translation>At the one-stop counter</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="294"/>
        <source>Qua dịch vụ bưu chính công ích</source>
        <translation>By public postal service</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="295"/>
        <source>{first}; {rest}</source>
        <translation>{first}; {rest}</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="296"/>
        <source>{first}, {rest}</source>
        <translation>{first}, {rest}</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="297"/>
        <source>có ký tự hoặc cấu trúc không được phép.</source>
        <translation>it has characters or a structure that are not allowed.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="298"/>
        <source>họ và tên</source>
        <translation>full name</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="299"/>
        <source>thiếu dấu @.</source>
        <translation>the @ sign is missing.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="300"/>
        <source>có hai dấu chấm liền nhau.</source>
        <translation>it has two dots in a row.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="301"/>
        <source>không được bắt đầu hoặc kết thúc bằng dấu chấm.</source>
        <translation>it cannot begin or end with a dot.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="302"/>
        <source>không được bắt đầu bằng dấu chấm.</source>
        <translation>it cannot begin with a dot.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="303"/>
        <source>không được kết thúc bằng dấu chấm.</source>
        <translation>it cannot end with a dot.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="304"/>
        <source>tên miền không được bắt đầu bằng dấu gạch ngang.</source>
        <translation>the domain cannot begin with a hyphen.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="305"/>
        <source>dấu chấm và dấu gạch ngang không được đứng liền nhau.</source>
        <translation>a dot and a hyphen cannot stand next to each other.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="306"/>
        <source>có ký tự không được phép (dấu cách, chữ có dấu …) trước dấu @.</source>
        <translation>it has characters that are not allowed (spaces, letters with diacritics …) before the @ sign.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="307"/>
        <source>tên miền không được kết thúc bằng dấu gạch ngang.</source>
        <translation>the domain cannot end with a hyphen.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="308"/>
        <source>thiếu tên miền sau dấu @.</source>
        <translation>the domain after the @ sign is missing.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="309"/>
        <source>thiếu tên trước dấu @.</source>
        <translation>the name before the @ sign is missing.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="310"/>
        <source>tên miền thiếu phần đuôi (ví dụ .vn).</source>
        <translation>the domain has no ending (for example .vn).</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="311"/>
        <source>quá dài.</source>
        <translation>it is too long.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="312"/>
        <source>Nhập số định danh cá nhân (12 chữ số).</source>
        <translation>Enter the personal identification number (12 digits).</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="313"/>
        <source>Số định danh cá nhân chỉ gồm chữ số.</source>
        <translation>The personal identification number has digits only.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="314"/>
        <source>Số CMND 9 số cũ: đề nghị công dân cung cấp số định danh cá nhân 12 số.</source>
        <translation>Old 9-digit ID card number: ask the applicant for the 12-digit personal identification number.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="315"/>
        <source>Số định danh cá nhân phải có 12 chữ số (đang có {count}).</source>
        <translation>The personal identification number must have 12 digits ({count} entered).</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="316"/>
        <source>Ba chữ số đầu ({code}) không phải mã tỉnh nơi đăng ký khai sinh hợp lệ.</source>
        <translation>The first three digits ({code}) are not a valid code of the province of birth registration.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="317"/>
        <source>Chữ số thứ 4 ({digit}) cho giới tính và thế kỷ sinh phải từ 0 đến 7 (người sinh từ năm 1900 đến 2299): kiểm tra lại số định danh.</source>
        <translation>The 4th digit ({digit}), for sex and century of birth, must be 0 to 7 (people born from 1900 to 2299): check the identification number.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="318"/>
        <source>Chữ số thứ 4–6 cho năm sinh {year}, sau năm hiện tại: kiểm tra lại số định danh.</source>
        <translation>Digits 4–6 give the birth year {year}, after the current year: check the identification number.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="319"/>
        <source>Số định danh cho năm sinh {year} nhưng ngày sinh đã nhập là năm {typed}: kiểm tra lại số định danh hoặc ngày sinh.</source>
        <translation>The identification number gives the birth year {year} but the date of birth entered is in {typed}: check the identification number or the date of birth.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="320"/>
        <source>Nữ</source>
        <translation>Female</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="321"/>
        <source>Nam</source>
        <translation>Male</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="322"/>
        <source>Số hộ chiếu gồm 6–12 chữ cái in hoa hoặc chữ số, không có dấu.</source>
        <translation>A passport number has 6–12 capital letters or digits, without diacritics.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="323"/>
        <source>Nhập mã số doanh nghiệp/mã số thuế.</source>
        <translation>Enter the enterprise code/tax code.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="324"/>
        <source>Mã số thuế gồm 10 chữ số; 13 chữ số (10 chữ số, dấu &apos;-&apos; và 3 chữ số) cho chi nhánh, đơn vị phụ thuộc; hoặc 12 chữ số định danh cá nhân của hộ kinh doanh.</source>
        <translation>A tax code has 10 digits; 13 digits (10 digits, a &apos;-&apos; and 3 digits) for a branch or dependent unit; or the 12-digit personal identification number of a household business.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="325"/>
        <source>Chữ số kiểm tra của mã số thuế không khớp: đề nghị đối chiếu lại với giấy tờ.</source>
        <translation>The check digit of the tax code does not match: compare it with the papers again.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="326"/>
        <source>Nhập số điện thoại.</source>
        <translation>Enter the phone number.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="327"/>
        <source>Số điện thoại chỉ gồm chữ số (có thể bắt đầu bằng +84).</source>
        <translation>A phone number has digits only (it may begin with +84).</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="328"/>
        <source>Số điện thoại bắt đầu bằng 0 (hoặc +84), ví dụ 0912345678.</source>
        <translation>A phone number begins with 0 (or +84), for example 0912345678.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="329"/>
        <source>Số điện thoại di động có {length} chữ số (đang có {count}); số cố định có {fixed} chữ số, bắt đầu bằng 02.</source>
        <translation>A mobile number has {length} digits ({count} entered); a landline number has {fixed} digits and begins with 02.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="330"/>
        <source>Đầu số {prefix} chưa được cấp cho mạng di động nào: kiểm tra lại số điện thoại.</source>
        <translation>The prefix {prefix} is not assigned to any mobile network: check the phone number.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="331"/>
        <source>Nhập địa chỉ thư điện tử (ví dụ: ten@example.vn).</source>
        <translation>Enter the email address (for example: ten@example.vn).</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="332"/>
        <source>Năm {year} không hợp lệ: nhập năm đủ bốn chữ số, từ 1900 trở đi.</source>
        <translation>The year {year} is not valid: enter the year in four digits, from 1900 on.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="333"/>
        <source>Ngày sinh không thể sau ngày hôm nay.</source>
        <translation>The date of birth cannot be after today.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="334"/>
        <source>Ngày sinh quá xa (hơn 130 năm trước): kiểm tra lại năm sinh.</source>
        <translation>The date of birth is too far back (more than 130 years ago): check the year of birth.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="335"/>
        <source>Nhập {what}.</source>
        <translation>Enter {what}.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="336"/>
        <source>Nhập {what} không quá {max_length} ký tự.</source>
        <translation>Enter {what} in at most {max_length} characters.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="337"/>
        <source>Không nhập chữ số hoặc ký hiệu trong {what}.</source>
        <translation>Digits or symbols are not allowed in {what}.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="338"/>
        <source>Số tiền chỉ gồm chữ số (đơn vị đồng), ví dụ 50.000.</source>
        <translation>An amount has digits only (in VND), for example 50.000.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="339"/>
        <source>Mã vùng {code} không phải mã vùng điện thoại cố định đang dùng: kiểm tra lại số.</source>
        <translation>{code} is not an area code in use for landlines: check the number.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="340"/>
        <source>Số điện thoại cố định có {length} chữ số kể cả mã vùng (đang có {count}).</source>
        <translation>A landline number has {length} digits including the area code ({count} entered).</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="341"/>
        <source>Địa chỉ thư điện tử không hợp lệ (ví dụ đúng: ten@example.vn): {reason}</source>
        <translation>The email address is not valid (a correct example: ten@example.vn): {reason}</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="342"/>
        <source>Tháng {month} không có: tháng từ 1 đến 12.</source>
        <translation>There is no month {month}: months run from 1 to 12.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="343"/>
        <source>Ngày không hợp lệ: nhập theo dạng ngày/tháng/năm, ví dụ 05/09/1990.</source>
        <translation>The date is not valid: enter it as day/month/year, for example 05/09/1990.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="344"/>
        <source>Mã số thuế 12 chữ số là số định danh cá nhân của chủ hộ kinh doanh: {reason}</source>
        <translation>A 12-digit tax code is the personal identification number of the household business owner: {reason}</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="345"/>
        <source>Tháng {month}/{year} không có ngày {day}: kiểm tra lại ngày.</source>
        <translation>{month}/{year} has no day {day}: check the date.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="363"/>
        <source>Không ghi được tệp {target}: tệp đang bị một chương trình khác giữ (phần mềm diệt virus, trình xem PDF hoặc phần mềm máy quét). Đóng chương trình đó rồi thử lại. Nội dung mới vẫn được giữ trong tệp {kept}.</source>
        <translation>Cannot write the file {target}: another program is holding it (antivirus software, a PDF viewer or the scanner software). Close that program and try again. The new content is kept in the file {kept}.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="364"/>
        <source>Không ghi được nhật ký vào thư mục {folder} ({reason}); nhật ký tạm ghi vào {file}. Báo người hỗ trợ kiểm tra quyền ghi của thư mục đó.</source>
        <translation>Cannot write the log to the folder {folder} ({reason}); the log is written to {file} for now. Ask your support person to check the write permission of that folder.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="365"/>
        <source>Không ghi được nhật ký vào thư mục {folder} ({reason}), cũng không ghi được vào thư mục tạm; Counter vẫn làm việc bình thường nhưng không lưu nhật ký.</source>
        <translation>Cannot write the log to the folder {folder} ({reason}), nor to the temporary folder; Counter works normally but keeps no log.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="366"/>
        <source>Bộ cài đặt Counter trên máy này bị thiếu tệp hoặc hỏng: hãy cài lại Counter (cài đè lên bản đang có; dữ liệu hồ sơ không bị ảnh hưởng).</source>
        <translation>Counter&apos;s installation on this computer has missing or damaged files: reinstall Counter (over the current installation; dossier data is not affected).</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="367"/>
        <source>không phải văn bản UTF-8</source>
        <translation>is not UTF-8 text</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="368"/>
        <source>bị cắt cụt hoặc hỏng ở dòng {line}, cột {column}</source>
        <translation>is truncated or damaged at line {line}, column {column}</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="369"/>
        <source>Tệp {name} của Counter bị rỗng ({where}). {hint}</source>
        <translation>Counter&apos;s file {name} is empty ({where}). {hint}</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="370"/>
        <source>Thiếu tệp {name} của Counter ({where}). {hint}</source>
        <translation>Counter&apos;s file {name} is missing ({where}). {hint}</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="371"/>
        <source>Tệp {name} của Counter {problem} ({where}). {hint}</source>
        <translation>Counter&apos;s file {name} {problem} ({where}). {hint}</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="395"/>
        <source>thiếu mã băm</source>
        <translation>its hash is missing</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="396"/>
        <source>Hệ thống tỉnh xác nhận {count} đầu chuỗi, từ mục #{first} đến mục #{top} (nhận lúc {at}); các mục sau #{top} chỉ được kiểm tra trên máy này.</source>
        <translation>The provincial system confirms {count} chain heads, from entry #{first} to entry #{top} (received at {at}); entries after #{top} were checked on this computer only.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="397"/>
        <source>thời điểm {value} không đọc được</source>
        <translation>its time {value} cannot be read</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="398"/>
        <source>Không đọc được nhật ký kiểm toán: {error}. Cơ sở dữ liệu có thể bị hỏng: chạy &apos;counter check&apos; và khôi phục bản sao lưu gần nhất.</source>
        <translation>Cannot read the audit log: {error}. The database may be damaged: run &apos;counter check&apos; and restore the newest backup.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="399"/>
        <source>Mục #{id} được ký bằng khóa của văn phòng, nhưng máy này không có khóa đó (kho khóa hoặc tệp bí mật): không xác nhận được nhật ký trên máy này.</source>
        <translation>Entry #{id} is signed with the office&apos;s key, but this computer does not have that key (keyring or secrets file): the log cannot be verified on this computer.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="400"/>
        <source>Mục #{id} ({action}, {at}) không có chữ ký khóa của văn phòng: được thêm hoặc tính lại bởi người không có khóa.</source>
        <translation>Entry #{id} ({action}, {at}) is not signed with the office&apos;s key: it was added or recomputed by someone without the key.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="401"/>
        <source>Chuỗi bị đứt trước mục #{id}: một mục trước nó đã bị sửa, chèn hoặc xóa.</source>
        <translation>The chain is broken before entry #{id}: an entry before it was changed, inserted or deleted.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="402"/>
        <source>Các mục cuối của nhật ký đã bị xóa: nhật ký ghi nhận {count} mục, chỉ còn {left}.</source>
        <translation>The last entries of the log were deleted: the log recorded {count} entries, only {left} are left.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="403"/>
        <source>Không hỏi được hệ thống tỉnh: chỉ kiểm tra được trên máy này (một phần cuối bị xóa cùng mốc neo sẽ không thấy).</source>
        <translation>Could not ask the provincial system: checked on this computer only (a tail deleted together with its anchor would not be seen).</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="404"/>
        <source>Hệ thống tỉnh chưa nhận đầu chuỗi nào của nhật ký này (chưa đồng bộ lần nào): chưa có bằng chứng bên ngoài.</source>
        <translation>The provincial system has not received any chain head of this log yet (never synchronised): there is no outside evidence yet.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="405"/>
        <source>Các mục cuối của nhật ký đã bị xóa: hệ thống tỉnh đã nhận mục #{seq} (lúc {at}), trên máy chỉ còn đến mục #{newest}.</source>
        <translation>The last entries of the log were deleted: the provincial system received entry #{seq} (at {at}), this computer only has entries up to #{newest}.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="406"/>
        <source>Mục #{seq} khác với bản hệ thống tỉnh đã nhận lúc {at}: nhật ký đã bị sửa hoặc tính lại.</source>
        <translation>Entry #{seq} differs from the copy the provincial system received at {at}: the log was changed or recomputed.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="407"/>
        <source>dữ liệu &apos;{name}&apos; không phải JSON hợp lệ</source>
        <translation>its &apos;{name}&apos; data is not valid JSON</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="408"/>
        <source>Mục #{id} bị hỏng: {reason}. Mục này không kiểm tra được; chuỗi từ mục này trở đi không còn là bằng chứng.</source>
        <translation>Entry #{id} is damaged: {reason}. This entry cannot be checked; the chain from this entry on is no longer evidence.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="409"/>
        <source>Mục #{id} được ký bằng một khóa khác khóa của văn phòng này: mục bị thêm hoặc tính lại từ nơi khác.</source>
        <translation>Entry #{id} is signed with a key other than this office&apos;s key: the entry was added or recomputed elsewhere.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="410"/>
        <source>Mục #{id} đã bị chèn thêm vào chuỗi: mục #{next} nối với mục trước nó.</source>
        <translation>Entry #{id} was inserted into the chain: entry #{next} links to the entry before it.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="411"/>
        <source>Mục #{id} ({action}, {at}) đã bị sửa: nội dung không khớp mã băm của nó.</source>
        <translation>Entry #{id} ({action}, {at}) was changed: its content does not match its hash.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="412"/>
        <source>Mục {missing} đã bị xóa: mục #{id} không nối với mục #{previous}.</source>
        <translation>Entry {missing} was deleted: entry #{id} does not link to entry #{previous}.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="413"/>
        <source>Mục #{id} đã bị chèn thêm vào chuỗi: mục #{next} nối với một mục trước đó.</source>
        <translation>Entry #{id} was inserted into the chain: entry #{next} links to an earlier entry.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="450"/>
        <source>Hồ sơ {code} vừa được cập nhật ở nơi khác ({what}, {officer}, {at}), sau khi anh/chị mở nó. Trạng thái hiện tại: {status}. Chưa có gì được ghi; hãy xem lại hồ sơ rồi thao tác lại nếu vẫn cần.</source>
        <translation>Dossier {code} was updated elsewhere ({what}, {officer}, {at}) after you opened it. Current status: {status}. Nothing has been recorded; look at the dossier again and repeat the step if it is still needed.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="451"/>
        <source>Hồ sơ {code} vừa được cập nhật ở nơi khác, sau khi anh/chị mở nó. Trạng thái hiện tại: {status}. Chưa có gì được ghi; hãy xem lại hồ sơ rồi thao tác lại nếu vẫn cần.</source>
        <translation>Dossier {code} was updated elsewhere after you opened it. Current status: {status}. Nothing has been recorded; look at the dossier again and repeat the step if it is still needed.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="594"/>
        <source>Chờ tạo đơn</source>
        <translation>Order not yet created</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="595"/>
        <source>Đã tạo đơn, chờ bàn giao</source>
        <translation>Order created, awaiting hand-over</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="596"/>
        <source>Đã giao bưu tá</source>
        <translation>Handed to the postman</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="597"/>
        <source>Bưu điện đã nhận</source>
        <translation>Collected by the post</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="598"/>
        <source>Đang vận chuyển</source>
        <translation>In transit</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="599"/>
        <source>Đã phát thành công</source>
        <translation>Delivered</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="600"/>
        <source>Chuyển hoàn về quầy</source>
        <translation>Returned to the counter</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="601"/>
        <source>Đã hủy</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="602"/>
        <source>Bị bưu điện từ chối</source>
        <translation>Rejected by the post</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="603"/>
        <source>chờ tạo đơn</source>
        <translation>order not yet created</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="604"/>
        <source>đã tạo đơn, chờ bàn giao</source>
        <translation>order created, awaiting hand-over</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="605"/>
        <source>đã giao bưu tá</source>
        <translation>handed to the postman</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="606"/>
        <source>bưu điện đã nhận</source>
        <translation>collected by the post</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="607"/>
        <source>đang vận chuyển</source>
        <translation>in transit</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="608"/>
        <source>đã phát thành công</source>
        <translation>delivered</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="609"/>
        <source>chuyển hoàn về quầy</source>
        <translation>returned to the counter</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="610"/>
        <source>đã hủy</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="611"/>
        <source>bị bưu điện từ chối</source>
        <translation>rejected by the post</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="612"/>
        <source>Bưu điện nhận đơn, mã vận đơn {code}</source>
        <translation>The post office took the order, waybill {code}</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="613"/>
        <source>Chờ bàn giao bưu tá</source>
        <translation>To hand to the postman</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="614"/>
        <source>Đang chuyển phát</source>
        <translation>In delivery</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="615"/>
        <source>Đã phát</source>
        <translation>Delivered</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="616"/>
        <source>Cần xử lý</source>
        <translation>Needs attention</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="617"/>
        <source>{note} (cán bộ cập nhật: {officer})</source>
        <translation>{note} (updated by officer {officer})</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="618"/>
        <source>Chưa thiết lập dịch vụ bưu chính: không hủy được đơn đã tạo.</source>
        <translation>The postal service is not set up: an order already created cannot be cancelled.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="619"/>
        <source>Ngày {day} không có bưu gửi nào bàn giao cho bưu tá.</source>
        <translation>No parcel was handed to the postman on {day}.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="620"/>
        <source>Không có bưu gửi nào cho {code}.</source>
        <translation>There is no parcel for {code}.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="621"/>
        <source>Phát thành công, mã vận đơn {code}</source>
        <translation>Delivered, waybill number {code}</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="622"/>
        <source>Mã vận đơn gồm 8–20 chữ và số, ví dụ EB123456789VN.</source>
        <translation>A waybill number has 8–20 letters and digits, for example EB123456789VN.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="623"/>
        <source>Không có bưu gửi này.</source>
        <translation>This parcel does not exist.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="624"/>
        <source>Bưu gửi đang &apos;{state}&apos;: không nhập mã vận đơn được nữa.</source>
        <translation>The parcel is &apos;{state}&apos;: its waybill number can no longer be entered.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="625"/>
        <source>Chọn: đang vận chuyển, đã phát thành công hoặc chuyển hoàn.</source>
        <translation>Choose: in transit, delivered or returned to sender.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="626"/>
        <source>Bưu gửi đang &apos;{state}&apos;: chỉ cập nhật được bưu gửi đã giao bưu tá.</source>
        <translation>The parcel is &apos;{state}&apos;: only parcels handed to the postman can be updated.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="627"/>
        <source>Chọn ít nhất một bưu gửi để bàn giao.</source>
        <translation>Choose at least one parcel to hand over.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="628"/>
        <source>Chỉ bàn giao được bưu gửi đã có mã vận đơn và chưa giao: {numbers}</source>
        <translation>Only parcels with a waybill number that are not yet handed over can be handed over: {numbers}</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="629"/>
        <source>Bưu gửi đang &apos;{state}&apos;: không hủy được nữa.</source>
        <translation>The parcel is &apos;{state}&apos;: it can no longer be cancelled.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="630"/>
        <source>Chỉ gửi lại được bưu gửi bị chuyển hoàn, bị từ chối hoặc đã hủy.</source>
        <translation>Only a parcel returned to sender, rejected or cancelled can be sent again.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="631"/>
        <source>Không có bưu gửi số {number}.</source>
        <translation>There is no parcel number {number}.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="632"/>
        <source>Không có danh sách bàn giao bưu gửi số {number}.</source>
        <translation>There is no parcel hand-over list number {number}.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="633"/>
        <source>Đã phát kết quả qua bưu chính (mã vận đơn {code})</source>
        <translation>Result delivered by the postal service (waybill number {code})</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="634"/>
        <source>Nhập mã vận đơn {code} bằng tay</source>
        <translation>Waybill number {code} entered by hand</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="635"/>
        <source>Đã hủy đơn</source>
        <translation>Order cancelled</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="636"/>
        <source>Giao bưu tá {postman} theo danh sách {number}</source>
        <translation>Handed to postman {postman} with list {number}</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="637"/>
        <source>Hủy trước khi tạo đơn</source>
        <translation>Cancelled before the order was created</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="638"/>
        <source>Mã vận đơn {code}</source>
        <translation>Waybill number {code}</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="639"/>
        <source>Chưa có mã vận đơn</source>
        <translation>No waybill number yet</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="640"/>
        <source>không có</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="641"/>
        <source>Lập đơn gửi bưu chính</source>
        <translation>Postal order created</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="642"/>
        <source>Chuyển xử lý hôm nay</source>
        <translation>To forward today</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="643"/>
        <source>Sắp đến hạn</source>
        <translation>Due soon</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="644"/>
        <source>Có kết quả, chờ trả</source>
        <translation>Result ready to return</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="645"/>
        <source>Bản quét chưa ký số</source>
        <translation>Scans not yet signed</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="646"/>
        <source>Còn {hours} giờ làm việc</source>
        <translation>{hours} working hours left</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="647"/>
        <source>Trễ {days} ngày làm việc</source>
        <translation>{days} working days late</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="648"/>
        <source>{count} bản quét chưa ký</source>
        <translation>{count} unsigned scan(s)</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="649"/>
        <source>Trễ hạn chuyển — hạn {due}</source>
        <translation>Forwarding late — due {due}</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="650"/>
        <source>Chuyển trước {due}</source>
        <translation>Forward before {due}</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="651"/>
        <source>Trả qua bưu chính</source>
        <translation>Return by post</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="652"/>
        <source>Trả tại quầy</source>
        <translation>Return at the counter</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="653"/>
        <source>Hạn bổ sung {day}</source>
        <translation>Supplement due {day}</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="654"/>
        <source>Tiếp nhận</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="655"/>
        <source>Đủ điều kiện giải quyết</source>
        <translation>Accepted for processing</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="678"/>
        <source>Thông báo gốc của chương trình (tiếng Anh, cho người hỗ trợ): «{said}».</source>
        <translation>The program&apos;s original message (in English, for your support person): «{said}».</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="679"/>
        <source>mã thoát {code}</source>
        <translation>exit code {code}</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="680"/>
        <source>Hồ sơ: {dossiers}; lịch sử trạng thái: {steps} bước của {with_history} hồ sơ; nhật ký kiểm toán: {audited} hồ sơ được tiếp nhận.</source>
        <translation>Dossiers: {dossiers}; status history: {steps} steps of {with_history} dossiers; audit log: {audited} dossiers received.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="681"/>
        <source>Cần chương trình {name} (gói postgresql-client) để sao lưu PostgreSQL: sudo apt-get install postgresql-client.</source>
        <translation>The program {name} (package postgresql-client) is needed to back up PostgreSQL: sudo apt-get install postgresql-client.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="682"/>
        <source>Cơ sở dữ liệu đích không trống: khôi phục vào một cơ sở dữ liệu mới (createdb), không ghi đè dữ liệu đang có.</source>
        <translation>The target database is not empty: restore into a new database (createdb); existing data is never overwritten.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="683"/>
        <source>Bản sao lưu này được mã hóa: cần cụm mật khẩu (passphrase) đã dùng khi sao lưu.</source>
        <translation>This backup is encrypted: the passphrase used when backing up is needed.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="684"/>
        <source>không đọc được: {reason}</source>
        <translation>cannot be read: {reason}</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="685"/>
        <source>{codes} và {more} hồ sơ khác</source>
        <translation>{codes} and {more} other dossiers</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="686"/>
        <source>{count} hồ sơ có trong nhật ký kiểm toán nhưng không còn trong cơ sở dữ liệu (đã bị xóa ngoài phần mềm): {codes}.</source>
        <translation>{count} dossiers are in the audit log but no longer in the database (deleted outside the software): {codes}.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="687"/>
        <source>{steps} bước lịch sử của {dossiers} hồ sơ không còn hồ sơ tương ứng (hồ sơ đã bị xóa ngoài phần mềm).</source>
        <translation>{steps} history steps of {dossiers} dossiers no longer have their dossier (the dossier was deleted outside the software).</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="688"/>
        <source>{count} hồ sơ không có lịch sử trạng thái nào (được thêm ngoài phần mềm, hoặc lịch sử đã bị xóa).</source>
        <translation>{count} dossiers have no status history at all (added outside the software, or the history was deleted).</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="689"/>
        <source>pg_dump không sao lưu được. {said}</source>
        <translation>pg_dump could not make the backup. {said}</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="690"/>
        <source>Cơ sở dữ liệu đích chưa dùng được. {reason} Nếu nó chưa có, tạo trước bằng createdb.</source>
        <translation>The target database cannot be used yet. {reason} If it does not exist yet, create it first with createdb.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="691"/>
        <source>Tệp {path} không phải bản sao lưu PostgreSQL đọc được. {said}</source>
        <translation>The file {path} is not a readable PostgreSQL backup. {said}</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="692"/>
        <source>pg_restore không khôi phục được; cơ sở dữ liệu đích không được dùng. {said}</source>
        <translation>pg_restore could not restore; the target database is not used. {said}</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="693"/>
        <source>Cụm mật khẩu không đúng, hoặc tệp sao lưu đã bị sửa.</source>
        <translation>The passphrase is wrong, or the backup file was altered.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="694"/>
        <source>kiểm tra toàn vẹn báo lỗi: {result}</source>
        <translation>fails the integrity check: {result}</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="695"/>
        <source>không phải cơ sở dữ liệu Counter</source>
        <translation>is not a Counter database</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="696"/>
        <source>Không khôi phục: bản sao lưu {path} {verdict}. Cơ sở dữ liệu hiện tại được giữ nguyên.</source>
        <translation>Not restored: the backup {path} {verdict}. The current database is left as it is.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="697"/>
        <source>Không khôi phục: bản sao lưu {path} là của cơ quan khác — {their_name} (mã {their_code}), còn cơ sở dữ liệu này là của {our_name} (mã {our_code}). Cơ sở dữ liệu hiện tại được giữ nguyên. Nếu thật sự muốn thay bằng dữ liệu của cơ quan kia, chạy lại lệnh với --other-office.</source>
        <translation>Not restored: the backup {path} belongs to another agency — {their_name} (code {their_code}), while this database belongs to {our_name} (code {our_code}). The current database is left as it is. If you really want to replace it with the other agency&apos;s data, run the command again with --other-office.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="703"/>
        <source>Danh mục hiện tại: {version}.</source>
        <translation>Current catalogue: {version}.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="704"/>
        <source>Đồng hồ máy tính nhanh {minutes} phút so với giờ chuẩn (đo lúc {measured}): chỉnh lại ngày giờ của máy (hoặc bật đồng bộ giờ tự động) rồi ký lại.</source>
        <translation>This computer&apos;s clock is {minutes} minutes fast compared with the standard time (measured at {measured}): correct the computer&apos;s date and time (or turn on automatic time synchronisation), then sign again.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="705"/>
        <source>Đồng hồ máy tính đang chỉ {now}, sớm hơn thời điểm đã ghi trong hệ thống ({newest}): chỉnh lại ngày giờ của máy rồi ký lại.</source>
        <translation>This computer&apos;s clock shows {now}, earlier than a time already recorded in the system ({newest}): correct the computer&apos;s date and time, then sign again.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="706"/>
        <source>Tệp không chứa chứng thư số nào.</source>
        <translation>The file contains no certificate.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="707"/>
        <source>Chưa tìm thấy trình điều khiển token trên máy này: cài phần mềm token của nhà cung cấp chữ ký số (CA), hoặc chọn tệp thư viện PKCS#11 trong Thiết lập → Chữ ký số.</source>
        <translation>No token driver was found on this computer: install the token software of your digital signature provider (CA), or choose the PKCS#11 library file in Settings → Digital signature.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="708"/>
        <source>Nhập mã PIN (hoặc mật khẩu tệp chữ ký số).</source>
        <translation>Enter the PIN (or the password of the signature file).</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="709"/>
        <source>Đồng hồ máy tính chậm {minutes} phút so với giờ chuẩn (đo lúc {measured}): chỉnh lại ngày giờ của máy (hoặc bật đồng bộ giờ tự động) rồi ký lại.</source>
        <translation>This computer&apos;s clock is {minutes} minutes slow compared with the standard time (measured at {measured}): correct the computer&apos;s date and time (or turn on automatic time synchronisation), then sign again.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="710"/>
        <source>Hồ sơ {code} còn {count} bản quét chưa ký số ({files}): ký số các bản quét trước khi chuyển (NĐ 118/2025, Điều 17.1.c).</source>
        <translation>Dossier {code} still has {count} unsigned scan(s) ({files}): sign the scans before forwarding (Decree 118/2025, Article 17.1.c).</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="711"/>
        <source>Chưa ký số.</source>
        <translation>Not signed.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="712"/>
        <source>Tệp đã ký trong kho lưu trữ không còn khớp mã băm đã ghi: bị sửa trên đĩa.</source>
        <translation>The signed file in storage no longer matches its recorded hash: it was altered on disk.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="713"/>
        <source>{detail} Chữ ký của {signer}: {other}</source>
        <translation>{detail} Signature of {signer}: {other}</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="714"/>
        <source>Chưa kiểm tra chữ ký.</source>
        <translation>Signature not checked yet.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="715"/>
        <source>Địa chỉ máy chủ cấp dấu thời gian phải bắt đầu bằng http:// hoặc https://.</source>
        <translation>The timestamp server&apos;s address must start with http:// or https://.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="716"/>
        <source>Tệp không chứa chứng thư số (PEM hoặc DER) đọc được.</source>
        <translation>The file contains no readable certificate (PEM or DER).</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="717"/>
        <source>Chưa chọn tệp chữ ký số (.p12/.pfx) trong Thiết lập → Chữ ký số.</source>
        <translation>No signature file (.p12/.pfx) has been chosen in Settings → Digital signature.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="718"/>
        <source>Không đọc được bản đã ký ({reason}) tại {path}: khôi phục từ bản sao lưu.</source>
        <translation>Cannot read the signed copy ({reason}) at {path}: restore it from the backup.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="719"/>
        <source>Lỗi khi gắn dấu thời gian: {error}</source>
        <translation>Error while adding the timestamp: {error}</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="720"/>
        <source>Số quầy {slot}</source>
        <translation>Counter slot {slot}</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="721"/>
        <source>Số quầy {slot} đang bị trùng: {conflict}</source>
        <translation>Counter slot {slot} clashes: {conflict}</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="722"/>
        <source>Chưa có số quầy: chưa cấp được mã hồ sơ. Kết nối máy chủ tỉnh để được cấp số, hoặc chọn số quầy trong Thiết lập.</source>
        <translation>No counter slot yet: no dossier code can be issued. Connect to the provincial server to be assigned one, or choose a counter slot in Settings.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="723"/>
        <source>Số quầy {slot} (do máy chủ tỉnh cấp)</source>
        <translation>Counter slot {slot} (assigned by the provincial server)</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="724"/>
        <source>Số quầy {slot} (do quản trị chọn, chờ máy chủ tỉnh xác nhận)</source>
        <translation>Counter slot {slot} (chosen by the administrator, awaiting the provincial server&apos;s confirmation)</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="725"/>
        <source>Chưa cấp mã hồ sơ: số quầy {slot} trùng với một máy khác của cơ quan ({conflict}). Quản trị vào Thiết lập → Số quầy để nhận số khác từ máy chủ tỉnh hoặc chọn số khác; hồ sơ đang nhập được giữ nguyên.</source>
        <translation>No dossier code issued: counter slot {slot} clashes with another computer of the agency ({conflict}). An administrator can go to Settings → Counter slot to get another slot from the provincial server or choose another one; the dossier being entered is kept.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="726"/>
        <source>Chưa cấp mã hồ sơ: máy này chưa có số quầy (để hai máy của cùng cơ quan không bao giờ cấp trùng mã). Kết nối máy chủ tỉnh một lần để được cấp số quầy, hoặc quản trị chọn số quầy trong Thiết lập → Số quầy. Hồ sơ đang nhập được giữ nguyên.</source>
        <translation>No dossier code issued: this computer has no counter slot yet (so that two computers of the same agency never issue the same code). Connect to the provincial server once to be assigned a counter slot, or have an administrator choose one in Settings → Counter slot. The dossier being entered is kept.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="727"/>
        <source>Số quầy là một chữ số từ 1 đến 9.</source>
        <translation>The counter slot is one digit from 1 to 9.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="728"/>
        <source>Xác nhận đã kiểm tra: không máy nào khác của cơ quan đang dùng số quầy này.</source>
        <translation>Confirm that you have checked: no other computer of the agency uses this counter slot.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="729"/>
        <source>Thiếu danh sách đơn vị hành chính (units/units-*.json). {hint}</source>
        <translation>The list of administrative units (units/units-*.json) is missing. {hint}</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="730"/>
        <source>Tệp units/{name} của Counter không đúng định dạng counter-units/1. {hint}</source>
        <translation>Counter&apos;s file units/{name} is not in the counter-units/1 format. {hint}</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="731"/>
        <source>Mã truy cập của quầy</source>
        <translation>This counter&apos;s access token</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="732"/>
        <source>Khóa API bưu chính</source>
        <translation>Postal API key</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="733"/>
        <source>Nguồn khóa ký</source>
        <translation>Signing key source</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="734"/>
        <source>Thư viện PKCS#11</source>
        <translation>PKCS#11 library</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="735"/>
        <source>Tệp PKCS#12</source>
        <translation>PKCS#12 file</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="736"/>
        <source>Thư mục máy quét</source>
        <translation>Scanner folder</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="737"/>
        <source>Thời hạn bổ sung (ngày)</source>
        <translation>Supplement deadline (days)</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="738"/>
        <source>Báo sắp đến hạn trước (giờ làm việc)</source>
        <translation>Warn of due dates ahead (working hours)</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="739"/>
        <source>Tự khóa màn hình sau (phút)</source>
        <translation>Lock the screen after (minutes)</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="740"/>
        <source>Máy chủ đồng bộ của tỉnh</source>
        <translation>Provincial sync server</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="741"/>
        <source>Tệp chứng chỉ gốc (CA)</source>
        <translation>CA certificate file</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="742"/>
        <source>Tỉnh, thành phố của cơ quan</source>
        <translation>The office&apos;s province or city</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="743"/>
        <source>Xã, phường của cơ quan</source>
        <translation>The office&apos;s commune or ward</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="744"/>
        <source>Dịch vụ bưu chính</source>
        <translation>Postal service</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="745"/>
        <source>Mã khách hàng bưu chính</source>
        <translation>Postal customer code</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="746"/>
        <source>Cước trong tỉnh (đồng)</source>
        <translation>Postage within the province (VND)</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="747"/>
        <source>Cước ngoài tỉnh (đồng)</source>
        <translation>Postage to other provinces (VND)</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="748"/>
        <source>Máy chủ dấu thời gian (TSA)</source>
        <translation>Timestamp server (TSA)</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="749"/>
        <source>Cho chuyển khi bản quét chưa ký trong (giờ)</source>
        <translation>Allow forwarding unsigned scans for (hours)</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="750"/>
        <source>Ký số ngay khi đính kèm (khi đã mở khóa ký trong phiên)</source>
        <translation>Sign at attach time (once the key is unlocked in this session)</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="751"/>
        <source>Chứng thư gốc tin cậy</source>
        <translation>Trusted root certificates</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="752"/>
        <source>Thời hạn bổ sung từ 1 đến 90 ngày.</source>
        <translation>The supplement deadline is from 1 to 90 days.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="753"/>
        <source>Ngưỡng &apos;sắp đến hạn&apos; từ 0,5 đến 80 giờ làm việc.</source>
        <translation>The &apos;due soon&apos; threshold is from 0.5 to 80 working hours.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="754"/>
        <source>Tự khóa màn hình sau 1 đến 240 phút không thao tác.</source>
        <translation>The screen locks after 1 to 240 minutes without activity.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="755"/>
        <source>Thời gian cho phép chuyển khi chưa ký từ 0 đến 720 giờ.</source>
        <translation>The time allowed for forwarding unsigned scans is from 0 to 720 hours.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="756"/>
        <source>Ban Cơ yếu Chính phủ (CA chuyên dùng Chính phủ)</source>
        <translation>Government Cipher Committee (Government CA)</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="757"/>
        <source>Token ePass2003 (Feitian), dùng bởi nhiều CA</source>
        <translation>ePass2003 token (Feitian), used by several CAs</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="758"/>
        <source>Token SafeNet eToken, dùng bởi nhiều CA</source>
        <translation>SafeNet eToken, used by several CAs</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="759"/>
        <source>Chứng thư số của {name} (số hiệu {serial}) không dùng để ký số: thiếu mục đích ký số (digitalSignature hoặc nonRepudiation) — có thể đây là chứng thư mã hóa hay xác thực. Dùng chứng thư ký số cá nhân do CA cấp.</source>
        <translation>The certificate of {name} (serial {serial}) is not for signing: it lacks the signing usage (digitalSignature or nonRepudiation) — it may be an encryption or authentication certificate. Use a personal signing certificate issued by a CA.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="760"/>
        <source>Chứng thư số của {name} đã hết hạn ngày {end}: liên hệ nhà cung cấp chữ ký số (CA) để gia hạn, hoặc kiểm tra ngày giờ của máy tính.</source>
        <translation>The certificate of {name} expired on {end}: contact your digital signature provider (CA) to renew it, or check the computer&apos;s date and time.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="761"/>
        <source>Đồng hồ máy tính đang chỉ {now}, trước ngày chứng thư số có hiệu lực ({start}): chỉnh lại ngày giờ của máy rồi ký lại.</source>
        <translation>This computer&apos;s clock shows {now}, before the certificate becomes valid ({start}): correct the computer&apos;s date and time, then sign again.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="762"/>
        <source>tệp {name}</source>
        <translation>file {name}</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="763"/>
        <source>{name} — số hiệu {serial}, hiệu lực {start}–{end} (token {token})</source>
        <translation>{name} — serial {serial}, valid {start}–{end} (token {token})</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="764"/>
        <source>Không làm việc được với token (đã bị rút ra hoặc không trả lời): cắm lại token rồi thực hiện lại. ({error})</source>
        <translation>Cannot work with the token (it was removed or does not answer): plug the token in again and repeat the action. ({error})</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="765"/>
        <source>Token có {count} chứng thư số dùng để ký được: chọn chứng thư của mình trong danh sách ({certificates}).</source>
        <translation>The token holds {count} certificates that can sign: choose yours from the list ({certificates}).</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="766"/>
        <source>Tệp {name} không có khóa ký và chứng thư số đi kèm.</source>
        <translation>File {name} has no signing key with its certificate.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="767"/>
        <source>Không làm việc được với token (đã bị rút ra hoặc không trả lời): cắm lại token rồi thực hiện lại.</source>
        <translation>Cannot work with the token (it was removed or does not answer): plug the token in again and repeat the action.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="768"/>
        <source>Chưa cắm token chữ ký số (không thấy token nào): cắm token vào máy rồi thử lại.</source>
        <translation>No signature token is plugged in (none found): plug the token into the computer and try again.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="769"/>
        <source>Token không có chứng thư số nào đi kèm khóa ký: token trắng hoặc chưa được CA nạp chứng thư. Liên hệ nhà cung cấp chữ ký số.</source>
        <translation>The token holds no certificate with a signing key: the token is blank or the CA has not loaded a certificate onto it. Contact your digital signature provider.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="770"/>
        <source>Token không còn chứng thư số hiệu {serial} đã chọn: chọn lại chứng thư.</source>
        <translation>The token no longer holds the chosen certificate (serial {serial}): choose the certificate again.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="771"/>
        <source>{first} {rest}</source>
        <translation>{first} {rest}</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="772"/>
        <source>Không đọc được tệp chữ ký số {path} ({reason}): kiểm tra đường dẫn trong Thiết lập.</source>
        <translation>Cannot read the signature file {path} ({reason}): check the path in Settings.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="773"/>
        <source>Mật khẩu của tệp chữ ký số {name} không đúng. Counter không tự thử lại: kiểm tra kỹ rồi nhập lại.</source>
        <translation>The password of the signature file {name} is wrong. Counter does not try again by itself: check carefully and enter it again.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="774"/>
        <source>Không có chứng thư số nào trên token dùng để ký được: {reasons}</source>
        <translation>No certificate on the token can be used for signing: {reasons}</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="775"/>
        <source>Mã PIN của token không đúng. Chỉ còn MỘT lần thử trước khi token bị khóa. Counter không tự thử lại: kiểm tra kỹ (phân biệt chữ hoa, chữ thường) rồi nhập lại.</source>
        <translation>The token&apos;s PIN is wrong. Only ONE try is left before the token locks. Counter does not try again by itself: check carefully (upper and lower case differ) and enter it again.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="776"/>
        <source>Token đã bị khóa do nhập sai PIN nhiều lần: liên hệ nhà cung cấp chữ ký số (CA) để mở khóa.</source>
        <translation>The token is locked after too many wrong PINs: contact your digital signature provider (CA) to unlock it.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="777"/>
        <source>Mã PIN không hợp lệ (độ dài hoặc ký tự): kiểm tra rồi nhập lại.</source>
        <translation>The PIN is not valid (length or characters): check it and enter it again.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="778"/>
        <source>Tệp {name} không phải tệp chữ ký số PKCS#12 (.p12/.pfx).</source>
        <translation>File {name} is not a PKCS#12 signature file (.p12/.pfx).</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="779"/>
        <source>Không thấy trình điều khiển token (thư viện PKCS#11) tại {path}: cài phần mềm token của nhà cung cấp chữ ký số, hoặc chọn đúng tệp trong Thiết lập → Chữ ký số.</source>
        <translation>No token driver (PKCS#11 library) at {path}: install the token software of your digital signature provider, or choose the right file in Settings → Digital signature.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="780"/>
        <source>Mã PIN của token không đúng. Token đã ghi nhận lần nhập sai; còn ít lần thử. Counter không tự thử lại: kiểm tra kỹ (phân biệt chữ hoa, chữ thường) rồi nhập lại.</source>
        <translation>The token&apos;s PIN is wrong. The token has counted the wrong try; few tries are left. Counter does not try again by itself: check carefully (upper and lower case differ) and enter it again.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="781"/>
        <source>Mã PIN của token không đúng. Counter không tự thử lại: kiểm tra kỹ (phân biệt chữ hoa, chữ thường) rồi nhập lại.</source>
        <translation>The token&apos;s PIN is wrong. Counter does not try again by itself: check carefully (upper and lower case differ) and enter it again.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="782"/>
        <source>Không nạp được thư viện PKCS#11 {path} ({error}): tệp này không phải trình điều khiển token, hoặc không hợp với máy (32/64 bit).</source>
        <translation>Cannot load the PKCS#11 library {path} ({error}): the file is not a token driver, or does not suit this computer (32/64 bit).</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="783"/>
        <source>Hợp lệ</source>
        <translation>Valid</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="784"/>
        <source>Hợp lệ, chưa gắn dấu thời gian</source>
        <translation>Valid, not yet timestamped</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="785"/>
        <source>Chứng thư số đã hết hạn</source>
        <translation>Certificate expired</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="786"/>
        <source>Chứng thư số đã bị thu hồi</source>
        <translation>Certificate revoked</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="787"/>
        <source>Bị thay đổi sau khi ký</source>
        <translation>Changed after signing</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="788"/>
        <source>Chữ ký không hợp lệ</source>
        <translation>Invalid signature</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="789"/>
        <source>Chưa ký số</source>
        <translation>Not signed</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="790"/>
        <source>Chữ ký hợp lệ, có dấu thời gian.</source>
        <translation>Valid signature, with a timestamp.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="791"/>
        <source>Tệp PDF có đặt mật khẩu (mã hóa): xin bản không mã hóa rồi đính kèm lại.</source>
        <translation>The PDF file is password-protected (encrypted): ask for an unencrypted copy and attach it again.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="792"/>
        <source>Tệp đã được chứng thực và khóa lại, không cho thêm chữ ký nào: xin bản chưa khóa, hoặc quét bản giấy rồi đính kèm bản quét.</source>
        <translation>The file is certified and locked against any further signature: ask for an unlocked copy, or scan the paper copy and attach the scan.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="793"/>
        <source>Tệp chưa có chữ ký số để gắn dấu thời gian.</source>
        <translation>The file has no digital signature to timestamp.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="794"/>
        <source>Nội dung tệp không khớp với chữ ký: tệp đã bị sửa (dù chỉ một byte) sau khi ký.</source>
        <translation>The file&apos;s content does not match the signature: the file was altered (even if by a single byte) after signing.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="795"/>
        <source>Chữ ký không đúng về mật mã (khóa không khớp chứng thư).</source>
        <translation>The signature is cryptographically wrong (the key does not match the certificate).</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="796"/>
        <source>Chứng thư số của người ký đã bị thu hồi từ {at}.</source>
        <translation>The signer&apos;s certificate was revoked at {at}.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="797"/>
        <source>Chứng thư số hết hạn ngày {end} và chữ ký chưa có dấu thời gian chứng minh đã ký khi chứng thư còn hiệu lực.</source>
        <translation>The certificate expired on {end} and the signature has no timestamp proving it was made while the certificate was valid.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="798"/>
        <source>Chữ ký ghi thời điểm trước ngày chứng thư có hiệu lực ({start}).</source>
        <translation>The signature is dated before the certificate became valid ({start}).</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="799"/>
        <source>Chứng thư số không do tổ chức cung cấp dịch vụ chứng thực tin cậy cấp ({indic}): kiểm tra danh sách chứng thư gốc trong Thiết lập.</source>
        <translation>The certificate was not issued by a trusted certification service provider ({indic}): check the list of root certificates in Settings.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="800"/>
        <source>Tệp đã bị thay đổi nội dung sau khi ký (thêm hoặc sửa trang, chú thích).</source>
        <translation>The file&apos;s content was changed after signing (pages or annotations added or edited).</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="801"/>
        <source>Chữ ký hợp lệ; chưa có dấu thời gian (sẽ gắn khi có mạng).</source>
        <translation>Valid signature; no timestamp yet (it will be added when the network is available).</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="802"/>
        <source>Chữ ký hợp lệ, có dấu thời gian và dữ liệu kiểm tra dài hạn.</source>
        <translation>Valid signature, with a timestamp and long-term validation data.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="803"/>
        <source>Không đọc được tệp PDF ({error}): tệp hỏng hoặc không phải PDF.</source>
        <translation>Cannot read the PDF file ({error}): the file is damaged or not a PDF.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="804"/>
        <source>Chứng thư số của người ký đã bị thu hồi: không gắn dấu thời gian cho chữ ký này.</source>
        <translation>The signer&apos;s certificate has been revoked: no timestamp is added to this signature.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="805"/>
        <source>Chứng thư số của người ký đã hết hạn trước khi gắn được dấu thời gian: chữ ký giữ mức B-B.</source>
        <translation>The signer&apos;s certificate expired before a timestamp could be added: the signature stays at level B-B.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="806"/>
        <source>Không xác minh được chứng thư của người ký ({error}): kiểm tra danh sách chứng thư gốc tin cậy.</source>
        <translation>Cannot verify the signer&apos;s certificate ({error}): check the list of trusted root certificates.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="807"/>
        <source>Dấu thời gian của {url} không xác minh được ({error}): thêm chứng thư gốc của máy chủ cấp dấu thời gian vào danh sách tin cậy.</source>
        <translation>The timestamp from {url} cannot be verified ({error}): add the timestamp server&apos;s root certificate to the trusted list.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="808"/>
        <source>Không lấy được dấu thời gian từ {url}: {error}</source>
        <translation>Cannot get a timestamp from {url}: {error}</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="809"/>
        <source>Không kiểm tra được chữ ký ({error}).</source>
        <translation>Cannot check the signature ({error}).</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="810"/>
        <source>Chứng thư số của người ký đã bị thu hồi.</source>
        <translation>The signer&apos;s certificate has been revoked.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="811"/>
        <source>Chứng thư số không do tổ chức cung cấp dịch vụ chứng thực tin cậy cấp: kiểm tra danh sách chứng thư gốc trong Thiết lập.</source>
        <translation>The certificate was not issued by a trusted certification service provider: check the list of root certificates in Settings.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="812"/>
        <source>Không ký được tệp: {error}</source>
        <translation>Cannot sign the file: {error}</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="813"/>
        <source>Không đọc được chữ ký trong tệp ({error}).</source>
        <translation>Cannot read the signatures in the file ({error}).</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="814"/>
        <source>Bản quét {name} có {pages} trang, quá giới hạn {limit} trang cho một tệp: quét tách theo từng thành phần hồ sơ rồi đính kèm từng tệp.</source>
        <translation>Scan {name} has {pages} pages, over the limit of {limit} pages per file: scan each document of the dossier separately and attach each file.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="815"/>
        <source>Tệp {name} không có trang nào.</source>
        <translation>File {name} has no pages.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="816"/>
        <source>Chưa chọn tệp bản quét nào.</source>
        <translation>No scan file chosen.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="817"/>
        <source>Chỉ ghép được nhiều ảnh thành một tài liệu; tệp PDF đính kèm riêng từng tệp.</source>
        <translation>Only several images can be combined into one document; attach PDF files one by one.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="818"/>
        <source>Tệp {name} không phải PDF đọc được (hỏng hoặc bị cắt): quét lại.</source>
        <translation>File {name} is not a readable PDF (damaged or cut off): scan it again.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="819"/>
        <source>Tệp {name} không phải ảnh đọc được (hỏng, bị cắt hoặc sai định dạng): quét lại rồi đính kèm lại.</source>
        <translation>File {name} is not a readable image (damaged, cut off or in the wrong format): scan it again and attach it again.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="820"/>
        <source>gồm {count} ảnh</source>
        <translation>of {count} images</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="821"/>
        <source>Không chuyển được ảnh {name} sang PDF ({error}): quét lại dạng JPEG hoặc PNG.</source>
        <translation>Cannot convert image {name} to PDF ({error}): scan it again as JPEG or PNG.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="822"/>
        <source>Cơ sở dữ liệu {path} chỉ cho đọc ({why}): Counter mở ở chế độ chỉ xem để tra cứu hồ sơ, không tiếp nhận hay ghi được gì. Nhờ quản trị viên cho phép ghi tệp này (quyền của tệp và thư mục, ổ đĩa), rồi mở lại Counter.</source>
        <translation>The database {path} is read-only ({why}): Counter opens in view-only mode to look up dossiers and cannot receive or write anything. Ask the administrator to allow writing to this file (permissions of the file and folder, the disk), then reopen Counter.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="823"/>
        <source>Cơ sở dữ liệu {where} do một phiên bản Counter mới hơn tạo ra (lược đồ dữ liệu {revision}). Counter {version} trên máy này không mở được nó. Hãy cài phiên bản Counter mới nhất, giống các máy khác trong cơ quan. Dữ liệu được giữ nguyên: chưa có gì bị thay đổi.</source>
        <translation>The database {where} was created by a newer version of Counter (data schema {revision}). Counter {version} on this computer cannot open it. Install the newest version of Counter, like the other computers of the agency. The data is left as it is: nothing has been changed.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="824"/>
        <source>Cơ sở dữ liệu {path} chỉ cho đọc ({why}), mà dữ liệu cần được nâng cấp lên phiên bản mới trước khi dùng. Nhờ quản trị viên cho phép ghi tệp này rồi mở lại Counter.</source>
        <translation>The database {path} is read-only ({why}), but its data must be upgraded to the new version before use. Ask the administrator to allow writing to this file, then reopen Counter.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="825"/>
        <source>tệp chỉ đọc hoặc bị khóa không cho sửa (immutable)</source>
        <translation>the file is read-only or locked against changes (immutable)</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="826"/>
        <source>thư mục chứa tệp chỉ đọc</source>
        <translation>the folder holding the file is read-only</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="827"/>
        <source>Counter trên máy này chưa có phần kết nối PostgreSQL. Người quản trị cài thêm bằng: pip install &quot;counter[postgresql]&quot; (bộ cài Windows đã có sẵn), rồi mở lại Counter.</source>
        <translation>Counter on this computer does not have the PostgreSQL connector. The administrator installs it with: pip install &quot;counter[postgresql]&quot; (the Windows installer already includes it), then reopen Counter.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="828"/>
        <source>Cơ sở dữ liệu {path} đang được một phiên Counter khác sử dụng. Hãy dùng cửa sổ Counter đang mở, hoặc đóng nó trước khi mở lại.</source>
        <translation>The database {path} is being used by another Counter session. Use the Counter window that is open, or close it before opening again.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="829"/>
        <source>Tệp {path} không phải cơ sở dữ liệu Counter (SQLite) hoặc đã hỏng. Tệp được giữ nguyên; hãy chọn đúng tệp bằng --db hoặc khôi phục từ bản sao lưu (&apos;counter restore TỆP&apos;).</source>
        <translation>The file {path} is not a Counter (SQLite) database or is damaged. The file is left as it is; choose the right file with --db or restore from a backup (&apos;counter restore FILE&apos;).</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="830"/>
        <source>Thư mục {folder} không có, nên không mở được cơ sở dữ liệu {name} trong đó. Kiểm tra lại đường dẫn (--db hoặc COUNTER_DB). Muốn tạo cơ sở dữ liệu mới ở đó thì chạy: counter --db &quot;{path}&quot; init --create-folders</source>
        <translation>The folder {folder} does not exist, so the database {name} in it cannot be opened. Check the path (--db or COUNTER_DB). To create a new database there, run: counter --db &quot;{path}&quot; init --create-folders</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="831"/>
        <source>Không đọc được cơ sở dữ liệu {path} (chỉ đọc): {error}.</source>
        <translation>Cannot read the database {path} (read-only): {error}.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="832"/>
        <source>ổ đĩa chỉ đọc</source>
        <translation>the disk is read-only</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="833"/>
        <source>Hồ sơ vừa được một quầy khác cập nhật cùng lúc. Chưa có gì được ghi; hãy xem lại hồ sơ rồi thao tác lại.</source>
        <translation>The dossier was just updated by another counter at the same time. Nothing has been saved; look at the dossier again, then repeat the action.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="834"/>
        <source>Cơ sở dữ liệu {path} đang được một phiên Counter khác sử dụng (tiến trình {pid}). Hãy dùng cửa sổ Counter đang mở, hoặc đóng nó trước khi mở lại.</source>
        <translation>The database {path} is being used by another Counter session (process {pid}). Use the Counter window that is open, or close it before opening again.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="835"/>
        <source>Không tạo được thư mục dữ liệu {folder}: {reason}.</source>
        <translation>Cannot create the data folder {folder}: {reason}.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="836"/>
        <source>Cơ sở dữ liệu {path} chỉ cho đọc ({why}): lệnh này cần ghi nên không chạy; không có gì bị thay đổi. Nhờ quản trị viên cho phép ghi tệp này (quyền của tệp và thư mục, ổ đĩa), rồi mở lại Counter.</source>
        <translation>The database {path} is read-only ({why}): this command needs to write, so it did not run; nothing has been changed. Ask the administrator to allow writing to this file (permissions of the file and folder, the disk), then reopen Counter.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="837"/>
        <source>Không mở được cơ sở dữ liệu {path}. Tệp được giữ nguyên. {reason}</source>
        <translation>Cannot open the database {path}. The file is left as it is. {reason}</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="838"/>
        <source>lỗi cơ sở dữ liệu chưa rõ nguyên nhân (chi tiết kỹ thuật đã ghi vào nhật ký của Counter)</source>
        <translation>a database error of unknown cause (the technical details are in Counter&apos;s log)</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="839"/>
        <source>Không kết nối được cơ sở dữ liệu dùng chung: {reason}, rồi mở lại Counter. Dữ liệu trên máy chủ không bị ảnh hưởng.</source>
        <translation>Cannot connect to the shared database: {reason}, then reopen Counter. The data on the server is not affected.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="840"/>
        <source>{message} Bản sao lưu gần nhất: {backup}.</source>
        <translation>{message} Newest backup: {backup}.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="841"/>
        <source>tệp không phải cơ sở dữ liệu SQLite, đã bị mã hóa hoặc bị hỏng</source>
        <translation>the file is not a SQLite database, is encrypted or is damaged</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="842"/>
        <source>tệp cơ sở dữ liệu bị hỏng</source>
        <translation>the database file is damaged</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="843"/>
        <source>lỗi đọc/ghi đĩa</source>
        <translation>a disk read/write error</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="844"/>
        <source>tệp hoặc thư mục chỉ cho đọc</source>
        <translation>the file or folder is read-only</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="845"/>
        <source>cơ sở dữ liệu đang bị chương trình khác khóa</source>
        <translation>the database is locked by another program</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="846"/>
        <source>cơ sở dữ liệu đang bận</source>
        <translation>the database is busy</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="847"/>
        <source>không mở được tệp</source>
        <translation>the file cannot be opened</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="848"/>
        <source>thiếu bảng dữ liệu (không phải cơ sở dữ liệu Counter, hoặc chưa được nâng cấp)</source>
        <translation>a data table is missing (not a Counter database, or not upgraded yet)</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="849"/>
        <source>thiếu cột dữ liệu (cơ sở dữ liệu chưa được nâng cấp đúng)</source>
        <translation>a data column is missing (the database was not upgraded properly)</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="850"/>
        <source>máy chủ PostgreSQL {host}:{port} từ chối tên đăng nhập hoặc mật khẩu &apos;{user}&apos;. Kiểm tra tên và mật khẩu trong địa chỉ cơ sở dữ liệu (--db hoặc COUNTER_DB)</source>
        <translation>the PostgreSQL server {host}:{port} rejects the user name &apos;{user}&apos; or its password. Check the name and password in the database address (--db or COUNTER_DB)</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="851"/>
        <source>Ổ đĩa đã đầy: không ghi được dữ liệu. Hồ sơ đang nhập chưa được lưu nhưng vẫn còn trên màn hình; các hồ sơ đã tiếp nhận trước đó an toàn. Giải phóng dung lượng đĩa rồi bấm tiếp nhận lại.</source>
        <translation>The disk is full: the data cannot be written. The dossier being entered is not saved yet but is still on the screen; dossiers received before are safe. Free some disk space, then press receive again.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="852"/>
        <source>máy này</source>
        <translation>this computer</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="853"/>
        <source>trên máy chủ PostgreSQL {host}:{port} chưa có cơ sở dữ liệu &apos;{database}&apos;. Người quản trị tạo nó (createdb, xem docs/postgresql.md) hoặc sửa tên trong địa chỉ</source>
        <translation>the PostgreSQL server {host}:{port} has no database &apos;{database}&apos; yet. The administrator creates it (createdb, see docs/postgresql.md) or corrects the name in the address</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="854"/>
        <source>Không ghi được xuống đĩa (đĩa đầy, vượt giới hạn dung lượng hoặc thiết bị lỗi). Hồ sơ đang nhập chưa được lưu nhưng vẫn còn trên màn hình; các hồ sơ đã tiếp nhận trước đó an toàn. Kiểm tra ổ đĩa, giải phóng dung lượng rồi thử lại.</source>
        <translation>Cannot write to the disk (disk full, quota exceeded or a device error). The dossier being entered is not saved yet but is still on the screen; dossiers received before are safe. Check the disk, free some space, then try again.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="855"/>
        <source>máy chủ PostgreSQL {host}:{port} không cho máy này kết nối (pg_hba.conf) hoặc tài khoản &apos;{user}&apos; thiếu quyền. Người quản trị máy chủ cần cho phép máy này</source>
        <translation>the PostgreSQL server {host}:{port} does not let this computer connect (pg_hba.conf) or the account &apos;{user}&apos; lacks permissions. The server&apos;s administrator needs to allow this computer</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="856"/>
        <source>Cơ sở dữ liệu chỉ cho đọc (tệp hoặc thư mục không cho ghi): kiểm tra quyền ghi của tệp {path} hoặc ổ đĩa, rồi mở lại Counter.</source>
        <translation>The database is read-only (the file or folder cannot be written): check the write permission of the file {path} or the disk, then reopen Counter.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="857"/>
        <source>không tìm thấy máy chủ có tên &apos;{host}&apos;. Kiểm tra tên máy chủ trong địa chỉ cơ sở dữ liệu và mạng nội bộ</source>
        <translation>no server named &apos;{host}&apos; was found. Check the server name in the database address and the local network</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="858"/>
        <source>Cơ sở dữ liệu đang bị một chương trình khác khóa (phần mềm sao lưu, diệt virus hoặc một phiên Counter khác). Đóng chương trình đó rồi thử lại; dữ liệu không bị mất.</source>
        <translation>The database is locked by another program (backup or antivirus software, or another Counter session). Close that program and try again; no data is lost.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="859"/>
        <source>máy chủ PostgreSQL {host}:{port} không trả lời (quá thời gian chờ). Kiểm tra cáp mạng, Wi-Fi và máy chủ của cơ quan</source>
        <translation>the PostgreSQL server {host}:{port} does not answer (timed out). Check the network cable, the Wi-Fi and the agency&apos;s server</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="860"/>
        <source>máy chủ PostgreSQL {host}:{port} không chạy hoặc không nhận kết nối (máy chủ đang tắt, sai địa chỉ hoặc cổng, hoặc mạng bị ngắt). Kiểm tra máy chủ cơ sở dữ liệu của cơ quan hoặc báo người quản trị</source>
        <translation>the PostgreSQL server {host}:{port} is not running or does not accept connections (the server is off, the address or port is wrong, or the network is down). Check the agency&apos;s database server or tell the administrator</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="861"/>
        <source>Tệp cơ sở dữ liệu bị hỏng. Counter không ghi đè lên tệp. Hãy khôi phục từ bản sao lưu gần nhất (&apos;counter restore TỆP&apos;).</source>
        <translation>The database file is damaged. Counter does not write over the file. Restore from the newest backup (&apos;counter restore FILE&apos;).</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="862"/>
        <source>Không mở được tệp cơ sở dữ liệu {path}: kiểm tra đường dẫn và quyền đọc, ghi.</source>
        <translation>Cannot open the database file {path}: check the path and the read and write permissions.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="863"/>
        <source>Không đọc/ghi được tệp {path}: {reason}.</source>
        <translation>Cannot read or write the file {path}: {reason}.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="864"/>
        <source>Cơ sở dữ liệu báo lỗi: {reason}. Dữ liệu đã lưu trước đó không bị ảnh hưởng.</source>
        <translation>The database reports an error: {reason}. Data saved before is not affected.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="865"/>
        <source>Tỉnh đã ghi &apos;{province}&apos; trước khi nhận bước &apos;{local}&apos; của quầy (bước đó làm trên trạng thái cũ): tỉnh không áp dụng bước này.</source>
        <translation>The province recorded &apos;{province}&apos; before receiving the counter&apos;s step &apos;{local}&apos; (that step was taken from an older state): the province did not apply it.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="866"/>
        <source>Hồ sơ có thay đổi tại quầy chưa gửi lên tỉnh: không ghi đè, cần cán bộ xem xét.</source>
        <translation>The dossier has changes at the counter not yet sent to the province: not overwritten, an officer needs to review it.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="867"/>
        <source>Một thay đổi trước đó của tỉnh cho hồ sơ này đang chờ cán bộ xem xét: thay đổi sau chờ theo thứ tự.</source>
        <translation>An earlier change from the province for this dossier is waiting for an officer&apos;s review: later changes wait their turn.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="868"/>
        <source>không rõ</source>
        <translation>unknown</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="869"/>
        <source>Xung đột này đã được xử lý.</source>
        <translation>This conflict has already been resolved.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="870"/>
        <source>Không có hồ sơ {code} tại quầy.</source>
        <translation>Dossier {code} is not at this counter.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="871"/>
        <source>Thay đổi của tỉnh này không hợp lệ, không áp dụng được: {reason}</source>
        <translation>This change from the province is not valid and cannot be applied: {reason}</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="872"/>
        <source>Cập nhật hạn mới không có NgayHenTra.</source>
        <translation>The new due date update has no NgayHenTra.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="873"/>
        <source>Hồ sơ đã được gia hạn một lần: hạn mới từ tỉnh cần cán bộ xem xét.</source>
        <translation>The dossier has already been extended once: the new due date from the province needs an officer&apos;s review.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="874"/>
        <source>Trạng thái {status} từ tỉnh không áp dụng được tại quầy.</source>
        <translation>The status &apos;{status}&apos; from the province cannot be applied at the counter.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="875"/>
        <source>Không áp dụng được thay đổi của tỉnh: {reason}</source>
        <translation>Cannot apply the province&apos;s change: {reason}</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="878"/>
        <source>Máy chủ tỉnh từ chối mã truy cập của quầy: kiểm tra mã trong Thiết lập → Đồng bộ.</source>
        <translation>The provincial server refused the counter&apos;s access token: check the token in Settings → Sync.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="879"/>
        <source>Máy chủ tỉnh đang quá tải (429), sẽ gửi lại sau.</source>
        <translation>The provincial server is overloaded (429); will send again later.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="880"/>
        <source>Máy chủ tỉnh gặp lỗi ({status}), sẽ gửi lại sau.</source>
        <translation>The provincial server had an error ({status}); will send again later.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="881"/>
        <source>Máy chủ tỉnh trả lời quá lớn ({size} byte), không đọc.</source>
        <translation>The provincial server&apos;s reply is too large ({size} bytes); not read.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="882"/>
        <source>/info trả lời {status}</source>
        <translation>/info answered {status}</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="883"/>
        <source>Máy chủ tỉnh từ chối lô sự kiện ({status}): {detail}</source>
        <translation>The provincial server refused the batch of events ({status}): {detail}</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="884"/>
        <source>Máy chủ tỉnh trả lời không khớp lô đã gửi, sẽ gửi lại.</source>
        <translation>The provincial server&apos;s reply does not match the batch sent; will send again.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="885"/>
        <source>Máy chủ tỉnh từ chối yêu cầu {path} ({status}).</source>
        <translation>The provincial server refused the request {path} ({status}).</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="886"/>
        <source>Tải văn bản kết quả {sha}… bị từ chối ({status}).</source>
        <translation>Download of result document {sha}… was refused ({status}).</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="876"/>
        <source>Văn bản kết quả tải về không khớp mã băm (bị cắt trên đường truyền), sẽ tải lại.</source>
        <translation>The downloaded result document does not match its hash (cut off in transit); will download again.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="887"/>
        <source>Tải tệp {sha}… của hồ sơ {code} bị từ chối ({status}).</source>
        <translation>Download of file {sha}… of dossier {code} was refused ({status}).</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="877"/>
        <source>Tệp tải về không khớp mã băm (bị cắt trên đường truyền), sẽ tải lại.</source>
        <translation>The downloaded file does not match its hash (cut off in transit); will download again.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="888"/>
        <source>Máy chủ tỉnh trả lời không đúng định dạng, sẽ gửi lại.</source>
        <translation>The provincial server&apos;s reply is malformed; will send again.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="889"/>
        <source>Máy chủ tỉnh không cấp được số quầy: {detail}</source>
        <translation>The provincial server could not assign a counter number: {detail}</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="890"/>
        <source>/slots/claim trả lời {status}: {detail}</source>
        <translation>/slots/claim answered {status}: {detail}</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="891"/>
        <source>Máy chủ tỉnh trả lời số quầy không đúng định dạng, sẽ hỏi lại.</source>
        <translation>The provincial server&apos;s counter number reply is malformed; will ask again.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="892"/>
        <source>Máy chủ tỉnh từ chối đầu chuỗi nhật ký ({status}).</source>
        <translation>The provincial server refused the audit chain head ({status}).</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="893"/>
        <source>Máy chủ tỉnh từ chối yêu cầu đầu chuỗi nhật ký ({status}).</source>
        <translation>The provincial server refused the request for audit chain heads ({status}).</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="894"/>
        <source>Máy chủ tỉnh trả lời đầu chuỗi nhật ký không đúng định dạng.</source>
        <translation>The provincial server&apos;s audit chain heads reply is malformed.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="895"/>
        <source>Mất kết nối khi đang nhận trả lời của máy chủ tỉnh, sẽ thử lại.</source>
        <translation>The connection was lost while receiving the provincial server&apos;s reply; will try again.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="896"/>
        <source>Máy chủ tỉnh trả lời không đúng định dạng (JSON hỏng hoặc bị cắt), sẽ gửi lại.</source>
        <translation>The provincial server&apos;s reply is malformed (broken or cut-off JSON); will send again.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="897"/>
        <source>HEAD /attachments trả lời {status}</source>
        <translation>HEAD /attachments answered {status}</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="898"/>
        <source>Máy chủ tỉnh trả lời quá lớn, không đọc hết.</source>
        <translation>The provincial server&apos;s reply is too large; not read to the end.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="899"/>
        <source>Tệp quá lớn so với giới hạn của máy chủ tỉnh ({size} byte).</source>
        <translation>The file is larger than the provincial server allows ({size} bytes).</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="900"/>
        <source>Tải tệp lên bị từ chối ({status}): {detail}</source>
        <translation>File upload refused ({status}): {detail}</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="901"/>
        <source>Một quầy khác dùng chung cơ sở dữ liệu đang đồng bộ; lượt đó gửi cả các thay đổi của quầy này (hàng đợi gửi là chung).</source>
        <translation>Another counter sharing the database is syncing; that round also sends this counter&apos;s changes (the send queue is shared).</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="902"/>
        <source>Cập nhật từ tỉnh</source>
        <translation>Updates from the province</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="903"/>
        <source>Hồ sơ trực tuyến</source>
        <translation>Online dossiers</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="904"/>
        <source>Văn bản kết quả {name} của hồ sơ {code} không tải được: {reason}</source>
        <translation>Result document {name} of dossier {code} could not be downloaded: {reason}</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="905"/>
        <source>phiên bản trong danh mục khác phiên bản máy chủ báo</source>
        <translation>the version in the catalogue differs from the version the server reported</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="906"/>
        <source>Lịch làm việc từ tỉnh không đúng định dạng (phiên bản phải là số nguyên dương, ngày nghỉ và ngày làm bù là danh sách): chưa áp dụng.</source>
        <translation>The working calendar from the province is malformed (the version must be a positive whole number, days off and make-up working days must be lists): not applied.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="907"/>
        <source>ngày nghỉ</source>
        <translation>day off</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="908"/>
        <source>ngày làm bù</source>
        <translation>make-up working day</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="909"/>
        <source>Danh mục thủ tục từ tỉnh không hợp lệ, chưa nhập: {reason}</source>
        <translation>The procedure catalogue from the province is not valid, not imported: {reason}</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="910"/>
        <source>Lịch làm việc phiên bản {version}: {label} {day} không dùng được ({reason}); các ngày khác đã áp dụng.</source>
        <translation>Working calendar version {version}: {label} {day} cannot be used ({reason}); the other days were applied.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="911"/>
        <source>{what}: máy chủ trả lại một trang sau số {cursor} mà không cho biết đi tiếp từ đâu; dừng lượt này để không tải lại mãi.</source>
        <translation>{what}: the server returned a page after number {cursor} without saying where to continue; this round stops so as not to download forever.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="912"/>
        <source>Con trỏ đồng bộ &apos;{key}&apos; trong cơ sở dữ liệu bị hỏng ({value}): chạy &apos;counter check&apos; và báo quản trị viên.</source>
        <translation>The sync cursor &apos;{key}&apos; in the database is damaged ({value}): run &apos;counter check&apos; and tell the administrator.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="913"/>
        <source>{what}: trả lời không có danh sách &apos;{items_key}&apos;.</source>
        <translation>{what}: the reply has no &apos;{items_key}&apos; list.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="914"/>
        <source>ngày nằm ngoài khoảng cho phép (2000–2100)</source>
        <translation>date outside the allowed range (2000–2100)</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="915"/>
        <source>Mục này đã được xử lý.</source>
        <translation>This item has already been dealt with.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="916"/>
        <source>MaHoSo trong dữ liệu khác MaHoSo của cập nhật</source>
        <translation>MaHoSo in the data differs from the update&apos;s MaHoSo</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="917"/>
        <source>cập nhật trạng thái thiếu TrangThai</source>
        <translation>status update without TrangThai</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="918"/>
        <source>cập nhật kết quả phải có TrangThai 9 (hoặc bỏ trống)</source>
        <translation>a result update must have TrangThai 9 (or none)</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="919"/>
        <source>cập nhật hạn mới thiếu NgayHenTra</source>
        <translation>new due date update without NgayHenTra</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="920"/>
        <source>ngày không có thật (YYYY-MM-DD)</source>
        <translation>no such date (YYYY-MM-DD)</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="921"/>
        <source>số thứ tự {number} không tăng dần trong trang</source>
        <translation>number {number} is out of order in the page</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="922"/>
        <source>Hành trình bưu chính</source>
        <translation>Postal tracking</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="923"/>
        <source>Dịch vụ bưu chính từ chối khóa API: kiểm tra Thiết lập → Bưu chính.</source>
        <translation>The postal service refused the API key: check Settings → Post.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="924"/>
        <source>Dịch vụ bưu chính tạm lỗi ({status}), sẽ thử lại.</source>
        <translation>The postal service has a temporary error ({status}); will try again.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="925"/>
        <source>Tra cứu hành trình lỗi ({status}).</source>
        <translation>Tracking lookup failed ({status}).</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="926"/>
        <source>Bưu điện không cho hủy: {detail}</source>
        <translation>The post office does not allow cancelling: {detail}</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="927"/>
        <source>Dịch vụ bưu chính trả lời không đúng định dạng, sẽ thử lại.</source>
        <translation>The postal service&apos;s reply is malformed; will try again.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="928"/>
        <source>Dịch vụ bưu chính trả lời không khớp đơn đã gửi.</source>
        <translation>The postal service&apos;s reply does not match the order sent.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="929"/>
        <source>không đúng định dạng</source>
        <translation>wrong format</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="930"/>
        <source>quá ngắn</source>
        <translation>too short</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="931"/>
        <source>quá dài</source>
        <translation>too long</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="932"/>
        <source>phải là chuỗi ký tự</source>
        <translation>must be a string</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="933"/>
        <source>phải là số nguyên</source>
        <translation>must be a whole number</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="934"/>
        <source>nhỏ hơn giá trị cho phép</source>
        <translation>smaller than allowed</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="935"/>
        <source>lớn hơn giá trị cho phép</source>
        <translation>larger than allowed</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="936"/>
        <source>giá trị không nằm trong danh sách cho phép</source>
        <translation>value not among the allowed ones</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="937"/>
        <source>thời điểm phải có múi giờ (ví dụ +07:00)</source>
        <translation>a moment must have a time zone (for example +07:00)</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="938"/>
        <source>thời điểm không hợp lệ (ISO 8601)</source>
        <translation>invalid moment (ISO 8601)</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="939"/>
        <source>ngày không hợp lệ (YYYY-MM-DD)</source>
        <translation>invalid date (YYYY-MM-DD)</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="940"/>
        <source>phải là một đối tượng JSON</source>
        <translation>must be a JSON object</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="941"/>
        <source>phải là một danh sách</source>
        <translation>must be a list</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="942"/>
        <source>danh sách quá dài</source>
        <translation>list too long</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="943"/>
        <source>trường này không được phép</source>
        <translation>this field is not allowed</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="944"/>
        <source>chuỗi chứa ký tự không hợp lệ (nửa cặp UTF-16 hoặc NUL)</source>
        <translation>the string contains invalid characters (half a UTF-16 pair or NUL)</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="945"/>
        <source>số không hợp lệ (NaN, vô cực hoặc quá lớn)</source>
        <translation>invalid number (NaN, infinite or too large)</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="946"/>
        <source>thời điểm nằm ngoài khoảng cho phép (2000–2100)</source>
        <translation>moment outside the allowed range (2000–2100)</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="947"/>
        <source>dữ liệu lồng nhau quá sâu</source>
        <translation>data nested too deeply</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="948"/>
        <source>giá trị không hợp lệ</source>
        <translation>invalid value</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="949"/>
        <source>{reasons} (và {more} lỗi khác)</source>
        <translation>{reasons} (and {more} other errors)</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="950"/>
        <source>{text}… (cắt, tổng {count} ký tự)</source>
        <translation>{text}… (cut, {count} characters in all)</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="951"/>
        <source>{where}: {message}</source>
        <translation>{where}: {message}</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="952"/>
        <source>(gốc)</source>
        <translation>(root)</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="953"/>
        <source>lỗi ngoài dự kiến trong Counter (chi tiết đã ghi vào nhật ký)</source>
        <translation>an unexpected error in Counter (the details are in the log)</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="954"/>
        <source>Chưa thiết lập máy chủ tỉnh.</source>
        <translation>The provincial server is not set up.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="955"/>
        <source>Lỗi tại máy: {reason}</source>
        <translation>Problem on this computer: {reason}</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="956"/>
        <source>máy chủ tỉnh</source>
        <translation>the provincial server</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="957"/>
        <source>Máy chủ tỉnh không trả lời kịp (quá thời gian chờ).</source>
        <translation>The provincial server did not answer in time (timed out).</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="958"/>
        <source>Dịch vụ bưu chính không trả lời kịp (quá thời gian chờ).</source>
        <translation>The postal service did not answer in time (timed out).</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="959"/>
        <source>Máy chủ tỉnh chuyển hướng quá nhiều lần.</source>
        <translation>The provincial server redirected too many times.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="960"/>
        <source>Dịch vụ bưu chính chuyển hướng quá nhiều lần.</source>
        <translation>The postal service redirected too many times.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="961"/>
        <source>Lỗi mạng khi gọi {what}; sẽ thử lại.</source>
        <translation>Network error calling {what}; will try again.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="962"/>
        <source>Địa chỉ {what} phải bắt đầu bằng https:// và có tên máy (ví dụ https://dongbo.tayninh.gov.vn).</source>
        <translation>The address of {what} must start with https:// and have a host name (for example https://dongbo.tayninh.gov.vn).</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="963"/>
        <source>Địa chỉ {what} phải dùng https:// (kết nối mã hóa): http:// chỉ dùng được với máy này (127.0.0.1, localhost), hoặc khi quản trị viên bật rõ ràng cho phép HTTP không mã hóa.</source>
        <translation>The address of {what} must use https:// (an encrypted connection): http:// can only be used with this computer (127.0.0.1, localhost), or when the administrator has explicitly allowed unencrypted HTTP.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="964"/>
        <source>Không xác thực được chứng chỉ TLS của {what} (chứng chỉ không tin cậy, hết hạn hoặc không đúng tên máy): kiểm tra tệp chứng chỉ gốc trong Thiết lập → Đồng bộ.</source>
        <translation>Cannot verify the TLS certificate of {what} (the certificate is untrusted, expired or for another host name): check the CA certificate file in Settings → Sync.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="965"/>
        <source>Không đi qua được máy chủ proxy để tới {what}: kiểm tra cấu hình mạng.</source>
        <translation>Cannot get through the proxy server to {what}: check the network settings.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="966"/>
        <source>Không kết nối được {what} (mất mạng, sai địa chỉ hoặc máy chủ tắt).</source>
        <translation>Cannot connect to {what} (network down, wrong address or server off).</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="967"/>
        <source>Địa chỉ {what} không hợp lệ: kiểm tra trong Thiết lập.</source>
        <translation>The address of {what} is not valid: check it in Settings.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="968"/>
        <source>{What} không trả lời kịp (quá thời gian chờ).</source>
        <translation>{What} did not answer in time (timed out).</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="969"/>
        <source>{What} chuyển hướng quá nhiều lần.</source>
        <translation>{What} redirected too many times.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="276"/>
        <source>Yêu cầu bổ sung</source>
        <translation>Supplement requested</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="274"/>
        <source>Từ chối</source>
        <translation>Refused</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="280"/>
        <source>Đã trả kết quả</source>
        <translation>Result returned</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="656"/>
        <source>Phí, lệ phí (đồng)</source>
        <translation>Fees (VND)</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="208"/>
        <source>Trước hạn</source>
        <translation>Early</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="209"/>
        <source>Đúng hạn</source>
        <translation>On time</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="210"/>
        <source>Quá hạn</source>
        <translation>Late</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="657"/>
        <source>Theo thủ tục</source>
        <translation>By procedure</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="658"/>
        <source>Theo cơ quan giải quyết</source>
        <translation>By deciding agency</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="659"/>
        <source>Theo cán bộ tiếp nhận</source>
        <translation>By receiving officer</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="660"/>
        <source>Theo kênh nộp</source>
        <translation>By channel</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="661"/>
        <source>Theo hình thức nhận kết quả</source>
        <translation>By return method</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="662"/>
        <source>Tỷ lệ giải quyết đúng hạn</source>
        <translation>On-time resolution rate</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="663"/>
        <source>(trước hạn + đúng hạn) ÷ số hồ sơ đã có kết quả trong kỳ</source>
        <translation>(early + on time) ÷ dossiers with a result in the period</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="664"/>
        <source>Tỷ lệ số hóa hồ sơ</source>
        <translation>Dossier digitisation rate</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="665"/>
        <source>số hồ sơ tiếp nhận trong kỳ có bản sao điện tử đã ký số ÷ số hồ sơ tiếp nhận</source>
        <translation>dossiers received in the period with a digitally signed electronic copy ÷ dossiers received</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="666"/>
        <source>Tỷ lệ dùng bưu chính công ích</source>
        <translation>Public postal service use rate</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="667"/>
        <source>số hồ sơ nộp qua bưu chính hoặc nhận kết quả qua bưu chính ÷ số hồ sơ tiếp nhận</source>
        <translation>dossiers filed by post or with the result sent by post ÷ dossiers received</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="668"/>
        <source>Tỷ lệ nộp trực tuyến có hỗ trợ</source>
        <translation>Assisted online filing rate</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="669"/>
        <source>số hồ sơ nộp trực tuyến có hỗ trợ tại quầy ÷ số hồ sơ tiếp nhận</source>
        <translation>dossiers filed online with help at the counter ÷ dossiers received</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="670"/>
        <source>Tỷ lệ hồ sơ trực tuyến</source>
        <translation>Online dossier rate</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="671"/>
        <source>số hồ sơ nộp trên Cổng Dịch vụ công nhận trong kỳ ÷ (số hồ sơ đó + số hồ sơ nộp tại quầy, bưu chính)</source>
        <translation>dossiers filed on the Public Service Portal received in the period ÷ (those dossiers + dossiers filed at the counter or by post)</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="672"/>
        <source>Tỷ lệ thanh toán trực tuyến</source>
        <translation>Online payment rate</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="673"/>
        <source>số hồ sơ trực tuyến đã nộp phí, lệ phí trực tuyến ÷ số hồ sơ trực tuyến nhận trong kỳ</source>
        <translation>online dossiers whose fees were paid online ÷ online dossiers received in the period</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="674"/>
        <source>Mức độ hài lòng</source>
        <translation>Satisfaction</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="675"/>
        <source>số lượt đánh giá hài lòng hoặc rất hài lòng (4–5) ÷ số lượt đánh giá</source>
        <translation>ratings satisfied or very satisfied (4–5) ÷ all ratings</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="676"/>
        <source>Không có cán bộ &apos;{username}&apos;.</source>
        <translation>There is no officer &apos;{username}&apos;.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="677"/>
        <source>(không rõ)</source>
        <translation>(unknown)</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="698"/>
        <source>Tệp {name} không phải PDF, JPEG, PNG hay TIFF: chỉ đính kèm bản quét dạng PDF, JPEG, PNG hoặc TIFF.</source>
        <translation>The file {name} is not a PDF, JPEG, PNG or TIFF: only scans in PDF, JPEG, PNG or TIFF can be attached.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="699"/>
        <source>Không lưu được bản quét ({reason}): kiểm tra dung lượng đĩa. Hồ sơ không bị ảnh hưởng.</source>
        <translation>Could not save the scan ({reason}): check the free disk space. The dossier is not affected.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="700"/>
        <source>Tệp {name} có dung lượng {size} byte; giới hạn là {limit} MB.</source>
        <translation>The file {name} is {size} bytes; the limit is {limit} MB.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="701"/>
        <source>Không đọc được tệp {name}: {reason}.</source>
        <translation>Could not read the file {name}: {reason}.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="702"/>
        <source>Máy không đủ tài nguyên để xử lý bản quét lớn này (tiến trình xử lý bị dừng): đóng bớt chương trình khác rồi thử lại, hoặc quét với độ phân giải thấp hơn.</source>
        <translation>The computer does not have enough resources to process this large scan (the processing was stopped): close some other programs and try again, or scan at a lower resolution.</translation>
    </message>
</context>
<context>
    <name>NotCompetentDialog</name>
    <message>
        <location filename="../../counter/ui/online.py" line="475"/>
        <source>Trả lại hồ sơ: không thuộc thẩm quyền</source>
        <translation>Return the dossier: not competent</translation>
    </message>
    <message>
        <location filename="../../counter/ui/online.py" line="479"/>
        <source>ví dụ: Sở Nông nghiệp và Môi trường tỉnh Tây Ninh</source>
        <translation>e.g. Department of Agriculture and Environment of Tây Ninh</translation>
    </message>
    <message>
        <location filename="../../counter/ui/online.py" line="480"/>
        <source>Cơ quan có thẩm quyền:</source>
        <translation>Competent agency:</translation>
    </message>
    <message>
        <location filename="../../counter/ui/online.py" line="483"/>
        <source>Lý do:</source>
        <translation>Reason:</translation>
    </message>
    <message>
        <location filename="../../counter/ui/online.py" line="487"/>
        <source>Trả lại hồ sơ</source>
        <translation>Return the dossier</translation>
    </message>
    <message>
        <location filename="../../counter/ui/online.py" line="491"/>
        <source>Ghi rõ cơ quan có thẩm quyền giải quyết.</source>
        <translation>Name the agency competent to decide.</translation>
    </message>
</context>
<context>
    <name>OnlinePage</name>
    <message>
        <location filename="../../counter/ui/online.py" line="46"/>
        <source>Hồ sơ nộp trên Cổng Dịch vụ công: kiểm tra và thông báo cho người nộp trong 8 giờ làm việc kể từ khi hệ thống nhận (Nghị định 118/2025, Điều 17.2). Màu: xanh còn trên 4 giờ, vàng còn 1–4 giờ, đỏ còn dưới 1 giờ hoặc quá hạn.</source>
        <translation>Dossiers filed on the public service portal: check them and notify the applicant within 8 working hours of the system receiving them (Decree 118/2025, Article 17.2). Colours: green more than 4 hours left, amber 1–4 hours, red under 1 hour or late.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/online.py" line="52"/>
        <source>Thời hạn còn lại</source>
        <translation>Time left</translation>
    </message>
    <message>
        <location filename="../../counter/ui/online.py" line="52"/>
        <source>Mã trực tuyến</source>
        <translation>Online code</translation>
    </message>
    <message>
        <location filename="../../counter/ui/online.py" line="52"/>
        <source>Người nộp</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <location filename="../../counter/ui/online.py" line="53"/>
        <source>Thủ tục</source>
        <translation>Procedure</translation>
    </message>
    <message>
        <location filename="../../counter/ui/online.py" line="53"/>
        <source>Hạn kiểm tra</source>
        <translation>Check deadline</translation>
    </message>
    <message>
        <location filename="../../counter/ui/online.py" line="53"/>
        <source>Tệp</source>
        <translation>Files</translation>
    </message>
    <message>
        <location filename="../../counter/ui/online.py" line="54"/>
        <source>Trạng thái</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../counter/ui/online.py" line="66"/>
        <source>Mở để kiểm tra (Enter)</source>
        <translation>Open to check (Enter)</translation>
    </message>
    <message>
        <location filename="../../counter/ui/online.py" line="67"/>
        <source>Làm mới</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="../../counter/ui/online.py" line="84"/>
        <source>Đang tải hồ sơ trực tuyến…</source>
        <translation>Loading online dossiers…</translation>
    </message>
    <message>
        <location filename="../../counter/ui/online.py" line="104"/>
        <source>Hồ sơ trực tuyến chờ tiếp nhận: {0} hồ sơ, {1} quá hạn kiểm tra</source>
        <translation>Online dossiers waiting for acceptance: {0} dossiers, {1} past the check deadline</translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <location filename="../../counter/ui/signing.py" line="82"/>
        <source>Mở chữ ký số</source>
        <translation>Unlock digital signature</translation>
    </message>
    <message>
        <location filename="../../counter/ui/signing.py" line="85"/>
        <source>Ký số bản sao điện tử bằng chữ ký số cá nhân (NĐ 118/2025, Điều 17). Mã PIN chỉ dùng cho phiên làm việc này, không được lưu.</source>
        <translation>Sign the electronic copies with your personal digital signature (Decree 118/2025, Article 17). The PIN is used for this session only and is never stored.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/signing.py" line="93"/>
        <source>Nguồn khóa</source>
        <translation>Key source</translation>
    </message>
    <message>
        <location filename="../../counter/ui/signing.py" line="96"/>
        <source>Chứng thư số</source>
        <translation>Certificate</translation>
    </message>
    <message>
        <location filename="../../counter/ui/signing.py" line="100"/>
        <source>Mã PIN *</source>
        <translation>PIN *</translation>
    </message>
    <message>
        <location filename="../../counter/ui/signing.py" line="100"/>
        <source>Mật khẩu tệp *</source>
        <translation>File password *</translation>
    </message>
    <message>
        <location filename="../../counter/ui/signing.py" line="105"/>
        <source>Mở khóa ký</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <location filename="../../counter/ui/signing.py" line="105"/>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../counter/ui/signing.py" line="113"/>
        <source>Tệp chữ ký số: %1</source>
        <translation>Signature file: %1</translation>
    </message>
    <message>
        <location filename="../../counter/ui/signing.py" line="114"/>
        <source>Tệp chữ ký số: chưa chọn</source>
        <translation>Signature file: not chosen</translation>
    </message>
    <message>
        <location filename="../../counter/ui/signing.py" line="118"/>
        <source>Token (PKCS#11): %1</source>
        <translation>Token (PKCS#11): %1</translation>
    </message>
    <message>
        <location filename="../../counter/ui/signing.py" line="119"/>
        <source>Token (PKCS#11): chưa tìm thấy trình điều khiển</source>
        <translation>Token (PKCS#11): no driver found</translation>
    </message>
    <message>
        <location filename="../../counter/ui/signing.py" line="121"/>
        <location filename="../../counter/ui/signing.py" line="122"/>
        <source>Đang đọc token…</source>
        <translation>Reading the token…</translation>
    </message>
    <message>
        <location filename="../../counter/ui/signing.py" line="136"/>
        <source>Token có %1 chứng thư số: chọn chứng thư ký số của mình.</source>
        <translation>The token holds %1 certificates: choose your signing certificate.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/signing.py" line="144"/>
        <source>Đang mở khóa ký…</source>
        <translation>Unlocking the signing key…</translation>
    </message>
</context>
<context>
    <name>PostalPage</name>
    <message>
        <location filename="../../counter/ui/postal.py" line="41"/>
        <source>Số đơn hàng</source>
        <translation>Order number</translation>
    </message>
    <message>
        <location filename="../../counter/ui/postal.py" line="41"/>
        <source>Mã vận đơn</source>
        <translation>Tracking code</translation>
    </message>
    <message>
        <location filename="../../counter/ui/postal.py" line="41"/>
        <source>Người nhận</source>
        <translation>Receiver</translation>
    </message>
    <message>
        <location filename="../../counter/ui/postal.py" line="42"/>
        <source>Địa chỉ</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../counter/ui/postal.py" line="42"/>
        <source>Trạng thái</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../counter/ui/postal.py" line="42"/>
        <source>Diễn biến gần nhất</source>
        <translation>Latest event</translation>
    </message>
    <message>
        <location filename="../../counter/ui/postal.py" line="53"/>
        <source>Bàn giao cho bưu tá và in danh sách (Ctrl+B)</source>
        <translation>Hand to the postman and print the list (Ctrl+B)</translation>
    </message>
    <message>
        <location filename="../../counter/ui/postal.py" line="54"/>
        <source>In nhãn địa chỉ (Ctrl+L)</source>
        <translation>Print address labels (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../../counter/ui/postal.py" line="55"/>
        <source>Hủy đơn</source>
        <translation>Cancel order</translation>
    </message>
    <message>
        <location filename="../../counter/ui/postal.py" line="56"/>
        <source>Gửi lại</source>
        <translation>Send again</translation>
    </message>
    <message>
        <location filename="../../counter/ui/postal.py" line="57"/>
        <source>Nhập mã vận đơn…</source>
        <translation>Enter waybill number…</translation>
    </message>
    <message>
        <location filename="../../counter/ui/postal.py" line="58"/>
        <source>Không có kết nối với bưu điện: gõ hoặc quét mã vận đơn bưu điện dán trên bưu gửi</source>
        <translation>No connection to the postal operator: type or scan the waybill number stuck on the parcel</translation>
    </message>
    <message>
        <location filename="../../counter/ui/postal.py" line="61"/>
        <source>Cập nhật trạng thái…</source>
        <translation>Update status…</translation>
    </message>
    <message>
        <location filename="../../counter/ui/postal.py" line="62"/>
        <source>Không có kết nối với bưu điện: ghi diễn biến bưu điện báo (đang chuyển, đã phát, chuyển hoàn)</source>
        <translation>No connection to the postal operator: record what the post office reported (in transit, delivered, returned)</translation>
    </message>
    <message>
        <location filename="../../counter/ui/postal.py" line="88"/>
        <source>Đang tải bưu gửi…</source>
        <translation>Loading parcels…</translation>
    </message>
    <message>
        <location filename="../../counter/ui/postal.py" line="147"/>
        <source>Bàn giao bưu gửi</source>
        <translation>Hand over parcels</translation>
    </message>
    <message>
        <location filename="../../counter/ui/postal.py" line="148"/>
        <source>Chọn các bưu gửi đã có mã vận đơn (đã tạo đơn) để bàn giao.</source>
        <translation>Select parcels that already have a tracking code (order created) to hand over.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/postal.py" line="234"/>
        <source>Nhãn bưu gửi %1</source>
        <translation>Postal label %1</translation>
    </message>
    <message>
        <location filename="../../counter/ui/postal.py" line="154"/>
        <source>Bàn giao cho bưu tá</source>
        <translation>Hand to the postman</translation>
    </message>
    <message>
        <location filename="../../counter/ui/postal.py" line="150"/>
        <source>Họ tên bưu tá nhận:</source>
        <translation>Postman&apos;s full name:</translation>
    </message>
    <message>
        <location filename="../../counter/ui/postal.py" line="152"/>
        <source>Bưu gửi chưa có mã vận đơn được bàn giao theo danh sách in có chữ ký bưu tá; mã vận đơn nhập sau.
Họ tên bưu tá nhận:</source>
        <translation>Parcels without a waybill number are handed over on the printed list signed by the postman; the waybill number is entered later.
Postman&apos;s full name:</translation>
    </message>
    <message>
        <location filename="../../counter/ui/postal.py" line="160"/>
        <source>Danh sách bàn giao bưu gửi %1</source>
        <translation>Parcel hand-over list %1</translation>
    </message>
    <message>
        <location filename="../../counter/ui/postal.py" line="165"/>
        <source>Chưa bàn giao được</source>
        <translation>Could not hand over</translation>
    </message>
    <message>
        <location filename="../../counter/ui/postal.py" line="179"/>
        <source>Đang ghi…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <location filename="../../counter/ui/postal.py" line="203"/>
        <location filename="../../counter/ui/postal.py" line="206"/>
        <source>Nhập mã vận đơn</source>
        <translation>Enter waybill number</translation>
    </message>
    <message>
        <location filename="../../counter/ui/postal.py" line="203"/>
        <source>Chọn một bưu gửi đang chờ bàn giao.</source>
        <translation>Choose one parcel waiting for hand-over.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/postal.py" line="207"/>
        <source>Mã vận đơn của bưu gửi %1 (gửi %2):</source>
        <translation>Waybill number of parcel %1 (to %2):</translation>
    </message>
    <message>
        <location filename="../../counter/ui/postal.py" line="213"/>
        <source>Chưa nhập được mã vận đơn</source>
        <translation>The waybill number was not entered</translation>
    </message>
    <message>
        <location filename="../../counter/ui/postal.py" line="219"/>
        <location filename="../../counter/ui/postal.py" line="222"/>
        <source>Cập nhật trạng thái</source>
        <translation>Update status</translation>
    </message>
    <message>
        <location filename="../../counter/ui/postal.py" line="219"/>
        <source>Chọn bưu gửi đã giao bưu tá.</source>
        <translation>Choose parcels already handed to the postman.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../counter/ui/postal.py" line="223"/>
        <source>Bưu điện báo (%n bưu gửi):</source>
        <translation>
            <numerusform>The post office reports (%n parcel):</numerusform>
            <numerusform>The post office reports (%n parcels):</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../counter/ui/postal.py" line="228"/>
        <location filename="../../counter/ui/postal.py" line="229"/>
        <source>Chưa cập nhật được</source>
        <translation>Not updated</translation>
    </message>
    <message>
        <location filename="../../counter/ui/postal.py" line="254"/>
        <source>Không hủy được</source>
        <translation>Could not cancel</translation>
    </message>
    <message>
        <location filename="../../counter/ui/postal.py" line="257"/>
        <source>Đang hủy đơn bưu chính…</source>
        <translation>Cancelling the postal order…</translation>
    </message>
    <message>
        <location filename="../../counter/ui/postal.py" line="263"/>
        <source>Không gửi lại được</source>
        <translation>Could not send again</translation>
    </message>
</context>
<context>
    <name>PrinterRow</name>
    <message>
        <location filename="../../counter/ui/printers.py" line="28"/>
        <source>(hỏi mỗi lần in)</source>
        <translation>(ask every time)</translation>
    </message>
    <message>
        <location filename="../../counter/ui/printers.py" line="34"/>
        <source>%1 (hiện không kết nối)</source>
        <translation>%1 (not connected now)</translation>
    </message>
    <message>
        <location filename="../../counter/ui/printers.py" line="35"/>
        <source>Máy in</source>
        <translation>Printers</translation>
    </message>
    <message>
        <location filename="../../counter/ui/printers.py" line="37"/>
        <source>Khổ giấy</source>
        <translation>Paper</translation>
    </message>
    <message>
        <location filename="../../counter/ui/printers.py" line="38"/>
        <source>In ngay, không hiện hộp thoại in</source>
        <translation>Print at once, without the print dialog</translation>
    </message>
    <message>
        <location filename="../../counter/ui/printers.py" line="51"/>
        <source>theo khổ của giấy tờ</source>
        <translation>as the document&apos;s size</translation>
    </message>
</context>
<context>
    <name>PrintersDialog</name>
    <message>
        <location filename="../../counter/ui/printers.py" line="72"/>
        <source>Máy in của máy này</source>
        <translation>This computer&apos;s printers</translation>
    </message>
    <message>
        <location filename="../../counter/ui/printers.py" line="74"/>
        <source>Mỗi máy tính ở quầy nhớ máy in riêng. Khi đã chọn máy in và đánh dấu “In ngay”, Counter in thẳng ra máy đó; nếu máy in tắt hoặc báo lỗi, Counter báo và cho chọn lại.</source>
        <translation>Each counter computer remembers its own printers. With a printer chosen and “Print at once” ticked, Counter prints straight to it; if the printer is off or reports an error, Counter says so and lets you choose again.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/printers.py" line="78"/>
        <source>Giấy tờ khổ A4 (phiếu, sổ, danh sách bàn giao, báo cáo, nhãn bưu gửi)</source>
        <translation>A4 documents (forms, the book, hand-over lists, reports, postal labels)</translation>
    </message>
    <message>
        <location filename="../../counter/ui/printers.py" line="80"/>
        <source>Giấy biên nhận khổ 80 mm (máy in nhiệt)</source>
        <translation>80 mm receipts (thermal printer)</translation>
    </message>
    <message>
        <location filename="../../counter/ui/printers.py" line="84"/>
        <source>Máy này chưa cài máy in nào: cài máy in trong Windows (Cài đặt → Máy in và máy quét) rồi mở lại hộp thoại này.</source>
        <translation>No printer is installed on this computer: install one in Windows (Settings → Printers and scanners), then open this dialog again.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/printers.py" line="90"/>
        <source>Lưu</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../counter/ui/printers.py" line="91"/>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>ProcedureSection</name>
    <message>
        <location filename="../../counter/ui/intake_sections.py" line="141"/>
        <source>&lt;b&gt;1. Thủ tục hành chính&lt;/b&gt;</source>
        <translation>&lt;b&gt;1. Administrative procedure&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../counter/ui/intake_sections.py" line="143"/>
        <source>Gõ tên hoặc mã thủ tục, có dấu hoặc không dấu (F3)</source>
        <translation>Type the procedure name or code, with or without diacritics (F3)</translation>
    </message>
    <message>
        <location filename="../../counter/ui/intake_sections.py" line="175"/>
        <source>không thu</source>
        <translation>free of charge</translation>
    </message>
    <message>
        <location filename="../../counter/ui/intake_sections.py" line="177"/>
        <source>Thời hạn: %1 · Phí, lệ phí: %2 · Trả qua bưu chính: có</source>
        <translation>Time limit: %1 · Fees and charges: %2 · Results by post: yes</translation>
    </message>
    <message>
        <location filename="../../counter/ui/intake_sections.py" line="178"/>
        <source>Thời hạn: %1 · Phí, lệ phí: %2 · Trả qua bưu chính: &lt;b&gt;không&lt;/b&gt;</source>
        <translation>Time limit: %1 · Fees and charges: %2 · Results by post: &lt;b&gt;no&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../counter/ui/intake_sections.py" line="181"/>
        <source>Cơ quan giải quyết: %1</source>
        <translation>Deciding agency: %1</translation>
    </message>
</context>
<context>
    <name>QueuesPage</name>
    <message>
        <location filename="../../counter/ui/queues.py" line="43"/>
        <source>Chỉ tiêu số hóa hồ sơ: số hồ sơ tiếp nhận trong tháng có bản sao điện tử đã ký số chia cho tổng số hồ sơ tiếp nhận trong tháng.</source>
        <translation>Digitisation indicator: dossiers received this month with a signed electronic copy, divided by all dossiers received this month.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/queues.py" line="51"/>
        <source>Mã hồ sơ</source>
        <translation>Dossier code</translation>
    </message>
    <message>
        <location filename="../../counter/ui/queues.py" line="51"/>
        <source>Người nộp</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <location filename="../../counter/ui/queues.py" line="51"/>
        <source>Thủ tục</source>
        <translation>Procedure</translation>
    </message>
    <message>
        <location filename="../../counter/ui/queues.py" line="52"/>
        <source>Hẹn trả</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../../counter/ui/queues.py" line="52"/>
        <source>Ghi chú</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../counter/ui/queues.py" line="65"/>
        <source>Bàn giao hồ sơ đã chọn và in danh sách (Ctrl+B)</source>
        <translation>Hand over the selected dossiers and print the list (Ctrl+B)</translation>
    </message>
    <message>
        <location filename="../../counter/ui/queues.py" line="68"/>
        <source>Làm mới (F5)</source>
        <translation>Refresh (F5)</translation>
    </message>
    <message>
        <location filename="../../counter/ui/queues.py" line="83"/>
        <source>Đang tải việc cần làm…</source>
        <translation>Loading the work queues…</translation>
    </message>
    <message>
        <location filename="../../counter/ui/queues.py" line="89"/>
        <source>Số hóa hồ sơ tháng này (bản sao đã ký số): %1/%2 (%3)</source>
        <translation>Digitised this month (signed copies): %1/%2 (%3)</translation>
    </message>
    <message>
        <location filename="../../counter/ui/queues.py" line="121"/>
        <source>%1: %2 hồ sơ</source>
        <translation>%1: %2 dossier(s)</translation>
    </message>
    <message>
        <location filename="../../counter/ui/queues.py" line="122"/>
        <source>%1: %2 hồ sơ — hiển thị %3 hồ sơ đầu</source>
        <translation>%1: %2 dossier(s) — showing the first %3</translation>
    </message>
    <message>
        <location filename="../../counter/ui/queues.py" line="163"/>
        <source>Danh sách bàn giao %1</source>
        <translation>Handover list %1</translation>
    </message>
    <message>
        <location filename="../../counter/ui/queues.py" line="148"/>
        <source>Bàn giao hồ sơ</source>
        <translation>Hand over dossiers</translation>
    </message>
    <message>
        <location filename="../../counter/ui/queues.py" line="148"/>
        <source>Chọn các hồ sơ cần bàn giao trong danh sách.</source>
        <translation>Select the dossiers to hand over in the list.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/queues.py" line="157"/>
        <source>Bàn giao %1 hồ sơ giấy</source>
        <translation>Hand over %1 paper dossier(s)</translation>
    </message>
</context>
<context>
    <name>ResultDialog</name>
    <message>
        <location filename="../../counter/ui/actions.py" line="198"/>
        <source>Nhận kết quả từ cơ quan giải quyết</source>
        <translation>Receive the results from the deciding agency</translation>
    </message>
    <message>
        <location filename="../../counter/ui/actions.py" line="198"/>
        <source>Ghi nhận kết quả</source>
        <translation>Record results</translation>
    </message>
    <message>
        <location filename="../../counter/ui/actions.py" line="200"/>
        <source>Người giao kết quả</source>
        <translation>Delivered by</translation>
    </message>
    <message>
        <location filename="../../counter/ui/actions.py" line="202"/>
        <source>ví dụ: Giấy chứng nhận số …</source>
        <translation>e.g. Certificate no. …</translation>
    </message>
    <message>
        <location filename="../../counter/ui/actions.py" line="203"/>
        <source>Kết quả</source>
        <translation>Results</translation>
    </message>
</context>
<context>
    <name>ReturnDialog</name>
    <message>
        <location filename="../../counter/ui/actions.py" line="212"/>
        <source>Trả kết quả tại quầy</source>
        <translation>Hand over results at the counter</translation>
    </message>
    <message>
        <location filename="../../counter/ui/actions.py" line="212"/>
        <source>Trả kết quả và in phiếu xác nhận</source>
        <translation>Hand over and print the confirmation</translation>
    </message>
    <message>
        <location filename="../../counter/ui/actions.py" line="217"/>
        <source>Hồ sơ nộp trực tuyến: người nhận phải xuất trình bản chính để đối chiếu trước khi nhận kết quả — {0}.</source>
        <translation>Filed online: the person collecting must show the paper originals for comparison before receiving the result — {0}.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/actions.py" line="220"/>
        <source>Người nộp hồ sơ: %1</source>
        <translation>Applicant: %1</translation>
    </message>
    <message>
        <location filename="../../counter/ui/actions.py" line="221"/>
        <source>Người được ủy quyền nhận thay</source>
        <translation>Authorised person collecting on the applicant&apos;s behalf</translation>
    </message>
    <message>
        <location filename="../../counter/ui/actions.py" line="226"/>
        <source>Người nhận</source>
        <translation>Collected by</translation>
    </message>
    <message>
        <location filename="../../counter/ui/actions.py" line="229"/>
        <source>quét hoặc gõ số trên giấy tờ tùy thân</source>
        <translation>scan or type the number on the ID document</translation>
    </message>
    <message>
        <location filename="../../counter/ui/actions.py" line="230"/>
        <source>Số giấy tờ *</source>
        <translation>ID document number *</translation>
    </message>
    <message>
        <location filename="../../counter/ui/actions.py" line="232"/>
        <source>Họ tên người nhận thay</source>
        <translation>Full name of the authorised person</translation>
    </message>
    <message>
        <location filename="../../counter/ui/actions.py" line="234"/>
        <source>số, ngày của giấy ủy quyền</source>
        <translation>number and date of the authorisation</translation>
    </message>
    <message>
        <location filename="../../counter/ui/actions.py" line="235"/>
        <source>Giấy ủy quyền</source>
        <translation>Authorisation</translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <location filename="../../counter/ui/online.py" line="157"/>
        <source>Kiểm tra hồ sơ trực tuyến {0}</source>
        <translation>Checking online dossier {0}</translation>
    </message>
    <message>
        <location filename="../../counter/ui/online.py" line="173"/>
        <source>Tệp người nộp đã gửi:</source>
        <translation>Files the applicant sent:</translation>
    </message>
    <message>
        <location filename="../../counter/ui/online.py" line="181"/>
        <source>Trang</source>
        <translation>Page</translation>
    </message>
    <message>
        <location filename="../../counter/ui/online.py" line="189"/>
        <source>Thu phóng</source>
        <translation>Zoom</translation>
    </message>
    <message>
        <location filename="../../counter/ui/online.py" line="208"/>
        <source>Thành phần hồ sơ (đánh dấu giấy tờ đã có):</source>
        <translation>Checklist (tick the documents present):</translation>
    </message>
    <message>
        <location filename="../../counter/ui/online.py" line="213"/>
        <source>Tiếp nhận hồ sơ</source>
        <translation>Accept the dossier</translation>
    </message>
    <message>
        <location filename="../../counter/ui/online.py" line="214"/>
        <source>Yêu cầu sửa đổi, bổ sung (Mẫu 02)…</source>
        <translation>Request correction or supplement (form 02)…</translation>
    </message>
    <message>
        <location filename="../../counter/ui/online.py" line="215"/>
        <source>Trả lại: không thuộc thẩm quyền…</source>
        <translation>Return: not competent…</translation>
    </message>
    <message>
        <location filename="../../counter/ui/online.py" line="218"/>
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../counter/ui/online.py" line="224"/>
        <source>Đang nhận hồ sơ và tải tệp từ hệ thống tỉnh…</source>
        <translation>Claiming the dossier and fetching its files from the provincial system…</translation>
    </message>
    <message>
        <location filename="../../counter/ui/online.py" line="228"/>
        <location filename="../../counter/ui/online.py" line="258"/>
        <source>Đang mở hồ sơ…</source>
        <translation>Opening the dossier…</translation>
    </message>
    <message>
        <location filename="../../counter/ui/online.py" line="267"/>
        <source>Mã trực tuyến</source>
        <translation>Online code</translation>
    </message>
    <message>
        <location filename="../../counter/ui/online.py" line="267"/>
        <source>Thủ tục</source>
        <translation>Procedure</translation>
    </message>
    <message>
        <location filename="../../counter/ui/online.py" line="268"/>
        <source>Người nộp</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <location filename="../../counter/ui/online.py" line="268"/>
        <source>Số định danh</source>
        <translation>Personal ID number</translation>
    </message>
    <message>
        <location filename="../../counter/ui/online.py" line="269"/>
        <source>Ngày sinh</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <location filename="../../counter/ui/online.py" line="269"/>
        <source>Điện thoại</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../counter/ui/online.py" line="270"/>
        <source>Thư điện tử</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../counter/ui/online.py" line="270"/>
        <source>Địa chỉ</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../counter/ui/online.py" line="271"/>
        <source>Nộp lúc</source>
        <translation>Submitted at</translation>
    </message>
    <message>
        <location filename="../../counter/ui/online.py" line="272"/>
        <source>Hạn kiểm tra</source>
        <translation>Check deadline</translation>
    </message>
    <message>
        <location filename="../../counter/ui/online.py" line="272"/>
        <source>%1 (%2 giờ làm việc)</source>
        <translation>%1 (%2 working hours)</translation>
    </message>
    <message>
        <location filename="../../counter/ui/online.py" line="274"/>
        <source>Lần nộp</source>
        <translation>Submission</translation>
    </message>
    <message>
        <location filename="../../counter/ui/online.py" line="289"/>
        <source> (bổ sung lần {0})</source>
        <translation> (supplement {0})</translation>
    </message>
    <message>
        <location filename="../../counter/ui/online.py" line="293"/>
        <source> — chưa tải về</source>
        <translation> — not downloaded yet</translation>
    </message>
    <message>
        <location filename="../../counter/ui/online.py" line="303"/>
        <source>%1 (nếu có)</source>
        <translation>%1 (if any)</translation>
    </message>
    <message>
        <location filename="../../counter/ui/online.py" line="309"/>
        <source>Cơ quan này không giải quyết thủ tục này: trả lại hồ sơ, ghi rõ cơ quan có thẩm quyền.</source>
        <translation>This office does not handle this procedure: return the dossier, naming the competent agency.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/online.py" line="330"/>
        <source>Chưa cấu hình đồng bộ với hệ thống tỉnh: chưa tải được tệp của hồ sơ.</source>
        <translation>Sync with the provincial system is not set up: the files could not be downloaded.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/online.py" line="339"/>
        <source>Chưa tải được tệp (mất mạng?): {0}</source>
        <translation>The files could not be downloaded (network down?): {0}</translation>
    </message>
    <message>
        <location filename="../../counter/ui/online.py" line="355"/>
        <source>Không có tệp.</source>
        <translation>No file.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/online.py" line="360"/>
        <source>Không hiển thị tệp {0}: {1}</source>
        <translation>File {0} not shown: {1}</translation>
    </message>
    <message>
        <location filename="../../counter/ui/online.py" line="365"/>
        <source>Tệp {0} chưa tải về: kết nối hệ thống tỉnh rồi mở lại hồ sơ.</source>
        <translation>File {0} is not downloaded yet: connect to the provincial system and open the dossier again.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/online.py" line="371"/>
        <source>Không hiển thị được tệp {0} ({1}).</source>
        <translation>File {0} could not be shown ({1}).</translation>
    </message>
    <message>
        <location filename="../../counter/ui/online.py" line="377"/>
        <source>/ {0}</source>
        <translation>/ {0}</translation>
    </message>
    <message>
        <location filename="../../counter/ui/online.py" line="390"/>
        <source>Nộp lại tệp {0}: {1}</source>
        <translation>Submit file {0} again: {1}</translation>
    </message>
    <message>
        <location filename="../../counter/ui/online.py" line="396"/>
        <source>Chưa tiếp nhận được — còn thiếu: {0}. Đánh dấu đủ giấy tờ, hoặc yêu cầu bổ sung.</source>
        <translation>Cannot accept yet — missing: {0}. Tick every document, or request a supplement.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/online.py" line="404"/>
        <source>Đang tiếp nhận hồ sơ…</source>
        <translation>Accepting the dossier…</translation>
    </message>
    <message>
        <location filename="../../counter/ui/online.py" line="407"/>
        <source>Hồ sơ {0} đã được tiếp nhận với mã {1}, hẹn trả {2}; người nộp được thông báo khi đồng bộ.</source>
        <translation>Dossier {0} was accepted with code {1}, due {2}; the applicant is notified at the next sync.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/online.py" line="419"/>
        <source>Đang ghi yêu cầu bổ sung…</source>
        <translation>Recording the supplement request…</translation>
    </message>
    <message>
        <location filename="../../counter/ui/online.py" line="420"/>
        <source>Đã gửi yêu cầu bổ sung hồ sơ {0} (Mẫu 02); người nộp được thông báo khi đồng bộ.</source>
        <translation>Supplement requested for dossier {0} (form 02); the applicant is notified at the next sync.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/online.py" line="435"/>
        <source>Đang ghi…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <location filename="../../counter/ui/online.py" line="436"/>
        <source>Đã trả lại hồ sơ {0} (không thuộc thẩm quyền); người nộp được thông báo khi đồng bộ.</source>
        <translation>Dossier {0} returned (not competent); the applicant is notified at the next sync.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../counter/ui/settings.py" line="48"/>
        <source>Thiết lập cơ quan</source>
        <translation>Agency settings</translation>
    </message>
    <message>
        <location filename="../../counter/ui/settings.py" line="53"/>
        <source>&amp;Cơ quan</source>
        <translation>&amp;Agency</translation>
    </message>
    <message>
        <location filename="../../counter/ui/settings.py" line="54"/>
        <source>&amp;Giờ làm việc, ngày nghỉ</source>
        <translation>&amp;Working hours, days off</translation>
    </message>
    <message>
        <location filename="../../counter/ui/settings.py" line="55"/>
        <source>Cán &amp;bộ</source>
        <translation>&amp;Officers</translation>
    </message>
    <message>
        <location filename="../../counter/ui/settings.py" line="56"/>
        <source>Cơ quan &amp;giải quyết</source>
        <translation>&amp;Deciding agencies</translation>
    </message>
    <message>
        <location filename="../../counter/ui/settings.py" line="57"/>
        <source>Bư&amp;u chính</source>
        <translation>Po&amp;st</translation>
    </message>
    <message>
        <location filename="../../counter/ui/settings.py" line="58"/>
        <source>Chữ ký &amp;số</source>
        <translation>Digital &amp;signature</translation>
    </message>
    <message>
        <location filename="../../counter/ui/settings.py" line="63"/>
        <source>Lưu thông tin cơ quan</source>
        <translation>Save agency details</translation>
    </message>
    <message>
        <location filename="../../counter/ui/settings.py" line="63"/>
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../counter/ui/settings.py" line="98"/>
        <source>Mã định danh cơ quan *</source>
        <translation>Agency identifier code *</translation>
    </message>
    <message>
        <location filename="../../counter/ui/settings.py" line="99"/>
        <source>Tên cơ quan *</source>
        <translation>Agency name *</translation>
    </message>
    <message>
        <location filename="../../counter/ui/settings.py" line="100"/>
        <source>Cơ quan chủ quản *</source>
        <translation>Parent agency *</translation>
    </message>
    <message>
        <location filename="../../counter/ui/settings.py" line="105"/>
        <source>Cấp</source>
        <translation>Level</translation>
    </message>
    <message>
        <location filename="../../counter/ui/settings.py" line="106"/>
        <source>Địa chỉ</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../counter/ui/settings.py" line="107"/>
        <source>địa danh in trên giấy tờ, ví dụ Tân Trụ</source>
        <translation>place name printed on documents, e.g. Tân Trụ</translation>
    </message>
    <message>
        <location filename="../../counter/ui/settings.py" line="107"/>
        <source>Địa danh</source>
        <translation>Place name</translation>
    </message>
    <message>
        <location filename="../../counter/ui/settings.py" line="108"/>
        <source>Điện thoại</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../counter/ui/settings.py" line="114"/>
        <source>Đã kiểm tra: không máy nào khác của cơ quan dùng số này</source>
        <translation>Checked: no other computer of the agency uses this number</translation>
    </message>
    <message>
        <location filename="../../counter/ui/settings.py" line="115"/>
        <source>Chọn số quầy</source>
        <translation>Use this slot</translation>
    </message>
    <message>
        <location filename="../../counter/ui/settings.py" line="117"/>
        <source>Bỏ số này, nhận số khác</source>
        <translation>Give it up, get another</translation>
    </message>
    <message>
        <location filename="../../counter/ui/settings.py" line="122"/>
        <source>Số quầy (1–9)</source>
        <translation>Counter slot (1–9)</translation>
    </message>
    <message>
        <location filename="../../counter/ui/settings.py" line="126"/>
        <source>Số chữ số thứ tự trong mã</source>
        <translation>Digits of the sequence number in the code</translation>
    </message>
    <message>
        <location filename="../../counter/ui/settings.py" line="127"/>
        <source>Địa chỉ tra cứu hồ sơ</source>
        <translation>Dossier lookup address</translation>
    </message>
    <message>
        <location filename="../../counter/ui/settings.py" line="129"/>
        <source>thư mục máy quét lưu tệp; để trống nếu không dùng</source>
        <translation>folder where the scanner saves its files; leave empty if not used</translation>
    </message>
    <message>
        <location filename="../../counter/ui/settings.py" line="135"/>
        <source>để trống: dùng chứng chỉ gốc của hệ thống</source>
        <translation>empty: use the system&apos;s root certificates</translation>
    </message>
    <message>
        <location filename="../../counter/ui/settings.py" line="168"/>
        <source>&lt;b&gt;Máy này&lt;/b&gt; (mỗi quầy thiết lập riêng)</source>
        <translation>&lt;b&gt;This computer&lt;/b&gt; (each counter sets its own)</translation>
    </message>
    <message>
        <location filename="../../counter/ui/settings.py" line="172"/>
        <source>Token chữ ký số (USB, PKCS#11)</source>
        <translation>Signature token (USB, PKCS#11)</translation>
    </message>
    <message>
        <location filename="../../counter/ui/settings.py" line="173"/>
        <source>Tệp chữ ký số PKCS#12 (.p12, .pfx) — tập huấn, nơi chưa có token</source>
        <translation>PKCS#12 signature file (.p12, .pfx) — training, offices without a token</translation>
    </message>
    <message>
        <location filename="../../counter/ui/settings.py" line="176"/>
        <source>để trống: tự tìm trình điều khiển của CA</source>
        <translation>empty: find the CA&apos;s driver automatically</translation>
    </message>
    <message>
        <location filename="../../counter/ui/settings.py" line="178"/>
        <source>Tự tìm</source>
        <translation>Detect</translation>
    </message>
    <message>
        <location filename="../../counter/ui/settings.py" line="182"/>
        <source>đường dẫn tệp .p12 hoặc .pfx</source>
        <translation>path of the .p12 or .pfx file</translation>
    </message>
    <message>
        <location filename="../../counter/ui/settings.py" line="189"/>
        <source>&lt;b&gt;Cả cơ quan&lt;/b&gt;</source>
        <translation>&lt;b&gt;Whole office&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../counter/ui/settings.py" line="193"/>
        <source>ví dụ http://127.0.0.1:8765/api/v1/tsa (máy chủ tỉnh thử nghiệm)</source>
        <translation>e.g. http://127.0.0.1:8765/api/v1/tsa (test provincial server)</translation>
    </message>
    <message>
        <location filename="../../counter/ui/settings.py" line="200"/>
        <source>Thêm chứng thư gốc…</source>
        <translation>Add root certificate…</translation>
    </message>
    <message>
        <location filename="../../counter/ui/settings.py" line="204"/>
        <source>Lưu thiết lập chữ ký số</source>
        <translation>Save signature settings</translation>
    </message>
    <message>
        <location filename="../../counter/ui/settings.py" line="218"/>
        <source>%1 chứng thư</source>
        <translation>%1 certificate(s)</translation>
    </message>
    <message>
        <location filename="../../counter/ui/settings.py" line="225"/>
        <source>thư viện PKCS#11</source>
        <translation>PKCS#11 library</translation>
    </message>
    <message>
        <location filename="../../counter/ui/settings.py" line="226"/>
        <source>Tìm thấy: %1 — %2</source>
        <translation>Found: %1 — %2</translation>
    </message>
    <message>
        <location filename="../../counter/ui/settings.py" line="230"/>
        <source>Chưa thấy trình điều khiển token của CA nào trên máy: cài phần mềm token của nhà cung cấp chữ ký số (xem README, mục Chữ ký số).</source>
        <translation>No CA token driver found on this computer: install the token software of your signature provider (see the README, section on signing).</translation>
    </message>
    <message>
        <location filename="../../counter/ui/settings.py" line="234"/>
        <source>Chọn chứng thư gốc</source>
        <translation>Choose a root certificate</translation>
    </message>
    <message>
        <location filename="../../counter/ui/settings.py" line="235"/>
        <source>Chứng thư (*.pem *.crt *.cer *.der)</source>
        <translation>Certificates (*.pem *.crt *.cer *.der)</translation>
    </message>
    <message>
        <location filename="../../counter/ui/settings.py" line="254"/>
        <source>Nhập số giờ, ví dụ 0 hoặc 24.</source>
        <translation>Enter a number of hours, e.g. 0 or 24.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/settings.py" line="268"/>
        <source>Đã lưu thiết lập chữ ký số.</source>
        <translation>Signature settings saved.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/settings.py" line="276"/>
        <source>nghỉ</source>
        <translation>closed</translation>
    </message>
    <message>
        <location filename="../../counter/ui/settings.py" line="280"/>
        <source>Giờ làm việc mỗi buổi dạng 07:00-11:30, 13:30-17:00; để trống là ngày nghỉ.</source>
        <translation>Working hours of each session, like 07:00-11:30, 13:30-17:00; leave empty for a day off.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/settings.py" line="286"/>
        <source>Ngày nghỉ riêng của cơ quan (mỗi dòng một ngày dd/mm/yyyy)</source>
        <translation>The agency&apos;s own days off (one date per line, dd/mm/yyyy)</translation>
    </message>
    <message>
        <location filename="../../counter/ui/settings.py" line="288"/>
        <source>Ngày làm bù của cơ quan (mỗi dòng một ngày dd/mm/yyyy)</source>
        <translation>The agency&apos;s make-up working days (one date per line, dd/mm/yyyy)</translation>
    </message>
    <message>
        <location filename="../../counter/ui/settings.py" line="290"/>
        <source>Ngày nghỉ lễ, Tết và ngày làm bù theo quy định năm nay</source>
        <translation>This year&apos;s official holidays, Tết and make-up working days</translation>
    </message>
    <message>
        <location filename="../../counter/ui/settings.py" line="312"/>
        <source>Tên đăng nhập</source>
        <translation>User name</translation>
    </message>
    <message>
        <location filename="../../counter/ui/settings.py" line="312"/>
        <source>Họ và tên</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../counter/ui/settings.py" line="313"/>
        <location filename="../../counter/ui/settings.py" line="322"/>
        <source>Chức danh</source>
        <translation>Job title</translation>
    </message>
    <message>
        <location filename="../../counter/ui/settings.py" line="313"/>
        <location filename="../../counter/ui/settings.py" line="326"/>
        <source>Vai trò</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../counter/ui/settings.py" line="320"/>
        <source>Tên đăng nhập *</source>
        <translation>User name *</translation>
    </message>
    <message>
        <location filename="../../counter/ui/settings.py" line="321"/>
        <source>Họ và tên *</source>
        <translation>Full name *</translation>
    </message>
    <message>
        <location filename="../../counter/ui/settings.py" line="327"/>
        <source>Đang làm việc</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../counter/ui/settings.py" line="332"/>
        <source>Thêm cán bộ mới</source>
        <translation>Add new officer</translation>
    </message>
    <message>
        <location filename="../../counter/ui/settings.py" line="334"/>
        <source>Lưu cán bộ</source>
        <translation>Save officer</translation>
    </message>
    <message>
        <location filename="../../counter/ui/settings.py" line="336"/>
        <source>Đặt mật khẩu…</source>
        <translation>Set password…</translation>
    </message>
    <message>
        <location filename="../../counter/ui/settings.py" line="353"/>
        <source>Phòng ban, bộ phận giải quyết (mỗi dòng một đơn vị)</source>
        <translation>Departments handling dossiers (one per line)</translation>
    </message>
    <message>
        <location filename="../../counter/ui/settings.py" line="356"/>
        <source>Lưu danh sách phòng ban</source>
        <translation>Save departments</translation>
    </message>
    <message>
        <location filename="../../counter/ui/settings.py" line="424"/>
        <source>Số quầy %1 đang bị trùng với máy khác: chưa cấp được mã hồ sơ. %2</source>
        <translation>Counter slot %1 clashes with another computer: no dossier code can be issued. %2</translation>
    </message>
    <message>
        <location filename="../../counter/ui/settings.py" line="427"/>
        <source>Chưa có số quầy: chưa cấp được mã hồ sơ. Kết nối máy chủ tỉnh để được cấp số, hoặc chọn số quầy ở đây.</source>
        <translation>No counter slot yet: no dossier code can be issued. Connect to the provincial server to get one, or choose the slot here.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/settings.py" line="430"/>
        <source>Số quầy %1, do máy chủ tỉnh cấp.</source>
        <translation>Counter slot %1, assigned by the provincial server.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/settings.py" line="431"/>
        <source>Số quầy %1, do quản trị chọn; máy chủ tỉnh sẽ kiểm tra ở lần đồng bộ tới.</source>
        <translation>Counter slot %1, chosen by the administrator; the provincial server checks it at the next sync.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/settings.py" line="441"/>
        <source>Mã hồ sơ của máy này bắt đầu bằng số quầy (k001, k002 …), nên hai máy khác số quầy không bao giờ cấp trùng mã, kể cả khi mất mạng. Khi có mạng, máy chủ tỉnh tự cấp số ở lần đồng bộ đầu và báo ngay nếu hai máy dùng trùng số.</source>
        <translation>This computer&apos;s dossier codes start with its counter slot (k001, k002 …), so two computers with different slots never issue the same code, even offline. When online, the provincial server assigns a slot at the first sync and reports at once when two computers use the same one.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/settings.py" line="453"/>
        <location filename="../../counter/ui/settings.py" line="468"/>
        <source>Số quầy</source>
        <translation>Counter slot</translation>
    </message>
    <message>
        <location filename="../../counter/ui/settings.py" line="460"/>
        <source>Bỏ số quầy?</source>
        <translation>Give up the counter slot?</translation>
    </message>
    <message>
        <location filename="../../counter/ui/settings.py" line="461"/>
        <source>Máy này sẽ không cấp mã hồ sơ cho đến khi máy chủ tỉnh cấp số khác ở lần đồng bộ tới (hoặc quản trị chọn số khác). Tiếp tục?</source>
        <translation>This computer will issue no dossier code until the provincial server assigns another slot at the next sync (or the administrator chooses one). Continue?</translation>
    </message>
    <message>
        <location filename="../../counter/ui/settings.py" line="497"/>
        <source>Chưa lưu: %1</source>
        <translation>Not saved: %1</translation>
    </message>
    <message>
        <location filename="../../counter/ui/settings.py" line="586"/>
        <source>Đang lưu danh sách phòng ban…</source>
        <translation>Saving the departments…</translation>
    </message>
    <message>
        <location filename="../../counter/ui/settings.py" line="262"/>
        <location filename="../../counter/ui/settings.py" line="506"/>
        <source>Chưa lưu: sửa các ô đánh dấu màu đỏ.</source>
        <translation>Not saved: correct the fields marked in red.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/settings.py" line="187"/>
        <source>%1: %2 (phỏng đoán)</source>
        <translation>%1: %2 (guessed)</translation>
    </message>
    <message>
        <location filename="../../counter/ui/settings.py" line="246"/>
        <source>Đã tin cậy: %1</source>
        <translation>Now trusted: %1</translation>
    </message>
    <message>
        <location filename="../../counter/ui/settings.py" line="408"/>
        <source>%1 (nghỉ)</source>
        <translation>%1 (inactive)</translation>
    </message>
    <message>
        <location filename="../../counter/ui/settings.py" line="512"/>
        <source>Đã lưu thông tin cơ quan.</source>
        <translation>Agency details saved.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/settings.py" line="550"/>
        <source>Đã lưu cán bộ.</source>
        <translation>Officer saved.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/settings.py" line="554"/>
        <source>Đang lưu cán bộ…</source>
        <translation>Saving the officer…</translation>
    </message>
    <message>
        <location filename="../../counter/ui/settings.py" line="559"/>
        <source>Đặt mật khẩu</source>
        <translation>Set password</translation>
    </message>
    <message>
        <location filename="../../counter/ui/settings.py" line="559"/>
        <source>Chọn một cán bộ trong danh sách trước.</source>
        <translation>Choose an officer in the list first.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/settings.py" line="492"/>
        <location filename="../../counter/ui/settings.py" line="545"/>
        <location filename="../../counter/ui/settings.py" line="586"/>
        <source>Chưa lưu</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <location filename="../../counter/ui/settings.py" line="492"/>
        <source>Đang lưu thông tin cơ quan…</source>
        <translation>Saving the office details…</translation>
    </message>
    <message>
        <location filename="../../counter/ui/settings.py" line="581"/>
        <source>Đã lưu danh sách phòng ban.</source>
        <translation>Departments saved.</translation>
    </message>
</context>
<context>
    <name>ShareBar</name>
    <message>
        <location filename="../../counter/ui/charts.py" line="99"/>
        <source>Không có số liệu</source>
        <translation>No data</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../../counter/ui/signin.py" line="66"/>
        <source>Đăng nhập Counter</source>
        <translation>Sign in to Counter</translation>
    </message>
    <message>
        <location filename="../../counter/ui/signin.py" line="66"/>
        <source>Đăng nhập vào quầy của %1</source>
        <translation>Sign in to the counter of %1</translation>
    </message>
    <message>
        <location filename="../../counter/ui/signin.py" line="67"/>
        <source>Đăng nhập</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <location filename="../../counter/ui/signin.py" line="69"/>
        <source>Tên đăng nhập</source>
        <translation>User name</translation>
    </message>
    <message>
        <location filename="../../counter/ui/signin.py" line="70"/>
        <source>Mật khẩu</source>
        <translation>Password</translation>
    </message>
</context>
<context>
    <name>SignedViewer</name>
    <message>
        <location filename="../../counter/ui/signing.py" line="188"/>
        <source>Bản đã ký: %1</source>
        <translation>Signed copy: %1</translation>
    </message>
    <message>
        <location filename="../../counter/ui/signing.py" line="199"/>
        <source>dấu thời gian %1</source>
        <translation>timestamp %1</translation>
    </message>
    <message>
        <location filename="../../counter/ui/signing.py" line="201"/>
        <source>số hiệu %1</source>
        <translation>serial %1</translation>
    </message>
    <message>
        <location filename="../../counter/ui/signing.py" line="205"/>
        <source>Kiểm tra thu hồi theo trả lời CRL/OCSP lúc %1</source>
        <translation>Revocation checked with the CRL/OCSP answer of %1</translation>
    </message>
    <message>
        <location filename="../../counter/ui/signing.py" line="207"/>
        <source>Chưa có trả lời CRL/OCSP nào (chưa kiểm tra thu hồi khi có mạng).</source>
        <translation>No CRL/OCSP answer yet (revocation not checked while online).</translation>
    </message>
    <message>
        <location filename="../../counter/ui/signing.py" line="223"/>
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>StepDialog</name>
    <message>
        <location filename="../../counter/ui/actions.py" line="24"/>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>SupplementDialog</name>
    <message>
        <location filename="../../counter/ui/actions.py" line="90"/>
        <source>Yêu cầu bổ sung, hoàn thiện hồ sơ (mẫu 02)</source>
        <translation>Request to supplement and complete the dossier (form 02)</translation>
    </message>
    <message>
        <location filename="../../counter/ui/actions.py" line="90"/>
        <source>Lập phiếu yêu cầu bổ sung</source>
        <translation>Issue the supplement request</translation>
    </message>
    <message>
        <location filename="../../counter/ui/actions.py" line="92"/>
        <source>Đánh dấu mọi giấy tờ còn thiếu hoặc chưa hợp lệ và ghi lý do; thêm dòng cho nội dung khác. Phiếu liệt kê tất cả trong một lần.</source>
        <translation>Tick every document that is missing or not valid and give the reason; add rows for anything else. The request lists everything at once.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/actions.py" line="97"/>
        <source>Giấy tờ / nội dung cần bổ sung</source>
        <translation>Document / item to supplement</translation>
    </message>
    <message>
        <location filename="../../counter/ui/actions.py" line="97"/>
        <source>Lý do</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../counter/ui/actions.py" line="113"/>
        <source>Chưa nộp</source>
        <translation>Not submitted</translation>
    </message>
    <message>
        <location filename="../../counter/ui/actions.py" line="117"/>
        <source>Thêm dòng</source>
        <translation>Add row</translation>
    </message>
    <message>
        <location filename="../../counter/ui/actions.py" line="123"/>
        <source>Ghi chú chung</source>
        <translation>General notes</translation>
    </message>
    <message>
        <location filename="../../counter/ui/online.py" line="444"/>
        <source>Yêu cầu sửa đổi, bổ sung hồ sơ (Mẫu 02)</source>
        <translation>Request for correction or supplement (form 02)</translation>
    </message>
    <message>
        <location filename="../../counter/ui/online.py" line="447"/>
        <source>Ghi một lần, đầy đủ mọi nội dung người nộp cần sửa đổi, bổ sung — mỗi dòng một nội dung:</source>
        <translation>List once, in full, everything the applicant must correct or add — one item per line:</translation>
    </message>
    <message>
        <location filename="../../counter/ui/online.py" line="452"/>
        <source>Lý do (nếu cần):</source>
        <translation>Reason (if needed):</translation>
    </message>
    <message>
        <location filename="../../counter/ui/online.py" line="459"/>
        <source>Gửi yêu cầu bổ sung</source>
        <translation>Send the request</translation>
    </message>
    <message>
        <location filename="../../counter/ui/online.py" line="466"/>
        <source>Ghi ít nhất một nội dung cần sửa đổi, bổ sung.</source>
        <translation>List at least one item to correct or add.</translation>
    </message>
</context>
<context>
    <name>SyncStatus</name>
    <message>
        <location filename="../../counter/ui/sync_status.py" line="49"/>
        <source>chưa gửi: %1</source>
        <translation>not yet sent: %1</translation>
    </message>
    <message>
        <location filename="../../counter/ui/sync_status.py" line="74"/>
        <source>Đồng bộ ngay (F9)</source>
        <translation>Sync now (F9)</translation>
    </message>
    <message>
        <location filename="../../counter/ui/sync_status.py" line="132"/>
        <source>Chưa thiết lập máy chủ đồng bộ của tỉnh: vào Thiết lập (Ctrl+,) → Đồng bộ để nhập địa chỉ và mã truy cập. Hồ sơ vẫn được lưu an toàn trên máy này.</source>
        <translation>No provincial sync server is set up: open Settings (Ctrl+,) → Sync to enter its address and access token. Dossiers stay safely stored on this computer.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/sync_status.py" line="126"/>
        <location filename="../../counter/ui/sync_status.py" line="140"/>
        <source>Đang đồng bộ…</source>
        <translation>Syncing…</translation>
    </message>
    <message>
        <location filename="../../counter/ui/sync_status.py" line="154"/>
        <source>Chưa thiết lập đồng bộ</source>
        <translation>Sync not set up</translation>
    </message>
    <message>
        <location filename="../../counter/ui/sync_status.py" line="158"/>
        <source>Đang đồng bộ</source>
        <translation>Syncing</translation>
    </message>
    <message>
        <location filename="../../counter/ui/sync_status.py" line="162"/>
        <source>Trực tuyến</source>
        <translation>Online</translation>
    </message>
    <message>
        <location filename="../../counter/ui/sync_status.py" line="166"/>
        <source>Ngoại tuyến</source>
        <translation>Offline</translation>
    </message>
    <message>
        <location filename="../../counter/ui/sync_status.py" line="167"/>
        <source>chưa có</source>
        <translation>never</translation>
    </message>
    <message>
        <location filename="../../counter/ui/sync_status.py" line="168"/>
        <source>%1 · Chờ gửi: %2 · Đồng bộ lần cuối: %3</source>
        <translation>%1 · Waiting: %2 · Last sync: %3</translation>
    </message>
    <message>
        <location filename="../../counter/ui/sync_status.py" line="172"/>
        <source>Cần xử lý: %1</source>
        <translation>Needs attention: %1</translation>
    </message>
</context>
<context>
    <name>_Base</name>
    <message>
        <location filename="../../counter/ui/signin.py" line="23"/>
        <source>Thoát</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../counter/ui/signin.py" line="45"/>
        <source>Đang kiểm tra tài khoản…</source>
        <translation>Checking the account…</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../counter/ui/app.py" line="53"/>
        <source>Tệp dịch giao diện %1.qm bị hỏng: một số chữ trên các hộp thoại chuẩn có thể hiện bằng tiếng Anh. %2</source>
        <extracomment>what was wrong with the bundled files when the window started (shown to the officer once)</extracomment>
        <translation>The interface translation %1.qm is damaged: some texts of standard dialogs may show in English. %2</translation>
    </message>
    <message>
        <location filename="../../counter/ui/app.py" line="70"/>
        <source>Tệp phông chữ %1 của Counter bị hỏng. %2</source>
        <translation>Counter&apos;s font file %1 is damaged. %2</translation>
    </message>
    <message>
        <location filename="../../counter/ui/app.py" line="108"/>
        <source>Cơ sở dữ liệu có lỗi (%1). Hãy sao lưu ngay rồi khôi phục từ bản sao lưu gần nhất: %2 (&apos;counter restore TỆP&apos;).</source>
        <translation>The database has errors (%1). Make a backup now, then restore the latest backup: %2 (&apos;counter restore FILE&apos;).</translation>
    </message>
    <message>
        <location filename="../../counter/ui/app.py" line="110"/>
        <source>Cơ sở dữ liệu có lỗi (%1). Hãy sao lưu ngay rồi khôi phục từ bản sao lưu gần nhất (&apos;counter restore TỆP&apos;).</source>
        <translation>The database has errors (%1). Make a backup now, then restore the latest backup (&apos;counter restore FILE&apos;).</translation>
    </message>
    <message>
        <location filename="../../counter/ui/app.py" line="177"/>
        <source>Không mở được dữ liệu</source>
        <translation>Cannot open the data</translation>
    </message>
    <message>
        <location filename="../../counter/ui/app.py" line="184"/>
        <source>Dữ liệu chỉ đọc</source>
        <translation>Read-only data</translation>
    </message>
    <message>
        <location filename="../../counter/ui/app.py" line="188"/>
        <source>Không khởi tạo được dữ liệu</source>
        <translation>Cannot initialise the data</translation>
    </message>
    <message>
        <location filename="../../counter/ui/app.py" line="209"/>
        <source>Bộ cài Counter cần được sửa</source>
        <translation>Counter&apos;s installation needs repair</translation>
    </message>
</context>
<context>
    <name>ops</name>
    <message>
        <location filename="../../counter/ui/ops.py" line="274"/>
        <source>Chưa thực hiện được</source>
        <translation>Could not be done</translation>
    </message>
    <message>
        <location filename="../../counter/ui/ops.py" line="343"/>
        <source>Đang xử lý…</source>
        <translation>Working…</translation>
    </message>
    <message>
        <location filename="../../counter/ui/ops.py" line="349"/>
        <source>Việc này đang chạy, chờ xong rồi làm tiếp: %1</source>
        <translation>This is still running, wait until it finishes: %1</translation>
    </message>
    <message>
        <location filename="../../counter/ui/ops.py" line="350"/>
        <source>đang xử lý</source>
        <translation>working</translation>
    </message>
</context>
<context>
    <name>printing</name>
    <message>
        <location filename="../../counter/ui/printing.py" line="92"/>
        <source>Máy in “%1” hiện không có trên máy này (máy in tắt, rút cáp, mất mạng hoặc đã bị gỡ).</source>
        <translation>The printer “%1” is not available on this computer now (switched off, unplugged, off the network or removed).</translation>
    </message>
    <message>
        <location filename="../../counter/ui/printing.py" line="97"/>
        <source>Máy in “%1” đang báo lỗi hoặc bị tạm dừng (hết giấy, kẹt giấy, mở nắp hoặc bị dừng hàng đợi in).</source>
        <translation>The printer “%1” reports an error or is paused (out of paper, paper jam, cover open or its queue stopped).</translation>
    </message>
    <message>
        <location filename="../../counter/ui/printing.py" line="116"/>
        <source>Không lưu được tệp PDF %1: %2. Những gì đã làm đều đã được lưu; chọn thư mục khác rồi in lại.</source>
        <translation>Could not save the PDF file %1: %2. Everything done so far is saved; choose another folder and print again.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/printing.py" line="126"/>
        <source>Máy in “%1” không nhận lệnh in (máy in tắt, hết giấy, mất kết nối hoặc đang lỗi). Những gì đã làm đều đã được lưu; kiểm tra máy in rồi bấm in lại, hoặc chọn máy in khác.</source>
        <translation>The printer “%1” did not take the job (switched off, out of paper, disconnected or in error). Everything done so far is saved; check the printer and print again, or choose another printer.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/printing.py" line="133"/>
        <source>Máy in ngừng nhận trang ở trang %1. Kiểm tra máy in rồi in lại.</source>
        <translation>The printer stopped taking pages at page %1. Check the printer and print again.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/printing.py" line="141"/>
        <source>Máy in báo lỗi khi nhận lệnh in. Kiểm tra máy in rồi in lại.</source>
        <translation>The printer reported an error when taking the job. Check the printer and print again.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/printing.py" line="158"/>
        <source>%1

Chọn máy in khác, hoặc bật máy in, rồi bấm In trong hộp thoại sau.</source>
        <translation>%1

Choose another printer, or switch the printer on, then click Print in the next dialog.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/printing.py" line="161"/>
        <source>In — %1</source>
        <translation>Print — %1</translation>
    </message>
    <message>
        <location filename="../../counter/ui/printing.py" line="169"/>
        <source>Đã gửi “%1” tới máy in %2.</source>
        <translation>Sent “%1” to the printer %2.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/printing.py" line="157"/>
        <source>Máy in chưa sẵn sàng</source>
        <translation>Printer not ready</translation>
    </message>
    <message>
        <location filename="../../counter/ui/printing.py" line="197"/>
        <location filename="../../counter/ui/printing.py" line="227"/>
        <source>Chưa in được</source>
        <translation>Not printed</translation>
    </message>
    <message>
        <location filename="../../counter/ui/printing.py" line="206"/>
        <source>Không xem trước được</source>
        <translation>No preview</translation>
    </message>
</context>
<context>
    <name>widget</name>
    <message>
        <location filename="../../counter/ui/signin.py" line="116"/>
        <source>Mật khẩu không đúng.</source>
        <translation>Wrong password.</translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <location filename="../../counter/ui/app.py" line="98"/>
        <source>Kiểm tra dữ liệu</source>
        <translation>Data check</translation>
    </message>
    <message>
        <location filename="../../counter/ui/app.py" line="119"/>
        <source>Đang kiểm tra và sao lưu dữ liệu…</source>
        <translation>Checking and backing up the data…</translation>
    </message>
</context>
</TS>
