<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="vi">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../counter/ui/about.py" line="20"/>
        <source>Giới thiệu Counter</source>
        <translation>About Counter</translation>
    </message>
    <message>
        <location filename="../../counter/ui/about.py" line="24"/>
        <source>&lt;h2&gt;Counter %1&lt;/h2&gt;&lt;p&gt;Phần mềm Bộ phận Một cửa: tiếp nhận hồ sơ thủ tục hành chính, trả kết quả, làm việc cả khi không có mạng.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Counter %1&lt;/h2&gt;&lt;p&gt;Software for one-stop office counters: receiving administrative dossiers and returning results, even without a network.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../counter/ui/about.py" line="40"/>
        <source>bộ cài đặt Windows/đóng gói sẵn</source>
        <translation>Windows installer / ready-made bundle</translation>
    </message>
    <message>
        <location filename="../../counter/ui/about.py" line="40"/>
        <source>cài từ gói Python</source>
        <translation>installed from the Python package</translation>
    </message>
    <message>
        <location filename="../../counter/ui/about.py" line="41"/>
        <source>Phiên bản</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../counter/ui/about.py" line="42"/>
        <source>Cơ sở dữ liệu</source>
        <translation>Database</translation>
    </message>
    <message>
        <location filename="../../counter/ui/about.py" line="42"/>
        <source>lược đồ dữ liệu </source>
        <translation>schema </translation>
    </message>
    <message>
        <location filename="../../counter/ui/about.py" line="43"/>
        <source>Thư mục dữ liệu</source>
        <translation>Data folder</translation>
    </message>
    <message>
        <location filename="../../counter/ui/about.py" line="44"/>
        <source>(không ghi được nhật ký)</source>
        <translation>(no log can be written)</translation>
    </message>
    <message>
        <location filename="../../counter/ui/about.py" line="47"/>
        <source>Tệp nhật ký</source>
        <translation>Log file</translation>
    </message>
    <message>
        <location filename="../../counter/ui/about.py" line="48"/>
        <source>phiên bản %1, ban hành %2, %3 thủ tục</source>
        <translation>version %1, issued %2, %3 procedures</translation>
    </message>
    <message>
        <location filename="../../counter/ui/about.py" line="50"/>
        <source>chưa nạp</source>
        <translation>not loaded</translation>
    </message>
    <message>
        <location filename="../../counter/ui/about.py" line="51"/>
        <source>Danh mục thủ tục</source>
        <translation>Procedure catalogue</translation>
    </message>
    <message>
        <location filename="../../counter/ui/about.py" line="53"/>
        <source>Đơn vị hành chính</source>
        <translation>Administrative units</translation>
    </message>
    <message>
        <location filename="../../counter/ui/about.py" line="53"/>
        <source>danh sách có hiệu lực từ </source>
        <translation>list in force from </translation>
    </message>
    <message>
        <location filename="../../counter/ui/about.py" line="54"/>
        <source>Nền tảng</source>
        <translation>Platform</translation>
    </message>
    <message>
        <location filename="../../counter/ui/about.py" line="55"/>
        <source>Giấy phép</source>
        <translation>Licence</translation>
    </message>
    <message>
        <location filename="../../counter/ui/about.py" line="55"/>
        <source>GNU GPL phiên bản 2 trở lên (GPL-2.0-or-later); phông chữ DejaVu (giấy phép tự do của DejaVu).</source>
        <translation>GNU GPL version 2 or later (GPL-2.0-or-later); DejaVu fonts (DejaVu&apos;s free licence).</translation>
    </message>
    <message>
        <location filename="../../counter/ui/about.py" line="59"/>
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../counter/ui/about.py" line="60"/>
        <source>Sao chép thông tin</source>
        <translation>Copy the information</translation>
    </message>
    <message>
        <location filename="../../counter/ui/about.py" line="63"/>
        <source>Mở thư mục nhật ký</source>
        <translation>Open the log folder</translation>
    </message>
    <message>
        <location filename="../../counter/ui/about.py" line="78"/>
        <source>Đã sao chép</source>
        <translation>Copied</translation>
    </message>
</context>
<context>
    <name>AttentionDialog</name>
    <message>
        <location filename="../../counter/ui/sync_status.py" line="229"/>
        <source>Đồng bộ: cần cán bộ xử lý</source>
        <translation>Sync: needs an officer</translation>
    </message>
    <message>
        <location filename="../../counter/ui/sync_status.py" line="234"/>
        <location filename="../../counter/ui/sync_status.py" line="249"/>
        <source>Mã hồ sơ</source>
        <translation>Dossier code</translation>
    </message>
    <message>
        <location filename="../../counter/ui/sync_status.py" line="234"/>
        <location filename="../../counter/ui/sync_status.py" line="249"/>
        <source>Loại</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../counter/ui/sync_status.py" line="234"/>
        <source>Lúc</source>
        <translation>At</translation>
    </message>
    <message>
        <location filename="../../counter/ui/sync_status.py" line="234"/>
        <source>Lý do máy chủ tỉnh từ chối</source>
        <translation>Why the provincial server refused it</translation>
    </message>
    <message>
        <location filename="../../counter/ui/sync_status.py" line="236"/>
        <source>Sửa hồ sơ theo lý do, rồi bấm &apos;Gửi lại&apos;. Các hồ sơ khác vẫn được gửi bình thường.</source>
        <translation>Fix the dossier as the reason says, then press &apos;Send again&apos;. Other dossiers keep being sent as usual.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/sync_status.py" line="239"/>
        <source>Mở hồ sơ</source>
        <translation>Open dossier</translation>
    </message>
    <message>
        <location filename="../../counter/ui/sync_status.py" line="241"/>
        <source>Gửi lại</source>
        <translation>Send again</translation>
    </message>
    <message>
        <location filename="../../counter/ui/sync_status.py" line="247"/>
        <source>Bị từ chối</source>
        <translation>Refused</translation>
    </message>
    <message>
        <location filename="../../counter/ui/sync_status.py" line="249"/>
        <source>Tại quầy</source>
        <translation>At the counter</translation>
    </message>
    <message>
        <location filename="../../counter/ui/sync_status.py" line="249"/>
        <source>Tại tỉnh</source>
        <translation>At the province</translation>
    </message>
    <message>
        <location filename="../../counter/ui/sync_status.py" line="250"/>
        <source>Vì sao chưa thống nhất</source>
        <translation>Why they disagree</translation>
    </message>
    <message>
        <location filename="../../counter/ui/sync_status.py" line="251"/>
        <source>Quầy và tỉnh đang khác nhau về các hồ sơ này: chọn bản giữ lại. Bản được chọn sẽ được ghi ở cả hai nơi.</source>
        <translation>The counter and the province disagree about these dossiers: choose the version to keep. The chosen version is recorded in both places.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/sync_status.py" line="254"/>
        <source>Theo bản của tỉnh</source>
        <translation>Take the province&apos;s version</translation>
    </message>
    <message>
        <source>Cập nhật từ tỉnh</source>
        <translation type="vanished">Update from the province</translation>
    </message>
    <message>
        <source>Nội dung</source>
        <translation type="vanished">Content</translation>
    </message>
    <message>
        <source>Vì sao chưa áp dụng</source>
        <translation type="vanished">Why it was not applied</translation>
    </message>
    <message>
        <source>Tỉnh đã thay đổi các hồ sơ này trong khi quầy cũng có thay đổi chưa gửi: chọn bản giữ lại.</source>
        <translation type="vanished">The province changed these dossiers while the counter also has unsent changes: choose which to keep.</translation>
    </message>
    <message>
        <source>Áp dụng thay đổi của tỉnh</source>
        <translation type="vanished">Apply the province&apos;s change</translation>
    </message>
    <message>
        <location filename="../../counter/ui/sync_status.py" line="256"/>
        <source>Giữ bản tại quầy</source>
        <translation>Keep the counter&apos;s version</translation>
    </message>
    <message>
        <location filename="../../counter/ui/sync_status.py" line="262"/>
        <source>Xung đột</source>
        <translation>Conflicts</translation>
    </message>
    <message>
        <location filename="../../counter/ui/sync_status.py" line="264"/>
        <source>Nguồn</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../counter/ui/sync_status.py" line="264"/>
        <source>Số</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/sync_status.py" line="264"/>
        <source>Lúc nhận</source>
        <translation>Received at</translation>
    </message>
    <message>
        <location filename="../../counter/ui/sync_status.py" line="264"/>
        <source>Vì sao không dùng được</source>
        <translation>Why it cannot be used</translation>
    </message>
    <message>
        <location filename="../../counter/ui/sync_status.py" line="266"/>
        <source>Các mục nhận từ tỉnh hoặc bưu chính không hợp lệ: không được áp dụng, các mục khác vẫn được áp dụng. Báo cho nơi gửi, rồi bấm &apos;Đã xem&apos;.</source>
        <translation>Items received from the province or the postal service that are not valid: they were not applied; the other items were. Tell the sender, then press &apos;Seen&apos;.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/sync_status.py" line="271"/>
        <source>Chọn một dòng để xem nội dung đã nhận.</source>
        <translation>Choose a row to see what was received.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/sync_status.py" line="275"/>
        <source>Đã xem</source>
        <translation>Seen</translation>
    </message>
    <message>
        <location filename="../../counter/ui/sync_status.py" line="280"/>
        <source>Nhận không hợp lệ</source>
        <translation>Invalid items received</translation>
    </message>
    <message>
        <location filename="../../counter/ui/sync_status.py" line="301"/>
        <source>Đang tải các mục cần xử lý…</source>
        <translation>Loading the items that need attention…</translation>
    </message>
    <message>
        <location filename="../../counter/ui/sync_status.py" line="316"/>
        <source>Bị từ chối (%1)</source>
        <translation>Refused (%1)</translation>
    </message>
    <message>
        <location filename="../../counter/ui/sync_status.py" line="317"/>
        <source>Xung đột (%1)</source>
        <translation>Conflicts (%1)</translation>
    </message>
    <message>
        <location filename="../../counter/ui/sync_status.py" line="318"/>
        <source>Nhận không hợp lệ (%1)</source>
        <translation>Invalid items received (%1)</translation>
    </message>
    <message>
        <location filename="../../counter/ui/sync_status.py" line="339"/>
        <source>Chưa gửi lại được</source>
        <translation>Could not send again</translation>
    </message>
    <message>
        <location filename="../../counter/ui/sync_status.py" line="345"/>
        <source>Đang ghi…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <location filename="../../counter/ui/sync_status.py" line="356"/>
        <location filename="../../counter/ui/sync_status.py" line="363"/>
        <source>Chưa xử lý được</source>
        <translation>Could not resolve</translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message>
        <location filename="../../counter/ui/charts.py" line="40"/>
        <source>Không có số liệu</source>
        <translation>No data</translation>
    </message>
</context>
<context>
    <name>BookDialog</name>
    <message>
        <location filename="../../counter/ui/book.py" line="19"/>
        <source>Sổ theo dõi hồ sơ (mẫu 07)</source>
        <translation>Dossier tracking book (form 07)</translation>
    </message>
    <message>
        <location filename="../../counter/ui/book.py" line="19"/>
        <source>Xuất sổ…</source>
        <translation>Export book…</translation>
    </message>
    <message>
        <location filename="../../counter/ui/book.py" line="27"/>
        <source>Từ ngày</source>
        <translation>From date</translation>
    </message>
    <message>
        <location filename="../../counter/ui/book.py" line="28"/>
        <source>Đến ngày</source>
        <translation>To date</translation>
    </message>
    <message>
        <location filename="../../counter/ui/book.py" line="36"/>
        <source>Lưu sổ theo dõi</source>
        <translation>Save tracking book</translation>
    </message>
    <message>
        <location filename="../../counter/ui/book.py" line="37"/>
        <source>PDF (*.pdf);;CSV (*.csv)</source>
        <translation>PDF (*.pdf);;CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../counter/ui/book.py" line="48"/>
        <source>Không lưu được</source>
        <translation>Could not save</translation>
    </message>
    <message>
        <location filename="../../counter/ui/book.py" line="52"/>
        <source>Đang xuất sổ theo dõi…</source>
        <translation>Exporting the tracking book…</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <location filename="../../counter/ui/signin.py" line="179"/>
        <source>Đổi mật khẩu</source>
        <translation>Change password</translation>
    </message>
    <message>
        <location filename="../../counter/ui/signin.py" line="179"/>
        <source>Mật khẩu của </source>
        <translation>Password of </translation>
    </message>
    <message>
        <location filename="../../counter/ui/signin.py" line="180"/>
        <source>Đặt mật khẩu mới cho </source>
        <translation>Set a new password for </translation>
    </message>
    <message>
        <location filename="../../counter/ui/signin.py" line="180"/>
        <source>Lưu mật khẩu</source>
        <translation>Save password</translation>
    </message>
    <message>
        <location filename="../../counter/ui/signin.py" line="182"/>
        <source>Mật khẩu hiện tại</source>
        <translation>Current password</translation>
    </message>
    <message>
        <location filename="../../counter/ui/signin.py" line="183"/>
        <source>Mật khẩu mới</source>
        <translation>New password</translation>
    </message>
    <message>
        <location filename="../../counter/ui/signin.py" line="184"/>
        <source>Nhập lại</source>
        <translation>Repeat</translation>
    </message>
    <message>
        <location filename="../../counter/ui/signin.py" line="185"/>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../counter/ui/signin.py" line="189"/>
        <source>Hai lần nhập mật khẩu không giống nhau.</source>
        <translation>The two passwords do not match.</translation>
    </message>
</context>
<context>
    <name>ChecklistSection</name>
    <message>
        <location filename="../../counter/ui/intake_sections.py" line="209"/>
        <source>&lt;b&gt;2. Thành phần hồ sơ&lt;/b&gt; (Space: đánh dấu đã nộp)</source>
        <translation>&lt;b&gt;2. Dossier documents&lt;/b&gt; (Space: mark as submitted)</translation>
    </message>
    <message>
        <location filename="../../counter/ui/intake_sections.py" line="211"/>
        <source>Đủ giấy tờ &amp;bắt buộc</source>
        <translation>All &amp;required documents</translation>
    </message>
    <message>
        <location filename="../../counter/ui/intake_sections.py" line="212"/>
        <source>Đánh dấu đã nộp tất cả giấy tờ bắt buộc (Alt+B)</source>
        <translation>Mark all required documents as submitted (Alt+R)</translation>
    </message>
    <message>
        <location filename="../../counter/ui/intake_sections.py" line="217"/>
        <source>Nộp</source>
        <translation>Submitted</translation>
    </message>
    <message>
        <location filename="../../counter/ui/intake_sections.py" line="217"/>
        <source>Tên giấy tờ</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../../counter/ui/intake_sections.py" line="217"/>
        <source>Chính</source>
        <translation>Originals</translation>
    </message>
    <message>
        <location filename="../../counter/ui/intake_sections.py" line="217"/>
        <source>Chứng thực</source>
        <translation>Certified copies</translation>
    </message>
    <message>
        <location filename="../../counter/ui/intake_sections.py" line="217"/>
        <source>Photo</source>
        <translation>Photocopies</translation>
    </message>
    <message>
        <location filename="../../counter/ui/intake_sections.py" line="254"/>
        <source> (nếu có)</source>
        <translation> (if any)</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../../counter/ui/crash.py" line="62"/>
        <source>Counter gặp lỗi ngoài dự kiến</source>
        <translation>Counter met an unexpected error</translation>
    </message>
    <message>
        <location filename="../../counter/ui/crash.py" line="66"/>
        <source>Hồ sơ đang nhập dở đã được giữ lại: nếu phải mở lại Counter, hồ sơ đó sẽ được đề nghị khôi phục.</source>
        <translation>The dossier being entered has been kept: if Counter has to be reopened, it will be offered back.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/crash.py" line="69"/>
        <source>&lt;p&gt;&lt;b&gt;Counter vừa gặp một lỗi ngoài dự kiến.&lt;/b&gt; Các hồ sơ đã tiếp nhận đều an toàn trong cơ sở dữ liệu.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Counter has just met an unexpected error.&lt;/b&gt; Every dossier already received is safe in the database.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../counter/ui/crash.py" line="71"/>
        <source>&lt;p&gt;&lt;b&gt;Nên làm:&lt;/b&gt;&lt;/p&gt;&lt;ol&gt;&lt;li&gt;Bấm &lt;b&gt;Sao chép chi tiết&lt;/b&gt; rồi dán vào tin nhắn hoặc thư gửi người hỗ trợ phần mềm (kèm tệp nhật ký nếu được hỏi).&lt;/li&gt;&lt;li&gt;Bấm &lt;b&gt;Tiếp tục làm việc&lt;/b&gt;. Nếu Counter hoạt động bất thường, bấm &lt;b&gt;Đóng Counter&lt;/b&gt; rồi mở lại.&lt;/li&gt;&lt;/ol&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;What to do:&lt;/b&gt;&lt;/p&gt;&lt;ol&gt;&lt;li&gt;Click &lt;b&gt;Copy the details&lt;/b&gt; and paste them into a message or e-mail to whoever supports the software (with the log file if asked).&lt;/li&gt;&lt;li&gt;Click &lt;b&gt;Continue working&lt;/b&gt;. If Counter behaves oddly, click &lt;b&gt;Close Counter&lt;/b&gt; and open it again.&lt;/li&gt;&lt;/ol&gt;</translation>
    </message>
    <message>
        <location filename="../../counter/ui/crash.py" line="77"/>
        <source>Tệp nhật ký: </source>
        <translation>Log file: </translation>
    </message>
    <message>
        <location filename="../../counter/ui/crash.py" line="77"/>
        <source>(không ghi được)</source>
        <translation>(cannot be written)</translation>
    </message>
    <message>
        <location filename="../../counter/ui/crash.py" line="87"/>
        <source>Sao chép chi tiết</source>
        <translation>Copy the details</translation>
    </message>
    <message>
        <location filename="../../counter/ui/crash.py" line="90"/>
        <source>Mở thư mục nhật ký</source>
        <translation>Open the log folder</translation>
    </message>
    <message>
        <location filename="../../counter/ui/crash.py" line="96"/>
        <source>Tiếp tục làm việc</source>
        <translation>Continue working</translation>
    </message>
    <message>
        <location filename="../../counter/ui/crash.py" line="97"/>
        <source>Đóng Counter</source>
        <translation>Close Counter</translation>
    </message>
    <message>
        <location filename="../../counter/ui/crash.py" line="110"/>
        <source>Đã sao chép</source>
        <translation>Copied</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <location filename="../../counter/ui/dashboard.py" line="90"/>
        <source>đến</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../../counter/ui/dashboard.py" line="99"/>
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
        <translation>Numerator / denominator</translation>
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
        <location filename="../../counter/ui/dashboard.py" line="180"/>
        <source>Xuất mọi bảng ra Excel</source>
        <translation>Export every table to Excel</translation>
    </message>
    <message>
        <location filename="../../counter/ui/dashboard.py" line="182"/>
        <source>Lưu báo cáo PDF</source>
        <translation>Save the report as PDF</translation>
    </message>
    <message>
        <location filename="../../counter/ui/dashboard.py" line="184"/>
        <source>In báo cáo (Ctrl+P)</source>
        <translation>Print the report (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../counter/ui/dashboard.py" line="216"/>
        <source>Mã hồ sơ</source>
        <translation>Dossier code</translation>
    </message>
    <message>
        <location filename="../../counter/ui/dashboard.py" line="216"/>
        <source>Người nộp</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <location filename="../../counter/ui/dashboard.py" line="216"/>
        <source>Hẹn trả</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../../counter/ui/dashboard.py" line="216"/>
        <source>Ghi chú</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../counter/ui/dashboard.py" line="232"/>
        <source>Mọi cơ quan</source>
        <translation>All agencies</translation>
    </message>
    <message>
        <location filename="../../counter/ui/dashboard.py" line="233"/>
        <source>Mọi thủ tục</source>
        <translation>All procedures</translation>
    </message>
    <message>
        <location filename="../../counter/ui/dashboard.py" line="234"/>
        <source>Mọi cán bộ</source>
        <translation>All officers</translation>
    </message>
    <message>
        <location filename="../../counter/ui/dashboard.py" line="272"/>
        <source>Đang tính báo cáo…</source>
        <translation>Computing the report…</translation>
    </message>
    <message>
        <location filename="../../counter/ui/dashboard.py" line="290"/>
        <source>Hồ sơ trực tuyến: nhận {0} · kiểm tra đúng hạn {1} · kiểm tra trễ hạn {2} · đang chờ kiểm tra {3} (quá hạn {4})</source>
        <translation>Online dossiers: received {0} · checked on time {1} · checked late {2} · waiting {3} ({4} past the deadline)</translation>
    </message>
    <message>
        <location filename="../../counter/ui/dashboard.py" line="353"/>
        <source>Tiếp nhận ngày </source>
        <translation>Received on </translation>
    </message>
    <message>
        <location filename="../../counter/ui/dashboard.py" line="379"/>
        <source>Lưu báo cáo</source>
        <translation>Save the report</translation>
    </message>
    <message>
        <location filename="../../counter/ui/dashboard.py" line="396"/>
        <source>Không lưu được</source>
        <translation>Could not save</translation>
    </message>
    <message>
        <location filename="../../counter/ui/dashboard.py" line="400"/>
        <source>Đang lưu báo cáo…</source>
        <translation>Saving the report…</translation>
    </message>
    <message>
        <location filename="../../counter/ui/dashboard.py" line="409"/>
        <source>Báo cáo tổng hợp</source>
        <translation>Summary report</translation>
    </message>
</context>
<context>
    <name>DossierDialog</name>
    <message>
        <location filename="../../counter/ui/dossier_view.py" line="75"/>
        <source>Hồ sơ </source>
        <extracomment>the form an officer prints right after each step</extracomment>
        <translation>Dossier </translation>
    </message>
    <message>
        <source>In lại giấy biên nhận (Ctrl+P)</source>
        <translation type="vanished">Reprint receipt (Ctrl+P)</translation>
    </message>
    <message>
        <source>In lại khổ 80 mm</source>
        <translation type="vanished">Reprint on 80 mm paper</translation>
    </message>
    <message>
        <source>Xem trước</source>
        <translation type="vanished">Preview</translation>
    </message>
    <message>
        <location filename="../../counter/ui/dossier_view.py" line="167"/>
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Trạng thái: </source>
        <translation type="vanished">Status: </translation>
    </message>
    <message>
        <location filename="../../counter/ui/dossier_view.py" line="284"/>
        <source>Người đại diện</source>
        <translation>Representative</translation>
    </message>
    <message>
        <location filename="../../counter/ui/dossier_view.py" line="285"/>
        <source>Ngày sinh</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <location filename="../../counter/ui/dossier_view.py" line="286"/>
        <source>Điện thoại</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../counter/ui/dossier_view.py" line="287"/>
        <source>Địa chỉ</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../counter/ui/dossier_view.py" line="289"/>
        <source>Người được ủy quyền</source>
        <translation>Authorised proxy</translation>
    </message>
    <message>
        <location filename="../../counter/ui/dossier_view.py" line="294"/>
        <source>không thu</source>
        <translation>free of charge</translation>
    </message>
    <message>
        <location filename="../../counter/ui/dossier_view.py" line="302"/>
        <source>Người nộp</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <location filename="../../counter/ui/dossier_view.py" line="302"/>
        <source>Tiếp nhận</source>
        <translation>Intake</translation>
    </message>
    <message>
        <location filename="../../counter/ui/dossier_view.py" line="303"/>
        <source>Nhận lúc: </source>
        <translation>Received at: </translation>
    </message>
    <message>
        <location filename="../../counter/ui/dossier_view.py" line="212"/>
        <location filename="../../counter/ui/dossier_view.py" line="304"/>
        <source>Hẹn trả: </source>
        <translation>Results due: </translation>
    </message>
    <message>
        <location filename="../../counter/ui/dossier_view.py" line="97"/>
        <source>&lt;b&gt;Quá trình xử lý&lt;/b&gt;</source>
        <translation>&lt;b&gt;Processing history&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Bản quét&lt;/b&gt;</source>
        <translation type="vanished">&lt;b&gt;Scans&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Đính kèm bản quét…</source>
        <translation type="vanished">Attach scan…</translation>
    </message>
    <message>
        <location filename="../../counter/ui/dossier_view.py" line="103"/>
        <source>&lt;b&gt;Bản quét và văn bản kết quả&lt;/b&gt;</source>
        <translation>&lt;b&gt;Scans and result documents&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../counter/ui/dossier_view.py" line="106"/>
        <source>Đính kèm…</source>
        <translation>Attach…</translation>
    </message>
    <message>
        <location filename="../../counter/ui/dossier_view.py" line="107"/>
        <source>Đính kèm bản quét (PDF, JPEG, PNG, TIFF); chọn nhiều ảnh để ghép thành một tài liệu, đúng thứ tự trang</source>
        <translation>Attach a scan (PDF, JPEG, PNG, TIFF); choose several images to make one document, pages in the order chosen</translation>
    </message>
    <message>
        <location filename="../../counter/ui/dossier_view.py" line="111"/>
        <location filename="../../counter/ui/dossier_view.py" line="252"/>
        <source>Ký số</source>
        <translation>Sign</translation>
    </message>
    <message>
        <location filename="../../counter/ui/dossier_view.py" line="112"/>
        <source>Ký số các bản quét chưa ký bằng chữ ký số cá nhân (Ctrl+K)</source>
        <translation>Sign the unsigned scans with your personal digital signature (Ctrl+K)</translation>
    </message>
    <message>
        <location filename="../../counter/ui/dossier_view.py" line="115"/>
        <source>Kiểm tra chữ ký</source>
        <translation>Check signatures</translation>
    </message>
    <message>
        <location filename="../../counter/ui/dossier_view.py" line="118"/>
        <source>Xem bản đã ký</source>
        <translation>View signed copy</translation>
    </message>
    <message>
        <location filename="../../counter/ui/dossier_view.py" line="139"/>
        <source>Chuyển xử lý</source>
        <translation>Forward</translation>
    </message>
    <message>
        <location filename="../../counter/ui/dossier_view.py" line="140"/>
        <location filename="../../counter/ui/dossier_view.py" line="319"/>
        <source>Yêu cầu bổ sung</source>
        <translation>Supplement request</translation>
    </message>
    <message>
        <location filename="../../counter/ui/dossier_view.py" line="141"/>
        <source>Đã bổ sung đủ</source>
        <translation>Supplement complete</translation>
    </message>
    <message>
        <location filename="../../counter/ui/dossier_view.py" line="142"/>
        <source>Yêu cầu thanh toán</source>
        <translation>Request payment</translation>
    </message>
    <message>
        <location filename="../../counter/ui/dossier_view.py" line="143"/>
        <source>Đã thanh toán</source>
        <translation>Payment received</translation>
    </message>
    <message>
        <location filename="../../counter/ui/dossier_view.py" line="144"/>
        <source>Có kết quả</source>
        <translation>Results ready</translation>
    </message>
    <message>
        <location filename="../../counter/ui/dossier_view.py" line="145"/>
        <source>Trả kết quả</source>
        <translation>Hand over results</translation>
    </message>
    <message>
        <location filename="../../counter/ui/dossier_view.py" line="146"/>
        <source>Xin lỗi, gia hạn</source>
        <translation>Apologise, reschedule</translation>
    </message>
    <message>
        <location filename="../../counter/ui/dossier_view.py" line="147"/>
        <location filename="../../counter/ui/dossier_view.py" line="451"/>
        <source>Từ chối</source>
        <translation>Refuse</translation>
    </message>
    <message>
        <location filename="../../counter/ui/dossier_view.py" line="148"/>
        <source>Công dân rút hồ sơ</source>
        <translation>Applicant withdraws</translation>
    </message>
    <message>
        <location filename="../../counter/ui/dossier_view.py" line="149"/>
        <source>Dừng giải quyết</source>
        <translation>Stop processing</translation>
    </message>
    <message>
        <location filename="../../counter/ui/dossier_view.py" line="159"/>
        <source>In phiếu</source>
        <translation>Print form</translation>
    </message>
    <message>
        <location filename="../../counter/ui/dossier_view.py" line="188"/>
        <source>Đang mở hồ sơ…</source>
        <translation>Opening the dossier…</translation>
    </message>
    <message>
        <location filename="../../counter/ui/dossier_view.py" line="208"/>
        <source>đã gia hạn một lần</source>
        <translation>rescheduled once</translation>
    </message>
    <message>
        <location filename="../../counter/ui/dossier_view.py" line="213"/>
        <source>Mã kết quả</source>
        <translation>Result code</translation>
    </message>
    <message>
        <location filename="../../counter/ui/dossier_view.py" line="221"/>
        <source> ⚠ trễ hạn chuyển</source>
        <translation> ⚠ forwarded late</translation>
    </message>
    <message>
        <location filename="../../counter/ui/dossier_view.py" line="224"/>
        <source>Bưu chính</source>
        <translation>Post</translation>
    </message>
    <message>
        <location filename="../../counter/ui/dossier_view.py" line="237"/>
        <source>văn bản kết quả</source>
        <translation>result document</translation>
    </message>
    <message>
        <location filename="../../counter/ui/dossier_view.py" line="240"/>
        <source>cả hồ sơ</source>
        <translation>whole dossier</translation>
    </message>
    <message>
        <location filename="../../counter/ui/dossier_view.py" line="242"/>
        <source>trang</source>
        <translation>pages</translation>
    </message>
    <message>
        <location filename="../../counter/ui/dossier_view.py" line="244"/>
        <source>kiểm tra thu hồi lúc</source>
        <translation>revocation checked at</translation>
    </message>
    <message>
        <location filename="../../counter/ui/dossier_view.py" line="251"/>
        <source>Ký số (%1)</source>
        <translation>Sign (%1)</translation>
    </message>
    <message>
        <location filename="../../counter/ui/dossier_view.py" line="273"/>
        <source>Xem trước: </source>
        <translation>Preview: </translation>
    </message>
    <message>
        <location filename="../../counter/ui/dossier_view.py" line="274"/>
        <source>In </source>
        <translation>Print </translation>
    </message>
    <message>
        <location filename="../../counter/ui/dossier_view.py" line="299"/>
        <source>đã bổ sung</source>
        <translation>supplemented</translation>
    </message>
    <message>
        <location filename="../../counter/ui/dossier_view.py" line="300"/>
        <source>hạn bổ sung</source>
        <translation>supplement due</translation>
    </message>
    <message>
        <location filename="../../counter/ui/dossier_view.py" line="306"/>
        <source>Thủ tục %1 theo danh mục phiên bản %2</source>
        <translation>Procedure %1 under catalogue version %2</translation>
    </message>
    <message>
        <location filename="../../counter/ui/dossier_view.py" line="308"/>
        <source>Hạn chuyển xử lý: </source>
        <translation>Forward by: </translation>
    </message>
    <message>
        <location filename="../../counter/ui/dossier_view.py" line="309"/>
        <source>Kênh: </source>
        <translation>Channel: </translation>
    </message>
    <message>
        <location filename="../../counter/ui/dossier_view.py" line="309"/>
        <source>Nhận kết quả: </source>
        <translation>Results returned: </translation>
    </message>
    <message>
        <location filename="../../counter/ui/dossier_view.py" line="310"/>
        <source>Cơ quan giải quyết: </source>
        <translation>Deciding agency: </translation>
    </message>
    <message>
        <location filename="../../counter/ui/dossier_view.py" line="311"/>
        <source>Phí, lệ phí: </source>
        <translation>Fees and charges: </translation>
    </message>
    <message>
        <location filename="../../counter/ui/dossier_view.py" line="312"/>
        <source>Cán bộ tiếp nhận: </source>
        <translation>Receiving officer: </translation>
    </message>
    <message>
        <location filename="../../counter/ui/dossier_view.py" line="313"/>
        <source>Sổ theo dõi</source>
        <translation>Tracking book</translation>
    </message>
    <message>
        <location filename="../../counter/ui/dossier_view.py" line="314"/>
        <source>Ghi chú</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../counter/ui/dossier_view.py" line="315"/>
        <source>Lý do đóng/từ chối</source>
        <translation>Reason for closing/refusal</translation>
    </message>
    <message>
        <location filename="../../counter/ui/dossier_view.py" line="316"/>
        <source>Đã trả cho</source>
        <translation>Handed over to</translation>
    </message>
    <message>
        <location filename="../../counter/ui/dossier_view.py" line="318"/>
        <source>Cơ quan phối hợp</source>
        <translation>Cooperating agencies</translation>
    </message>
    <message>
        <location filename="../../counter/ui/dossier_view.py" line="320"/>
        <source>Thành phần hồ sơ</source>
        <translation>Dossier documents</translation>
    </message>
    <message>
        <location filename="../../counter/ui/dossier_view.py" line="321"/>
        <source>Tên giấy tờ</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../../counter/ui/dossier_view.py" line="321"/>
        <source>Chính</source>
        <translation>Originals</translation>
    </message>
    <message>
        <location filename="../../counter/ui/dossier_view.py" line="322"/>
        <source>Chứng thực</source>
        <translation>Certified copies</translation>
    </message>
    <message>
        <location filename="../../counter/ui/dossier_view.py" line="322"/>
        <source>Photo</source>
        <translation>Photocopies</translation>
    </message>
    <message>
        <location filename="../../counter/ui/dossier_view.py" line="322"/>
        <source>Đã nộp</source>
        <translation>Submitted</translation>
    </message>
    <message>
        <location filename="../../counter/ui/dossier_view.py" line="329"/>
        <source>Bấm Ctrl+P để in </source>
        <translation>Press Ctrl+P to print </translation>
    </message>
    <message>
        <location filename="../../counter/ui/dossier_view.py" line="358"/>
        <source>Đã chuyển hồ sơ.</source>
        <translation>Dossier forwarded.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/dossier_view.py" line="364"/>
        <source>Đã lập yêu cầu bổ sung; thời hạn giải quyết tạm dừng.</source>
        <translation>Supplement request issued; the processing time is paused.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/dossier_view.py" line="370"/>
        <source>Chưa ghi nhận được</source>
        <translation>Could not record</translation>
    </message>
    <message>
        <location filename="../../counter/ui/dossier_view.py" line="369"/>
        <source>Đã bổ sung đầy đủ; hẹn trả mới: </source>
        <translation>Supplement complete; new due date: </translation>
    </message>
    <message>
        <location filename="../../counter/ui/dossier_view.py" line="375"/>
        <source>Đã yêu cầu thanh toán.</source>
        <translation>Payment requested.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/dossier_view.py" line="380"/>
        <source>Đã ghi nhận thanh toán.</source>
        <translation>Payment recorded.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/dossier_view.py" line="385"/>
        <source>Không thực hiện được</source>
        <translation>Could not complete the step</translation>
    </message>
    <message>
        <location filename="../../counter/ui/dossier_view.py" line="394"/>
        <source>Đang ghi nhận…</source>
        <translation>Recording…</translation>
    </message>
    <message>
        <location filename="../../counter/ui/dossier_view.py" line="402"/>
        <source>Đã ghi nhận kết quả.</source>
        <translation>Results recorded.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/dossier_view.py" line="411"/>
        <source>Đang kiểm tra chữ ký văn bản kết quả…</source>
        <translation>Checking the signatures of the result documents…</translation>
    </message>
    <message>
        <location filename="../../counter/ui/dossier_view.py" line="421"/>
        <source>Văn bản kết quả có vấn đề về chữ ký số</source>
        <translation>A result document has a digital signature problem</translation>
    </message>
    <message>
        <location filename="../../counter/ui/dossier_view.py" line="422"/>
        <source>Chữ ký số của văn bản kết quả không hợp lệ:</source>
        <translation>The digital signature of these result documents is not valid:</translation>
    </message>
    <message>
        <location filename="../../counter/ui/dossier_view.py" line="423"/>
        <source>Báo cơ quan giải quyết. Vẫn trả kết quả giấy cho công dân? (Việc này được ghi vào lịch sử hồ sơ.)</source>
        <translation>Tell the deciding agency. Hand the paper result to the citizen all the same? (This is recorded in the dossier history.)</translation>
    </message>
    <message>
        <location filename="../../counter/ui/dossier_view.py" line="425"/>
        <source>Vẫn trả kết quả</source>
        <translation>Hand over anyway</translation>
    </message>
    <message>
        <location filename="../../counter/ui/dossier_view.py" line="426"/>
        <source>Chưa trả</source>
        <translation>Not now</translation>
    </message>
    <message>
        <location filename="../../counter/ui/dossier_view.py" line="438"/>
        <source>Đã trả kết quả.</source>
        <translation>Results handed over.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/dossier_view.py" line="447"/>
        <source>Đã gia hạn; in văn bản xin lỗi cho công dân.</source>
        <translation>Rescheduled; print the letter of apology for the applicant.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/dossier_view.py" line="450"/>
        <source>Từ chối giải quyết hồ sơ (mẫu 03)</source>
        <translation>Refuse the dossier (form 03)</translation>
    </message>
    <message>
        <location filename="../../counter/ui/dossier_view.py" line="450"/>
        <source>Lý do từ chối *</source>
        <translation>Reason for refusal *</translation>
    </message>
    <message>
        <location filename="../../counter/ui/dossier_view.py" line="453"/>
        <source>Đã từ chối hồ sơ.</source>
        <translation>Dossier refused.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/dossier_view.py" line="456"/>
        <source>Công dân rút hồ sơ (mẫu 05)</source>
        <translation>Applicant withdraws the dossier (form 05)</translation>
    </message>
    <message>
        <location filename="../../counter/ui/dossier_view.py" line="456"/>
        <source>Lý do *</source>
        <translation>Reason *</translation>
    </message>
    <message>
        <location filename="../../counter/ui/dossier_view.py" line="456"/>
        <source>Ghi nhận rút hồ sơ</source>
        <translation>Record withdrawal</translation>
    </message>
    <message>
        <location filename="../../counter/ui/dossier_view.py" line="459"/>
        <source>Đã ghi nhận công dân rút hồ sơ.</source>
        <translation>Withdrawal recorded.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/dossier_view.py" line="462"/>
        <source>Dừng giải quyết hồ sơ (mẫu 05)</source>
        <translation>Stop processing the dossier (form 05)</translation>
    </message>
    <message>
        <location filename="../../counter/ui/dossier_view.py" line="462"/>
        <source>Lý do dừng *</source>
        <translation>Reason for stopping *</translation>
    </message>
    <message>
        <location filename="../../counter/ui/dossier_view.py" line="462"/>
        <source>Dừng</source>
        <translation>Stop</translation>
    </message>
    <message>
        <location filename="../../counter/ui/dossier_view.py" line="465"/>
        <source>Đã dừng giải quyết hồ sơ.</source>
        <translation>Processing of the dossier stopped.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/dossier_view.py" line="469"/>
        <source>Chọn bản quét</source>
        <translation>Choose scans</translation>
    </message>
    <message>
        <location filename="../../counter/ui/dossier_view.py" line="470"/>
        <source>Bản quét (*.pdf *.jpg *.jpeg *.png *.tif *.tiff)</source>
        <translation>Scans (*.pdf *.jpg *.jpeg *.png *.tif *.tiff)</translation>
    </message>
    <message>
        <source>Bản quét (*.pdf *.jpg *.jpeg *.png)</source>
        <translation type="vanished">Scans (*.pdf *.jpg *.jpeg *.png)</translation>
    </message>
    <message>
        <location filename="../../counter/ui/dossier_view.py" line="494"/>
        <source>Không đính kèm được</source>
        <translation>Could not attach</translation>
    </message>
    <message>
        <location filename="../../counter/ui/dossier_view.py" line="487"/>
        <source>Đã đính kèm </source>
        <translation>Attached </translation>
    </message>
    <message>
        <location filename="../../counter/ui/dossier_view.py" line="487"/>
        <source>Bản quét này đã có: </source>
        <translation>This scan is already attached: </translation>
    </message>
    <message>
        <location filename="../../counter/ui/dossier_view.py" line="498"/>
        <source>Đang đính kèm bản quét…</source>
        <translation>Attaching the scan…</translation>
    </message>
    <message>
        <location filename="../../counter/ui/dossier_view.py" line="514"/>
        <source>Đã ký số %1 bản quét (PAdES); dấu thời gian sẽ được gắn khi có mạng.</source>
        <translation>Signed %1 scan(s) (PAdES); the timestamp is added when the network is there.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/dossier_view.py" line="522"/>
        <source>Chưa ký: </source>
        <translation>Not signed: </translation>
    </message>
    <message>
        <location filename="../../counter/ui/dossier_view.py" line="525"/>
        <source>Đang ký số bản quét…</source>
        <translation>Signing the scans…</translation>
    </message>
    <message>
        <location filename="../../counter/ui/dossier_view.py" line="534"/>
        <source>Đã kiểm tra %1 tệp; %2 tệp có vấn đề về chữ ký.</source>
        <translation>Checked %1 file(s); %2 with a signature problem.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/dossier_view.py" line="538"/>
        <source>Đang kiểm tra chữ ký số…</source>
        <translation>Checking digital signatures…</translation>
    </message>
    <message>
        <location filename="../../counter/ui/dossier_view.py" line="568"/>
        <location filename="../../counter/ui/dossier_view.py" line="578"/>
        <source>Đang mở bản quét…</source>
        <translation>Opening the scan…</translation>
    </message>
    <message>
        <location filename="../../counter/ui/dossier_view.py" line="569"/>
        <location filename="../../counter/ui/dossier_view.py" line="578"/>
        <source>Không xem được</source>
        <translation>Cannot display</translation>
    </message>
    <message>
        <source>Quá trình xử lý</source>
        <translation type="vanished">Processing history</translation>
    </message>
    <message>
        <source>Thời điểm</source>
        <translation type="vanished">Time</translation>
    </message>
    <message>
        <source>Cán bộ</source>
        <translation type="vanished">Officer</translation>
    </message>
    <message>
        <source>Trạng thái</source>
        <translation type="vanished">Status</translation>
    </message>
    <message>
        <source>Nội dung</source>
        <translation type="vanished">Details</translation>
    </message>
    <message>
        <source>Giấy tiếp nhận hồ sơ </source>
        <translation type="vanished">Dossier receipt </translation>
    </message>
    <message>
        <source>Không in được</source>
        <translation type="vanished">Could not print</translation>
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
        <source>Đang xem: </source>
        <translation>Showing: </translation>
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
        <location filename="../../counter/ui/actions.py" line="196"/>
        <source>Xin lỗi và hẹn lại ngày trả kết quả (mẫu 04)</source>
        <translation>Apologise and reschedule the results date (form 04)</translation>
    </message>
    <message>
        <location filename="../../counter/ui/actions.py" line="196"/>
        <source>Gia hạn</source>
        <translation>Reschedule</translation>
    </message>
    <message>
        <location filename="../../counter/ui/actions.py" line="197"/>
        <source>Hẹn hiện tại: </source>
        <translation>Currently due: </translation>
    </message>
    <message>
        <location filename="../../counter/ui/actions.py" line="198"/>
        <source>Thời hạn chỉ được điều chỉnh một lần.</source>
        <translation>The due date can be changed only once.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/actions.py" line="204"/>
        <source>Hẹn trả mới *</source>
        <translation>New due date *</translation>
    </message>
    <message>
        <location filename="../../counter/ui/actions.py" line="211"/>
        <source>Lý do chậm trễ *</source>
        <translation>Reason for the delay *</translation>
    </message>
    <message>
        <location filename="../../counter/ui/actions.py" line="224"/>
        <source>Ngoài giờ làm việc hoặc ngày nghỉ: chọn một giờ làm việc.</source>
        <translation>Outside working hours or a day off: choose a working time.</translation>
    </message>
</context>
<context>
    <name>FeeSection</name>
    <message>
        <location filename="../../counter/ui/fees.py" line="44"/>
        <source>Thủ tục không thu phí, lệ phí.</source>
        <translation>This procedure charges no fee.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/fees.py" line="52"/>
        <source>Căn cứ</source>
        <translation>Legal basis</translation>
    </message>
    <message>
        <location filename="../../counter/ui/fees.py" line="72"/>
        <source> × </source>
        <translation> × </translation>
    </message>
    <message>
        <location filename="../../counter/ui/fees.py" line="85"/>
        <source>bản</source>
        <translation>copies</translation>
    </message>
    <message>
        <location filename="../../counter/ui/fees.py" line="141"/>
        <source>Tổng phí, lệ phí thu: </source>
        <translation>Total fees charged: </translation>
    </message>
    <message>
        <location filename="../../counter/ui/fees.py" line="142"/>
        <source>Không thu phí, lệ phí.</source>
        <translation>No fee charged.</translation>
    </message>
</context>
<context>
    <name>FirstAdminDialog</name>
    <message>
        <location filename="../../counter/ui/signin.py" line="95"/>
        <source>Lần đầu sử dụng: tạo tài khoản quản trị</source>
        <translation>First use: create the administrator account</translation>
    </message>
    <message>
        <location filename="../../counter/ui/signin.py" line="96"/>
        <source>Counter chưa có quản trị viên. Tạo tài khoản quản trị để thiết lập cơ quan, danh mục và tài khoản cán bộ. Mật khẩu cần ít nhất 8 ký tự.</source>
        <translation>Counter has no administrator yet. Create the administrator account to set up the office, the catalogue and the officers&apos; accounts. The password needs at least 8 characters.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/signin.py" line="98"/>
        <source>Tạo tài khoản</source>
        <translation>Create account</translation>
    </message>
    <message>
        <location filename="../../counter/ui/signin.py" line="100"/>
        <source>Tên đăng nhập</source>
        <translation>User name</translation>
    </message>
    <message>
        <location filename="../../counter/ui/signin.py" line="102"/>
        <source>Họ và tên *</source>
        <translation>Full name *</translation>
    </message>
    <message>
        <location filename="../../counter/ui/signin.py" line="103"/>
        <source>họ tên in trên giấy biên nhận, ví dụ Nguyễn Văn An</source>
        <translation>the name printed on receipts, e.g. Nguyễn Văn An</translation>
    </message>
    <message>
        <source>Họ và tên</source>
        <translation type="vanished">Full name</translation>
    </message>
    <message>
        <source>Quản trị hệ thống</source>
        <translation type="vanished">System administrator</translation>
    </message>
    <message>
        <location filename="../../counter/ui/signin.py" line="104"/>
        <source>Mật khẩu</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../counter/ui/signin.py" line="105"/>
        <source>Nhập lại mật khẩu</source>
        <translation>Repeat the password</translation>
    </message>
    <message>
        <location filename="../../counter/ui/signin.py" line="117"/>
        <source>Nhập họ và tên quản trị viên (in trên giấy biên nhận).</source>
        <translation>Enter the administrator&apos;s full name (printed on receipts).</translation>
    </message>
    <message>
        <location filename="../../counter/ui/signin.py" line="119"/>
        <source>Hai lần nhập mật khẩu không giống nhau.</source>
        <translation>The two passwords do not match.</translation>
    </message>
</context>
<context>
    <name>FormSection</name>
    <message>
        <location filename="../../counter/ui/intake_sections.py" line="307"/>
        <source>Người được ủy quyền nộp thay</source>
        <translation>Authorised proxy submitting on the applicant&apos;s behalf</translation>
    </message>
    <message>
        <location filename="../../counter/ui/intake_sections.py" line="325"/>
        <source>&amp;Cá nhân</source>
        <translation>&amp;Individual</translation>
    </message>
    <message>
        <location filename="../../counter/ui/intake_sections.py" line="325"/>
        <source>&amp;Tổ chức</source>
        <translation>&amp;Organisation</translation>
    </message>
    <message>
        <location filename="../../counter/ui/intake_sections.py" line="342"/>
        <source>Số định danh cá nhân / CCCD</source>
        <translation>Personal ID number / citizen ID card</translation>
    </message>
    <message>
        <location filename="../../counter/ui/intake_sections.py" line="343"/>
        <source>Hộ chiếu (người nước ngoài)</source>
        <translation>Passport (foreign nationals)</translation>
    </message>
    <message>
        <location filename="../../counter/ui/intake_sections.py" line="346"/>
        <source>Nộp trực tiếp tại quầy</source>
        <translation>Submitted in person at the counter</translation>
    </message>
    <message>
        <location filename="../../counter/ui/intake_sections.py" line="347"/>
        <source>Nhận qua bưu chính công ích</source>
        <translation>Received by public postal service</translation>
    </message>
    <message>
        <location filename="../../counter/ui/intake_sections.py" line="348"/>
        <source>Nộp trực tuyến có hỗ trợ tại quầy</source>
        <translation>Online, assisted at the counter</translation>
    </message>
    <message>
        <location filename="../../counter/ui/intake_sections.py" line="370"/>
        <source>Tại Bộ phận &amp;Một cửa</source>
        <translation>At the one-stop &amp;counter</translation>
    </message>
    <message>
        <location filename="../../counter/ui/intake_sections.py" line="370"/>
        <source>Qua &amp;bưu chính</source>
        <translation>By &amp;post</translation>
    </message>
</context>
<context>
    <name>ForwardDialog</name>
    <message>
        <location filename="../../counter/ui/actions.py" line="181"/>
        <source>Chuyển hồ sơ đến cơ quan, bộ phận giải quyết</source>
        <translation>Forward the dossier to the deciding agency or department</translation>
    </message>
    <message>
        <location filename="../../counter/ui/actions.py" line="181"/>
        <source>Chuyển</source>
        <translation>Forward</translation>
    </message>
    <message>
        <location filename="../../counter/ui/actions.py" line="185"/>
        <source>Nơi nhận *</source>
        <translation>Destination *</translation>
    </message>
    <message>
        <location filename="../../counter/ui/actions.py" line="187"/>
        <source>Người nhận</source>
        <translation>Receiver</translation>
    </message>
</context>
<context>
    <name>IntakeFields</name>
    <message>
        <location filename="../../counter/ui/intake_sections.py" line="79"/>
        <location filename="../../counter/ui/intake_sections.py" line="94"/>
        <source>Họ và tên *</source>
        <translation>Full name *</translation>
    </message>
    <message>
        <location filename="../../counter/ui/intake_sections.py" line="80"/>
        <source>Giấy tờ</source>
        <translation>ID document</translation>
    </message>
    <message>
        <location filename="../../counter/ui/intake_sections.py" line="81"/>
        <source>Số giấy tờ *</source>
        <translation>Document number *</translation>
    </message>
    <message>
        <location filename="../../counter/ui/intake_sections.py" line="81"/>
        <source>12 chữ số</source>
        <translation>12 digits</translation>
    </message>
    <message>
        <location filename="../../counter/ui/intake_sections.py" line="82"/>
        <source>Ngày sinh</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <location filename="../../counter/ui/intake_sections.py" line="82"/>
        <source>ngày/tháng/năm, ví dụ 05/09/1990</source>
        <translation>day/month/year, e.g. 05/09/1990</translation>
    </message>
    <message>
        <location filename="../../counter/ui/intake_sections.py" line="84"/>
        <source>Mã số thuế *</source>
        <translation>Tax code *</translation>
    </message>
    <message>
        <location filename="../../counter/ui/intake_sections.py" line="84"/>
        <source>10 chữ số, hoặc 10 chữ số-3 chữ số</source>
        <translation>10 digits, or 10 digits-3 digits</translation>
    </message>
    <message>
        <location filename="../../counter/ui/intake_sections.py" line="86"/>
        <source>Người đại diện *</source>
        <translation>Representative *</translation>
    </message>
    <message>
        <location filename="../../counter/ui/intake_sections.py" line="87"/>
        <source>Số định danh người đại diện *</source>
        <translation>Representative&apos;s ID number *</translation>
    </message>
    <message>
        <location filename="../../counter/ui/intake_sections.py" line="88"/>
        <source>số định danh cá nhân của người đại diện, 12 chữ số</source>
        <translation>the representative&apos;s personal ID number, 12 digits</translation>
    </message>
    <message>
        <location filename="../../counter/ui/intake_sections.py" line="89"/>
        <source>Chức vụ người đại diện *</source>
        <translation>Representative&apos;s title *</translation>
    </message>
    <message>
        <location filename="../../counter/ui/intake_sections.py" line="90"/>
        <source>ví dụ: Giám đốc</source>
        <translation>e.g. Director</translation>
    </message>
    <message>
        <location filename="../../counter/ui/intake_sections.py" line="91"/>
        <source>Điện thoại *</source>
        <translation>Phone *</translation>
    </message>
    <message>
        <location filename="../../counter/ui/intake_sections.py" line="91"/>
        <source>ví dụ 0912345678</source>
        <translation>e.g. 0912345678</translation>
    </message>
    <message>
        <location filename="../../counter/ui/intake_sections.py" line="92"/>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../counter/ui/intake_sections.py" line="93"/>
        <source>Địa chỉ *</source>
        <translation>Address *</translation>
    </message>
    <message>
        <location filename="../../counter/ui/intake_sections.py" line="95"/>
        <source>Số định danh *</source>
        <translation>ID number *</translation>
    </message>
    <message>
        <location filename="../../counter/ui/intake_sections.py" line="96"/>
        <source>Điện thoại</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../counter/ui/intake_sections.py" line="97"/>
        <source>Kênh nộp</source>
        <translation>Submission channel</translation>
    </message>
    <message>
        <location filename="../../counter/ui/intake_sections.py" line="98"/>
        <source>Số hiệu bưu gửi đến *</source>
        <translation>Incoming postal number *</translation>
    </message>
    <message>
        <location filename="../../counter/ui/intake_sections.py" line="99"/>
        <source>mã vận đơn trên phong bì, ví dụ EB123456789VN</source>
        <translation>tracking code on the envelope, e.g. EB123456789VN</translation>
    </message>
    <message>
        <location filename="../../counter/ui/intake_sections.py" line="100"/>
        <source>Trả kết quả</source>
        <translation>Return results</translation>
    </message>
    <message>
        <location filename="../../counter/ui/intake_sections.py" line="101"/>
        <source>Địa chỉ gửi bưu chính *</source>
        <translation>Postal address *</translation>
    </message>
    <message>
        <location filename="../../counter/ui/intake_sections.py" line="102"/>
        <source>số nhà, đường, ấp/khu phố</source>
        <translation>house number, street, hamlet/quarter</translation>
    </message>
    <message>
        <location filename="../../counter/ui/intake_sections.py" line="103"/>
        <source>Tỉnh, thành phố *</source>
        <translation>Province, city *</translation>
    </message>
    <message>
        <location filename="../../counter/ui/intake_sections.py" line="105"/>
        <source>Xã, phường *</source>
        <translation>Commune, ward *</translation>
    </message>
    <message>
        <location filename="../../counter/ui/intake_sections.py" line="107"/>
        <source>Điện thoại nhận</source>
        <translation>Delivery phone</translation>
    </message>
    <message>
        <location filename="../../counter/ui/intake_sections.py" line="108"/>
        <source>để trống: dùng số điện thoại người nộp</source>
        <translation>leave empty to use the applicant&apos;s phone number</translation>
    </message>
    <message>
        <location filename="../../counter/ui/intake_sections.py" line="109"/>
        <source>Cước bưu chính</source>
        <translation>Postage</translation>
    </message>
    <message>
        <location filename="../../counter/ui/intake_sections.py" line="109"/>
        <source>đồng, công dân trả khi nộp hồ sơ</source>
        <translation>đồng, paid by the applicant at intake</translation>
    </message>
    <message>
        <location filename="../../counter/ui/intake_sections.py" line="111"/>
        <source>Phí, lệ phí</source>
        <translation>Fees and charges</translation>
    </message>
    <message>
        <location filename="../../counter/ui/intake_sections.py" line="112"/>
        <source>Số bộ hồ sơ</source>
        <translation>Sets of documents</translation>
    </message>
    <message>
        <location filename="../../counter/ui/intake_sections.py" line="113"/>
        <source>Ghi chú</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../counter/ui/intake_sections.py" line="113"/>
        <source>Ghi chú (Enter xuống dòng; Ctrl+Enter để tiếp nhận)</source>
        <translation>Notes (Enter for a new line; Ctrl+Enter to accept)</translation>
    </message>
</context>
<context>
    <name>IntakePage</name>
    <message>
        <source>&lt;b&gt;1. Thủ tục hành chính&lt;/b&gt;</source>
        <translation type="vanished">&lt;b&gt;1. Administrative procedure&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Gõ tên hoặc mã thủ tục, có dấu hoặc không dấu (F3)</source>
        <translation type="vanished">Type the procedure name or code, with or without diacritics (F3)</translation>
    </message>
    <message>
        <source>&lt;b&gt;2. Thành phần hồ sơ&lt;/b&gt; (Space: đánh dấu đã nộp)</source>
        <translation type="vanished">&lt;b&gt;2. Dossier documents&lt;/b&gt; (Space: mark as submitted)</translation>
    </message>
    <message>
        <source>Đủ giấy tờ &amp;bắt buộc</source>
        <translation type="vanished">All &amp;required documents</translation>
    </message>
    <message>
        <source>Đánh dấu đã nộp tất cả giấy tờ bắt buộc (Alt+B)</source>
        <translation type="vanished">Mark all required documents as submitted (Alt+R)</translation>
    </message>
    <message>
        <source>Nộp</source>
        <translation type="vanished">Submitted</translation>
    </message>
    <message>
        <source>Tên giấy tờ</source>
        <translation type="vanished">Document</translation>
    </message>
    <message>
        <source>Chính</source>
        <translation type="vanished">Originals</translation>
    </message>
    <message>
        <source>Chứng thực</source>
        <translation type="vanished">Certified copies</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation type="vanished">Photocopies</translation>
    </message>
    <message>
        <location filename="../../counter/ui/intake.py" line="134"/>
        <source>&lt;b&gt;3. Người nộp hồ sơ&lt;/b&gt;</source>
        <translation>&lt;b&gt;3. Applicant&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&amp;Cá nhân</source>
        <translation type="vanished">&amp;Individual</translation>
    </message>
    <message>
        <source>&amp;Tổ chức</source>
        <translation type="vanished">&amp;Organisation</translation>
    </message>
    <message>
        <location filename="../../counter/ui/intake.py" line="311"/>
        <source>Họ và tên *</source>
        <translation>Full name *</translation>
    </message>
    <message>
        <source>Số định danh cá nhân / CCCD</source>
        <translation type="vanished">Personal ID number / citizen ID card</translation>
    </message>
    <message>
        <source>Hộ chiếu (người nước ngoài)</source>
        <translation type="vanished">Passport (foreign nationals)</translation>
    </message>
    <message>
        <source>Giấy tờ</source>
        <translation type="vanished">ID document</translation>
    </message>
    <message>
        <source>12 chữ số</source>
        <translation type="vanished">12 digits</translation>
    </message>
    <message>
        <source>Số giấy tờ *</source>
        <translation type="vanished">Document number *</translation>
    </message>
    <message>
        <source>ngày/tháng/năm, ví dụ 05/09/1990</source>
        <translation type="vanished">day/month/year, e.g. 05/09/1990</translation>
    </message>
    <message>
        <source>Ngày sinh</source>
        <translation type="vanished">Date of birth</translation>
    </message>
    <message>
        <source>10 chữ số, hoặc 10 chữ số-3 chữ số</source>
        <translation type="vanished">10 digits, or 10 digits-3 digits</translation>
    </message>
    <message>
        <source>Mã số thuế *</source>
        <translation type="vanished">Tax code *</translation>
    </message>
    <message>
        <source>Người đại diện *</source>
        <translation type="vanished">Representative *</translation>
    </message>
    <message>
        <source>số định danh cá nhân của người đại diện, 12 chữ số</source>
        <translation type="vanished">the representative&apos;s personal ID number, 12 digits</translation>
    </message>
    <message>
        <source>Số định danh người đại diện *</source>
        <translation type="vanished">Representative&apos;s ID number *</translation>
    </message>
    <message>
        <source>ví dụ: Giám đốc</source>
        <translation type="vanished">e.g. Director</translation>
    </message>
    <message>
        <source>Chức vụ người đại diện *</source>
        <translation type="vanished">Representative&apos;s title *</translation>
    </message>
    <message>
        <source>ví dụ 0912345678</source>
        <translation type="vanished">e.g. 0912345678</translation>
    </message>
    <message>
        <source>Điện thoại *</source>
        <translation type="vanished">Phone *</translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="vanished">Email</translation>
    </message>
    <message>
        <source>Địa chỉ *</source>
        <translation type="vanished">Address *</translation>
    </message>
    <message>
        <source>Người được ủy quyền nộp thay</source>
        <translation type="vanished">Authorised proxy submitting on the applicant&apos;s behalf</translation>
    </message>
    <message>
        <source>Số định danh *</source>
        <translation type="vanished">ID number *</translation>
    </message>
    <message>
        <source>Điện thoại</source>
        <translation type="vanished">Phone</translation>
    </message>
    <message>
        <location filename="../../counter/ui/intake.py" line="135"/>
        <source>&lt;b&gt;4. Nhận kết quả, phí và ghi chú&lt;/b&gt;</source>
        <translation>&lt;b&gt;4. Results, fees and notes&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Tại Bộ phận &amp;Một cửa</source>
        <translation type="vanished">At the one-stop &amp;counter</translation>
    </message>
    <message>
        <source>Qua &amp;bưu chính</source>
        <translation type="vanished">By &amp;post</translation>
    </message>
    <message>
        <source>Trả kết quả</source>
        <translation type="vanished">Return results</translation>
    </message>
    <message>
        <source>Địa chỉ nhận *</source>
        <translation type="vanished">Delivery address *</translation>
    </message>
    <message>
        <source>để trống: dùng số điện thoại người nộp</source>
        <translation type="vanished">leave empty to use the applicant&apos;s phone number</translation>
    </message>
    <message>
        <source>Điện thoại nhận</source>
        <translation type="vanished">Delivery phone</translation>
    </message>
    <message>
        <source>Nộp trực tiếp tại quầy</source>
        <translation type="vanished">Submitted in person at the counter</translation>
    </message>
    <message>
        <source>Nhận qua bưu chính công ích</source>
        <translation type="vanished">Received by public postal service</translation>
    </message>
    <message>
        <source>Nộp trực tuyến có hỗ trợ tại quầy</source>
        <translation type="vanished">Online, assisted at the counter</translation>
    </message>
    <message>
        <source>Kênh nộp</source>
        <translation type="vanished">Submission channel</translation>
    </message>
    <message>
        <source>mã vận đơn trên phong bì, ví dụ EB123456789VN</source>
        <translation type="vanished">tracking code on the envelope, e.g. EB123456789VN</translation>
    </message>
    <message>
        <source>Số hiệu bưu gửi đến *</source>
        <translation type="vanished">Incoming postal number *</translation>
    </message>
    <message>
        <source>số nhà, đường, ấp/khu phố</source>
        <translation type="vanished">house number, street, hamlet/quarter</translation>
    </message>
    <message>
        <source>Địa chỉ gửi bưu chính *</source>
        <translation type="vanished">Postal address *</translation>
    </message>
    <message>
        <source>Tỉnh, thành phố *</source>
        <translation type="vanished">Province, city *</translation>
    </message>
    <message>
        <source>Xã, phường *</source>
        <translation type="vanished">Commune, ward *</translation>
    </message>
    <message>
        <source>đồng, công dân trả khi nộp hồ sơ</source>
        <translation type="vanished">đồng, paid by the applicant at intake</translation>
    </message>
    <message>
        <source>Cước bưu chính</source>
        <translation type="vanished">Postage</translation>
    </message>
    <message>
        <source>đồng</source>
        <translation type="vanished">dong</translation>
    </message>
    <message>
        <source>Số bộ</source>
        <translation type="vanished">Sets</translation>
    </message>
    <message>
        <source>Phí, lệ phí</source>
        <translation type="vanished">Fees and charges</translation>
    </message>
    <message>
        <source>Số bộ hồ sơ</source>
        <translation type="vanished">Sets of documents</translation>
    </message>
    <message>
        <source>Ghi chú (Enter xuống dòng; Ctrl+Enter để tiếp nhận)</source>
        <translation type="vanished">Notes (Enter for a new line; Ctrl+Enter to accept)</translation>
    </message>
    <message>
        <source>Ghi chú</source>
        <translation type="vanished">Notes</translation>
    </message>
    <message>
        <location filename="../../counter/ui/intake.py" line="170"/>
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
        <location filename="../../counter/ui/intake.py" line="501"/>
        <source>In giấy biên nhận (Ctrl+P)</source>
        <translation>Print receipt (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../counter/ui/intake.py" line="205"/>
        <source>In khổ 80 mm</source>
        <translation>Print on 80 mm paper</translation>
    </message>
    <message>
        <location filename="../../counter/ui/intake.py" line="207"/>
        <source>Xem trước (Ctrl+Shift+P)</source>
        <translation>Preview (Ctrl+Shift+P)</translation>
    </message>
    <message>
        <location filename="../../counter/ui/intake.py" line="209"/>
        <source>In nhãn gửi bưu chính</source>
        <translation>Print postal label</translation>
    </message>
    <message>
        <location filename="../../counter/ui/intake.py" line="252"/>
        <source>Không tìm thấy thủ tục phù hợp: thử gõ ít chữ hơn hoặc mã thủ tục.</source>
        <translation>No matching procedure found: try typing fewer words, or the procedure code.</translation>
    </message>
    <message>
        <source>không thu</source>
        <translation type="vanished">free of charge</translation>
    </message>
    <message>
        <source>có</source>
        <translation type="vanished">yes</translation>
    </message>
    <message>
        <source>&lt;b&gt;không&lt;/b&gt;</source>
        <translation type="vanished">&lt;b&gt;no&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Cơ quan giải quyết: </source>
        <translation type="vanished">Deciding agency: </translation>
    </message>
    <message>
        <source>Thời hạn: </source>
        <translation type="vanished">Time limit: </translation>
    </message>
    <message>
        <source>Phí, lệ phí: </source>
        <translation type="vanished">Fees and charges: </translation>
    </message>
    <message>
        <source>Trả qua bưu chính: </source>
        <translation type="vanished">Results by post: </translation>
    </message>
    <message>
        <source> (nếu có)</source>
        <translation type="vanished"> (if any)</translation>
    </message>
    <message>
        <location filename="../../counter/ui/intake.py" line="270"/>
        <source>Thủ tục này không trả kết quả qua bưu chính</source>
        <translation>This procedure does not return results by post</translation>
    </message>
    <message>
        <location filename="../../counter/ui/intake.py" line="283"/>
        <source>Chọn thủ tục để xem thời hạn trả kết quả.</source>
        <translation>Choose a procedure to see when its results are due.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/intake.py" line="286"/>
        <source>Nếu tiếp nhận bây giờ, hẹn trả kết quả lúc </source>
        <translation>If accepted now, results are due at </translation>
    </message>
    <message>
        <location filename="../../counter/ui/intake.py" line="311"/>
        <source>Tên tổ chức *</source>
        <translation>Organisation name *</translation>
    </message>
    <message>
        <location filename="../../counter/ui/intake.py" line="398"/>
        <source>Thủ tục của hồ sơ nháp không còn trong danh mục: chọn lại thủ tục.</source>
        <translation>The draft&apos;s procedure is no longer in the catalogue: choose the procedure again.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../counter/ui/intake.py" line="409"/>
        <source>Chưa tiếp nhận: còn %n thông tin cần sửa (đánh dấu màu đỏ).</source>
        <translation>
            <numerusform>Not accepted yet: %n field needs correcting (marked in red).</numerusform>
            <numerusform>Not accepted yet: %n fields need correcting (marked in red).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../counter/ui/intake.py" line="427"/>
        <source>Đang tiếp nhận hồ sơ…</source>
        <translation>Accepting the dossier…</translation>
    </message>
    <message>
        <location filename="../../counter/ui/intake.py" line="441"/>
        <source>Chưa tiếp nhận: không ghi được vào cơ sở dữ liệu.</source>
        <translation>Not received: the database could not be written.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/intake.py" line="442"/>
        <source>Chưa lưu được hồ sơ</source>
        <translation>The dossier could not be saved</translation>
    </message>
    <message>
        <location filename="../../counter/ui/intake.py" line="444"/>
        <source>Chưa tiếp nhận được hồ sơ</source>
        <translation>Could not accept the dossier</translation>
    </message>
    <message>
        <location filename="../../counter/ui/intake.py" line="448"/>
        <source>&lt;b&gt;Đã tiếp nhận hồ sơ&lt;/b&gt; </source>
        <translation>&lt;b&gt;Dossier accepted&lt;/b&gt; </translation>
    </message>
    <message>
        <location filename="../../counter/ui/intake.py" line="449"/>
        <source>Nhận lúc: </source>
        <translation>Received at: </translation>
    </message>
    <message>
        <location filename="../../counter/ui/intake.py" line="450"/>
        <source>Hẹn trả: </source>
        <translation>Results due: </translation>
    </message>
    <message>
        <location filename="../../counter/ui/intake.py" line="451"/>
        <source>Ctrl+P: in giấy biên nhận · Ctrl+N: hồ sơ mới</source>
        <translation>Ctrl+P: print receipt · Ctrl+N: new dossier</translation>
    </message>
    <message>
        <location filename="../../counter/ui/intake.py" line="452"/>
        <source>Đã tiếp nhận; hẹn trả kết quả lúc </source>
        <translation>Accepted; result due at </translation>
    </message>
    <message>
        <location filename="../../counter/ui/intake.py" line="478"/>
        <source>&lt;b&gt;Đã lập yêu cầu bổ sung&lt;/b&gt; cho hồ sơ </source>
        <translation>&lt;b&gt;Supplement request issued&lt;/b&gt; for dossier </translation>
    </message>
    <message>
        <location filename="../../counter/ui/intake.py" line="489"/>
        <source>Từ chối tiếp nhận hồ sơ (mẫu 03)</source>
        <translation>Refuse to accept the dossier (form 03)</translation>
    </message>
    <message>
        <location filename="../../counter/ui/intake.py" line="489"/>
        <source>Lý do từ chối *</source>
        <translation>Reason for refusal *</translation>
    </message>
    <message>
        <location filename="../../counter/ui/intake.py" line="490"/>
        <source>Từ chối và in phiếu</source>
        <translation>Refuse and print the form</translation>
    </message>
    <message>
        <location filename="../../counter/ui/intake.py" line="493"/>
        <source>&lt;b&gt;Đã từ chối tiếp nhận&lt;/b&gt; hồ sơ </source>
        <translation>&lt;b&gt;Refused to accept&lt;/b&gt; dossier </translation>
    </message>
    <message>
        <location filename="../../counter/ui/intake.py" line="502"/>
        <source>In phiếu yêu cầu bổ sung (Ctrl+P)</source>
        <translation>Print supplement request (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../counter/ui/intake.py" line="503"/>
        <source>In phiếu từ chối (Ctrl+P)</source>
        <translation>Print refusal (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../counter/ui/intake.py" line="507"/>
        <source>Ctrl+P: in phiếu · Ctrl+N: hồ sơ mới</source>
        <translation>Ctrl+P: print form · Ctrl+N: new dossier</translation>
    </message>
    <message>
        <location filename="../../counter/ui/intake.py" line="527"/>
        <source>Nhãn bưu gửi </source>
        <translation>Postal label </translation>
    </message>
    <message>
        <location filename="../../counter/ui/intake.py" line="550"/>
        <source>Bỏ hồ sơ đang nhập?</source>
        <translation>Discard the dossier being entered?</translation>
    </message>
    <message>
        <location filename="../../counter/ui/intake.py" line="551"/>
        <source>Hồ sơ đang nhập chưa được tiếp nhận. Xóa các thông tin đã nhập để bắt đầu hồ sơ mới?</source>
        <translation>The dossier being entered has not been accepted. Clear what was entered and start a new dossier?</translation>
    </message>
    <message>
        <location filename="../../counter/ui/intake.py" line="579"/>
        <source>Chưa chọn thủ tục.</source>
        <translation>No procedure selected.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/intake.py" line="595"/>
        <source>In giấy biên nhận</source>
        <translation>Print receipt</translation>
    </message>
    <message>
        <location filename="../../counter/ui/intake.py" line="595"/>
        <source>Chưa có hồ sơ vừa tiếp nhận để in.</source>
        <translation>There is no newly accepted dossier to print yet.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/intake.py" line="598"/>
        <source>Hồ sơ </source>
        <translation>Dossier </translation>
    </message>
    <message>
        <location filename="../../counter/ui/intake.py" line="607"/>
        <source>Giấy tiếp nhận hồ sơ </source>
        <translation>Dossier receipt </translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="3"/>
        <source>Mới</source>
        <translation>New</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="4"/>
        <source>Đã tiếp nhận</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="5"/>
        <source>Từ chối</source>
        <translation>Refused</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="6"/>
        <source>Đang xử lý</source>
        <translation>In progress</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="7"/>
        <source>Yêu cầu bổ sung</source>
        <translation>Supplement requested</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="8"/>
        <source>Chờ thanh toán</source>
        <translation>Awaiting payment</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="9"/>
        <source>Công dân rút hồ sơ</source>
        <translation>Withdrawn by the applicant</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="10"/>
        <source>Dừng xử lý</source>
        <translation>Processing stopped</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="11"/>
        <source>Đã có kết quả</source>
        <translation>Result ready</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="12"/>
        <source>Đã trả kết quả</source>
        <translation>Result returned</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="13"/>
        <source>Trực tiếp</source>
        <translation>In person</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="14"/>
        <source>Trực tuyến (hỗ trợ tại quầy)</source>
        <translation>Online (assisted at the counter)</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="15"/>
        <source>Bưu chính công ích</source>
        <translation>Public postal service</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="16"/>
        <source>Tại Bộ phận Một cửa</source>
        <translation>At the one-stop counter</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="17"/>
        <source>Qua dịch vụ bưu chính công ích</source>
        <translation>By public postal service</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="18"/>
        <source>Giấy tiếp nhận và hẹn trả kết quả (01)</source>
        <translation>Receipt and appointment (01)</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="19"/>
        <source>Phiếu yêu cầu bổ sung (02)</source>
        <translation>Supplement request (02)</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="20"/>
        <source>Phiếu từ chối (03)</source>
        <translation>Refusal slip (03)</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="21"/>
        <source>Văn bản xin lỗi, hẹn lại (04)</source>
        <translation>Apology and new date (04)</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="22"/>
        <source>Thông báo dừng giải quyết (05)</source>
        <translation>Stop notice (05)</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="23"/>
        <source>Phiếu kiểm soát quá trình (06)</source>
        <translation>Process control sheet (06)</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="24"/>
        <source>Phiếu chuyển xử lý</source>
        <translation>Transfer slip</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="25"/>
        <source>Phiếu xác nhận trả kết quả</source>
        <translation>Return confirmation</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="26"/>
        <source>Chờ tạo đơn</source>
        <translation>Order not yet created</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="27"/>
        <source>Đã tạo đơn, chờ bàn giao</source>
        <translation>Order created, awaiting hand-over</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="28"/>
        <source>Đã giao bưu tá</source>
        <translation>Handed to the postman</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="29"/>
        <source>Bưu điện đã nhận</source>
        <translation>Collected by the post</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="30"/>
        <source>Đang vận chuyển</source>
        <translation>In transit</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="31"/>
        <source>Đã phát thành công</source>
        <translation>Delivered</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="32"/>
        <source>Chuyển hoàn về quầy</source>
        <translation>Returned to the counter</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="33"/>
        <source>Đã hủy</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="34"/>
        <source>Bị bưu điện từ chối</source>
        <translation>Rejected by the post</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="35"/>
        <source>Chờ bàn giao bưu tá</source>
        <translation>To hand to the postman</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="36"/>
        <source>Đang chuyển phát</source>
        <translation>In delivery</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="37"/>
        <source>Đã phát</source>
        <translation>Delivered</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="38"/>
        <source>Cần xử lý</source>
        <translation>Needs attention</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="39"/>
        <source>Chuyển xử lý hôm nay</source>
        <translation>To forward today</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="40"/>
        <source>Sắp đến hạn</source>
        <translation>Due soon</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="41"/>
        <source>Quá hạn</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="42"/>
        <source>Có kết quả, chờ trả</source>
        <translation>Result ready to return</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="43"/>
        <source>Chờ bổ sung</source>
        <translation>Waiting for a supplement</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="44"/>
        <source>Bản quét chưa ký số</source>
        <translation>Scans not yet signed</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="45"/>
        <source>Công chức tiếp nhận</source>
        <translation>Reception officer</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="46"/>
        <source>Lãnh đạo / giám sát</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="47"/>
        <source>Quản trị</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="48"/>
        <source>Tiếp nhận</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="49"/>
        <source>Đủ điều kiện giải quyết</source>
        <translation>Accepted for processing</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="50"/>
        <source>Phí, lệ phí (đồng)</source>
        <translation>Fees (VND)</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="51"/>
        <source>Trước hạn</source>
        <translation>Early</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="52"/>
        <source>Đúng hạn</source>
        <translation>On time</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="53"/>
        <source>Theo thủ tục</source>
        <translation>By procedure</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="54"/>
        <source>Theo cơ quan giải quyết</source>
        <translation>By deciding agency</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="55"/>
        <source>Theo cán bộ tiếp nhận</source>
        <translation>By receiving officer</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="56"/>
        <source>Theo kênh nộp</source>
        <translation>By channel</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="57"/>
        <source>Theo hình thức nhận kết quả</source>
        <translation>By return method</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="58"/>
        <source>Hôm nay</source>
        <translation>Today</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="59"/>
        <source>7 ngày qua</source>
        <translation>Last 7 days</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="60"/>
        <source>Tháng này</source>
        <translation>This month</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="61"/>
        <source>Tháng trước</source>
        <translation>Last month</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="62"/>
        <source>Năm nay</source>
        <translation>This year</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="63"/>
        <source>Đủ điều kiện</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="64"/>
        <source>Bổ sung</source>
        <translation>Supplement</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="65"/>
        <source>Đã trả</source>
        <translation>Returned</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="66"/>
        <source>Phí, lệ phí</source>
        <translation>Fees</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="67"/>
        <source>Mã hồ sơ</source>
        <translation>Dossier code</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="68"/>
        <source>Người nộp</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="69"/>
        <source>Thủ tục</source>
        <translation>Procedure</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="70"/>
        <source>Trạng thái</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="71"/>
        <source>Ngày nhận</source>
        <translation>Received on</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="72"/>
        <source>Hẹn trả</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="73"/>
        <source>Thứ Hai</source>
        <translation>Monday</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="74"/>
        <source>Thứ Ba</source>
        <translation>Tuesday</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="75"/>
        <source>Thứ Tư</source>
        <translation>Wednesday</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="76"/>
        <source>Thứ Năm</source>
        <translation>Thursday</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="77"/>
        <source>Thứ Sáu</source>
        <translation>Friday</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="78"/>
        <source>Thứ Bảy</source>
        <translation>Saturday</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="79"/>
        <source>Chủ Nhật</source>
        <translation>Sunday</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="80"/>
        <source>Cấp xã</source>
        <translation>Commune level</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="81"/>
        <source>Cấp huyện</source>
        <translation>District level</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="82"/>
        <source>Cấp tỉnh</source>
        <translation>Provincial level</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="83"/>
        <source>Tạo hồ sơ</source>
        <translation>Dossier created</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="84"/>
        <source>Cập nhật trạng thái</source>
        <translation>Status changed</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="85"/>
        <source>Sửa thông tin</source>
        <translation>Details changed</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="86"/>
        <source>Bản quét</source>
        <translation>Scan</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="87"/>
        <source>Bản sao đã ký số</source>
        <translation>Signed copy</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="88"/>
        <source>Tiến độ</source>
        <translation>Progress</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="89"/>
        <source>Kết quả</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="90"/>
        <source>Hạn mới</source>
        <translation>New due date</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="91"/>
        <source>Bước tại quầy bị tỉnh từ chối</source>
        <translation>Counter step refused by the province</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="92"/>
        <source>Cập nhật từ tỉnh</source>
        <translation>Update from the province</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="93"/>
        <source>Lịch làm việc</source>
        <translation>Working calendar</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="94"/>
        <source>Danh mục thủ tục</source>
        <translation>Procedure catalogue</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="95"/>
        <source>Hành trình bưu chính</source>
        <translation>Postal tracking</translation>
    </message>
    <message>
        <source>Hợp lệ</source>
        <translation type="vanished">Valid</translation>
    </message>
    <message>
        <source>Hợp lệ, chưa gắn dấu thời gian</source>
        <translation type="vanished">Valid, not yet timestamped</translation>
    </message>
    <message>
        <source>Chứng thư số đã hết hạn</source>
        <translation type="vanished">Certificate expired</translation>
    </message>
    <message>
        <source>Chứng thư số đã bị thu hồi</source>
        <translation type="vanished">Certificate revoked</translation>
    </message>
    <message>
        <source>Bị thay đổi sau khi ký</source>
        <translation type="vanished">Changed after signing</translation>
    </message>
    <message>
        <source>Chữ ký không hợp lệ</source>
        <translation type="vanished">Invalid signature</translation>
    </message>
    <message>
        <source>Chưa ký số</source>
        <translation type="vanished">Not signed</translation>
    </message>
</context>
<context>
    <name>LockDialog</name>
    <message>
        <location filename="../../counter/ui/signin.py" line="139"/>
        <source>Màn hình đã khóa</source>
        <translation>Screen locked</translation>
    </message>
    <message>
        <source>Quầy đã khóa do không thao tác. Nhập mật khẩu của </source>
        <translation type="vanished">The counter locked after inactivity. Enter the password of </translation>
    </message>
    <message>
        <location filename="../../counter/ui/signin.py" line="138"/>
        <source>Quầy đã được khóa (F12).</source>
        <translation>The counter has been locked (F12).</translation>
    </message>
    <message>
        <location filename="../../counter/ui/signin.py" line="138"/>
        <source>Quầy đã khóa do không thao tác.</source>
        <translation>The counter locked itself after a period without activity.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/signin.py" line="140"/>
        <source>Nhập mật khẩu của </source>
        <translation>Enter the password of </translation>
    </message>
    <message>
        <location filename="../../counter/ui/signin.py" line="141"/>
        <source> để mở, hoặc đăng nhập bằng tài khoản khác.</source>
        <translation> to unlock, or sign in with another account.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/signin.py" line="141"/>
        <source>Mở khóa</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <location filename="../../counter/ui/signin.py" line="143"/>
        <source>Mật khẩu</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../counter/ui/signin.py" line="145"/>
        <source>Đăng nhập người khác</source>
        <translation>Sign in as someone else</translation>
    </message>
    <message>
        <source>Mật khẩu không đúng.</source>
        <translation type="vanished">Wrong password.</translation>
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
        <location filename="../../counter/ui/main_window.py" line="399"/>
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
        <location filename="../../counter/ui/main_window.py" line="406"/>
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
        <location filename="../../counter/ui/main_window.py" line="323"/>
        <source>Đang tìm hồ sơ %1…</source>
        <translation>Looking up dossier %1…</translation>
    </message>
    <message>
        <location filename="../../counter/ui/main_window.py" line="352"/>
        <source>Không tìm thấy hồ sơ có mã</source>
        <translation>No dossier found with the code</translation>
    </message>
    <message>
        <location filename="../../counter/ui/main_window.py" line="353"/>
        <source>Kiểm tra mã trên giấy biên nhận, hoặc quét lại.</source>
        <translation>Check the code on the receipt, or scan again.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/main_window.py" line="365"/>
        <source>Hồ sơ %1 trả kết quả qua bưu chính: bàn giao bưu gửi cho bưu tá (Ctrl+B).</source>
        <translation>Dossier %1 returns its result by post: hand the parcel to the postman (Ctrl+B).</translation>
    </message>
    <message>
        <source>Cán bộ trực:</source>
        <translation type="vanished">Officer on duty:</translation>
    </message>
    <message>
        <location filename="../../counter/ui/main_window.py" line="234"/>
        <source>Quầy</source>
        <translation>Counter</translation>
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
        <location filename="../../counter/ui/main_window.py" line="236"/>
        <source>Danh mục</source>
        <translation>Catalogue</translation>
    </message>
    <message>
        <location filename="../../counter/ui/main_window.py" line="240"/>
        <source>Dữ liệu</source>
        <translation>Data</translation>
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
        <location filename="../../counter/ui/main_window.py" line="247"/>
        <source>Cán bộ: </source>
        <translation>Officer: </translation>
    </message>
    <message>
        <location filename="../../counter/ui/main_window.py" line="299"/>
        <source>Chỉ lãnh đạo và quản trị viên xem được báo cáo.</source>
        <translation>Only supervisors and administrators can see reports.</translation>
    </message>
    <message>
        <source>Không tìm thấy hồ sơ có mã </source>
        <translation type="vanished">No dossier found with code </translation>
    </message>
    <message>
        <location filename="../../counter/ui/main_window.py" line="426"/>
        <source>Đã đóng %1 hồ sơ quá hạn bổ sung.</source>
        <translation>Closed %1 dossier(s) past the supplement deadline.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/main_window.py" line="454"/>
        <source>Bản quét: đã nhập %1</source>
        <translation>Scans: %1 imported</translation>
    </message>
    <message>
        <location filename="../../counter/ui/main_window.py" line="456"/>
        <source>, %1 tệp không nhận ra mã hồ sơ (trong thư mục chua-nhan-dang)</source>
        <translation>, %1 file(s) without a recognisable dossier code (in the chua-nhan-dang folder)</translation>
    </message>
    <message>
        <location filename="../../counter/ui/main_window.py" line="459"/>
        <source>, %1 tệp lỗi: </source>
        <translation>, %1 file(s) failed: </translation>
    </message>
    <message>
        <location filename="../../counter/ui/main_window.py" line="515"/>
        <source>Hồ sơ đang nhập chưa được tiếp nhận và sẽ mất nếu thoát.</source>
        <translation>The dossier being entered has not been accepted and will be lost if you quit.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/main_window.py" line="518"/>
        <source>Còn %1 thay đổi chưa gửi lên hệ thống tỉnh. Dữ liệu vẫn an toàn trên máy này và sẽ tự gửi lần sau khi mở Counter có mạng.</source>
        <translation>%1 changes have not been sent to the provincial system yet. They are safe on this computer and will be sent the next time Counter runs with a network.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/main_window.py" line="526"/>
        <source>Thoát Counter?</source>
        <translation>Quit Counter?</translation>
    </message>
    <message>
        <location filename="../../counter/ui/main_window.py" line="526"/>
        <source>Vẫn thoát?</source>
        <translation>Quit anyway?</translation>
    </message>
    <message>
        <location filename="../../counter/ui/main_window.py" line="567"/>
        <source>Sắp hết giờ làm việc</source>
        <translation>Office hours are ending</translation>
    </message>
    <message>
        <location filename="../../counter/ui/main_window.py" line="568"/>
        <source>Còn %1 thay đổi chưa gửi lên hệ thống tỉnh. Kiểm tra kết nối mạng và bấm &apos;Đồng bộ ngay&apos; (F9) trước khi nghỉ.</source>
        <translation>%1 changes have not been sent to the provincial system. Check the network and press &apos;Sync now&apos; (F9) before leaving.</translation>
    </message>
    <message>
        <source>Hồ sơ đang nhập chưa được tiếp nhận và sẽ mất nếu thoát. Vẫn thoát?</source>
        <translation type="vanished">The dossier being entered has not been accepted and will be lost if you quit. Quit anyway?</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="96"/>
        <source>không có tệp hoặc thư mục này</source>
        <translation>there is no such file or folder</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="97"/>
        <source>không có quyền đọc/ghi, hoặc tệp đang bị một chương trình khác giữ</source>
        <translation>no permission to read/write, or another program is holding the file</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="98"/>
        <source>hệ điều hành không cho phép, hoặc tệp đang bị một chương trình khác giữ</source>
        <translation>the operating system does not allow it, or another program is holding the file</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="99"/>
        <source>ổ đĩa đã đầy</source>
        <translation>the disk is full</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="100"/>
        <source>ổ đĩa chỉ cho đọc</source>
        <translation>the disk is read-only</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="101"/>
        <source>đây là một thư mục, không phải tệp</source>
        <translation>this is a folder, not a file</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="102"/>
        <source>một phần của đường dẫn không phải thư mục</source>
        <translation>part of the path is not a folder</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="103"/>
        <source>đã có tệp hoặc thư mục trùng tên</source>
        <translation>a file or folder with that name already exists</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="104"/>
        <source>tệp đang bận</source>
        <translation>the file is busy</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="105"/>
        <source>lỗi đọc/ghi của thiết bị</source>
        <translation>the device failed to read/write</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="106"/>
        <source>đường dẫn quá dài</source>
        <translation>the path is too long</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="107"/>
        <source>vượt giới hạn dung lượng được cấp</source>
        <translation>the allotted disk quota is exceeded</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="108"/>
        <source>không có quyền, hoặc tệp đang bị một chương trình khác (phần mềm diệt virus, trình xem PDF) giữ</source>
        <translation>no permission, or another program (antivirus, PDF viewer) is holding the file</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="109"/>
        <source>tệp đang được một chương trình khác mở (phần mềm diệt virus, trình xem PDF, máy quét)</source>
        <translation>another program (antivirus, PDF viewer, scanner) has the file open</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="110"/>
        <source>một phần của tệp đang bị chương trình khác khóa</source>
        <translation>part of the file is locked by another program</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="111"/>
        <source>lỗi hệ thống số {number}</source>
        <translation>system error number {number}</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="112"/>
        <source>Có {count} thông tin cần sửa. {first}</source>
        <translation>{count} field(s) need correcting. {first}</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="113"/>
        <source>Đồng hồ máy tính nhanh {minutes} phút so với giờ chuẩn (đo lúc {measured}): chỉnh lại ngày giờ của máy (hoặc bật đồng bộ giờ tự động) rồi ký lại.</source>
        <translation>This computer&apos;s clock is {minutes} minutes fast compared with the standard time (measured at {measured}): correct the computer&apos;s date and time (or turn on automatic time synchronisation), then sign again.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="114"/>
        <source>Đồng hồ máy tính đang chỉ {now}, sớm hơn thời điểm đã ghi trong hệ thống ({newest}): chỉnh lại ngày giờ của máy rồi ký lại.</source>
        <translation>This computer&apos;s clock shows {now}, earlier than a time already recorded in the system ({newest}): correct the computer&apos;s date and time, then sign again.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="115"/>
        <source>Tệp không chứa chứng thư số nào.</source>
        <translation>The file contains no certificate.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="116"/>
        <source>Chưa tìm thấy trình điều khiển token trên máy này: cài phần mềm token của nhà cung cấp chữ ký số (CA), hoặc chọn tệp thư viện PKCS#11 trong Thiết lập → Chữ ký số.</source>
        <translation>No token driver was found on this computer: install the token software of your digital signature provider (CA), or choose the PKCS#11 library file in Settings → Digital signature.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="117"/>
        <source>Nhập mã PIN (hoặc mật khẩu tệp chữ ký số).</source>
        <translation>Enter the PIN (or the password of the signature file).</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="118"/>
        <source>Đồng hồ máy tính chậm {minutes} phút so với giờ chuẩn (đo lúc {measured}): chỉnh lại ngày giờ của máy (hoặc bật đồng bộ giờ tự động) rồi ký lại.</source>
        <translation>This computer&apos;s clock is {minutes} minutes slow compared with the standard time (measured at {measured}): correct the computer&apos;s date and time (or turn on automatic time synchronisation), then sign again.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="119"/>
        <source>Hồ sơ {code} còn {count} bản quét chưa ký số ({files}): ký số các bản quét trước khi chuyển (NĐ 118/2025, Điều 17.1.c).</source>
        <translation>Dossier {code} still has {count} unsigned scan(s) ({files}): sign the scans before forwarding (Decree 118/2025, Article 17.1.c).</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="120"/>
        <source>Chưa ký số.</source>
        <translation>Not signed.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="121"/>
        <source>Tệp đã ký trong kho lưu trữ không còn khớp mã băm đã ghi: bị sửa trên đĩa.</source>
        <translation>The signed file in storage no longer matches its recorded hash: it was altered on disk.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="122"/>
        <source>{detail} Chữ ký của {signer}: {other}</source>
        <translation>{detail} Signature of {signer}: {other}</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="123"/>
        <source>Chưa kiểm tra chữ ký.</source>
        <translation>Signature not checked yet.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="124"/>
        <source>Địa chỉ máy chủ cấp dấu thời gian phải bắt đầu bằng http:// hoặc https://.</source>
        <translation>The timestamp server&apos;s address must start with http:// or https://.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="125"/>
        <source>Tệp không chứa chứng thư số (PEM hoặc DER) đọc được.</source>
        <translation>The file contains no readable certificate (PEM or DER).</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="126"/>
        <source>Chưa chọn tệp chữ ký số (.p12/.pfx) trong Thiết lập → Chữ ký số.</source>
        <translation>No signature file (.p12/.pfx) has been chosen in Settings → Digital signature.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="127"/>
        <source>Không đọc được bản đã ký ({reason}) tại {path}: khôi phục từ bản sao lưu.</source>
        <translation>Cannot read the signed copy ({reason}) at {path}: restore it from the backup.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="128"/>
        <source>Không tìm thấy bản quét.</source>
        <translation>Scan not found.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="129"/>
        <source>Lỗi khi gắn dấu thời gian: {error}</source>
        <translation>Error while adding the timestamp: {error}</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="130"/>
        <source>Ban Cơ yếu Chính phủ (CA chuyên dùng Chính phủ)</source>
        <translation>Government Cipher Committee (Government CA)</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="131"/>
        <source>Token ePass2003 (Feitian), dùng bởi nhiều CA</source>
        <translation>ePass2003 token (Feitian), used by several CAs</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="132"/>
        <source>Token SafeNet eToken, dùng bởi nhiều CA</source>
        <translation>SafeNet eToken, used by several CAs</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="133"/>
        <source>Chứng thư số của {name} (số hiệu {serial}) không dùng để ký số: thiếu mục đích ký số (digitalSignature hoặc nonRepudiation) — có thể đây là chứng thư mã hóa hay xác thực. Dùng chứng thư ký số cá nhân do CA cấp.</source>
        <translation>The certificate of {name} (serial {serial}) is not for signing: it lacks the signing usage (digitalSignature or nonRepudiation) — it may be an encryption or authentication certificate. Use a personal signing certificate issued by a CA.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="134"/>
        <source>Chứng thư số của {name} đã hết hạn ngày {end}: liên hệ nhà cung cấp chữ ký số (CA) để gia hạn, hoặc kiểm tra ngày giờ của máy tính.</source>
        <translation>The certificate of {name} expired on {end}: contact your digital signature provider (CA) to renew it, or check the computer&apos;s date and time.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="135"/>
        <source>Đồng hồ máy tính đang chỉ {now}, trước ngày chứng thư số có hiệu lực ({start}): chỉnh lại ngày giờ của máy rồi ký lại.</source>
        <translation>This computer&apos;s clock shows {now}, before the certificate becomes valid ({start}): correct the computer&apos;s date and time, then sign again.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="136"/>
        <source>tệp {name}</source>
        <translation>file {name}</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="137"/>
        <source>{name} — số hiệu {serial}, hiệu lực {start}–{end} (token {token})</source>
        <translation>{name} — serial {serial}, valid {start}–{end} (token {token})</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="138"/>
        <source>Không làm việc được với token (đã bị rút ra hoặc không trả lời): cắm lại token rồi thực hiện lại. ({error})</source>
        <translation>Cannot work with the token (it was removed or does not answer): plug the token in again and repeat the action. ({error})</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="139"/>
        <source>Token có {count} chứng thư số dùng để ký được: chọn chứng thư của mình trong danh sách ({certificates}).</source>
        <translation>The token holds {count} certificates that can sign: choose yours from the list ({certificates}).</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="140"/>
        <source>Tệp {name} không có khóa ký và chứng thư số đi kèm.</source>
        <translation>File {name} has no signing key with its certificate.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="141"/>
        <source>Không làm việc được với token (đã bị rút ra hoặc không trả lời): cắm lại token rồi thực hiện lại.</source>
        <translation>Cannot work with the token (it was removed or does not answer): plug the token in again and repeat the action.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="142"/>
        <source>Chưa cắm token chữ ký số (không thấy token nào): cắm token vào máy rồi thử lại.</source>
        <translation>No signature token is plugged in (none found): plug the token into the computer and try again.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="143"/>
        <source>Token không có chứng thư số nào đi kèm khóa ký: token trắng hoặc chưa được CA nạp chứng thư. Liên hệ nhà cung cấp chữ ký số.</source>
        <translation>The token holds no certificate with a signing key: the token is blank or the CA has not loaded a certificate onto it. Contact your digital signature provider.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="144"/>
        <source>Token không còn chứng thư số hiệu {serial} đã chọn: chọn lại chứng thư.</source>
        <translation>The token no longer holds the chosen certificate (serial {serial}): choose the certificate again.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="145"/>
        <source>{first} {rest}</source>
        <translation>{first} {rest}</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="146"/>
        <source>{first}; {rest}</source>
        <translation>{first}; {rest}</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="147"/>
        <source>Không đọc được tệp chữ ký số {path} ({reason}): kiểm tra đường dẫn trong Thiết lập.</source>
        <translation>Cannot read the signature file {path} ({reason}): check the path in Settings.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="148"/>
        <source>Mật khẩu của tệp chữ ký số {name} không đúng. Counter không tự thử lại: kiểm tra kỹ rồi nhập lại.</source>
        <translation>The password of the signature file {name} is wrong. Counter does not try again by itself: check carefully and enter it again.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="149"/>
        <source>Không có chứng thư số nào trên token dùng để ký được: {reasons}</source>
        <translation>No certificate on the token can be used for signing: {reasons}</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="150"/>
        <source>Mã PIN của token không đúng. Chỉ còn MỘT lần thử trước khi token bị khóa. Counter không tự thử lại: kiểm tra kỹ (phân biệt chữ hoa, chữ thường) rồi nhập lại.</source>
        <translation>The token&apos;s PIN is wrong. Only ONE try is left before the token locks. Counter does not try again by itself: check carefully (upper and lower case differ) and enter it again.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="151"/>
        <source>Token đã bị khóa do nhập sai PIN nhiều lần: liên hệ nhà cung cấp chữ ký số (CA) để mở khóa.</source>
        <translation>The token is locked after too many wrong PINs: contact your digital signature provider (CA) to unlock it.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="152"/>
        <source>Mã PIN không hợp lệ (độ dài hoặc ký tự): kiểm tra rồi nhập lại.</source>
        <translation>The PIN is not valid (length or characters): check it and enter it again.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="153"/>
        <source>Tệp {name} không phải tệp chữ ký số PKCS#12 (.p12/.pfx).</source>
        <translation>File {name} is not a PKCS#12 signature file (.p12/.pfx).</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="154"/>
        <source>Không thấy trình điều khiển token (thư viện PKCS#11) tại {path}: cài phần mềm token của nhà cung cấp chữ ký số, hoặc chọn đúng tệp trong Thiết lập → Chữ ký số.</source>
        <translation>No token driver (PKCS#11 library) at {path}: install the token software of your digital signature provider, or choose the right file in Settings → Digital signature.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="155"/>
        <source>Mã PIN của token không đúng. Token đã ghi nhận lần nhập sai; còn ít lần thử. Counter không tự thử lại: kiểm tra kỹ (phân biệt chữ hoa, chữ thường) rồi nhập lại.</source>
        <translation>The token&apos;s PIN is wrong. The token has counted the wrong try; few tries are left. Counter does not try again by itself: check carefully (upper and lower case differ) and enter it again.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="156"/>
        <source>Mã PIN của token không đúng. Counter không tự thử lại: kiểm tra kỹ (phân biệt chữ hoa, chữ thường) rồi nhập lại.</source>
        <translation>The token&apos;s PIN is wrong. Counter does not try again by itself: check carefully (upper and lower case differ) and enter it again.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="157"/>
        <source>Không nạp được thư viện PKCS#11 {path} ({error}): tệp này không phải trình điều khiển token, hoặc không hợp với máy (32/64 bit).</source>
        <translation>Cannot load the PKCS#11 library {path} ({error}): the file is not a token driver, or does not suit this computer (32/64 bit).</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="158"/>
        <source>Hợp lệ</source>
        <translation>Valid</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="159"/>
        <source>Hợp lệ, chưa gắn dấu thời gian</source>
        <translation>Valid, not yet timestamped</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="160"/>
        <source>Chứng thư số đã hết hạn</source>
        <translation>Certificate expired</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="161"/>
        <source>Chứng thư số đã bị thu hồi</source>
        <translation>Certificate revoked</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="162"/>
        <source>Bị thay đổi sau khi ký</source>
        <translation>Changed after signing</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="163"/>
        <source>Chữ ký không hợp lệ</source>
        <translation>Invalid signature</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="164"/>
        <source>Chưa ký số</source>
        <translation>Not signed</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="165"/>
        <source>Chữ ký hợp lệ, có dấu thời gian.</source>
        <translation>Valid signature, with a timestamp.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="166"/>
        <source>Tệp PDF có đặt mật khẩu (mã hóa): xin bản không mã hóa rồi đính kèm lại.</source>
        <translation>The PDF file is password-protected (encrypted): ask for an unencrypted copy and attach it again.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="167"/>
        <source>Tệp đã được chứng thực và khóa lại, không cho thêm chữ ký nào: xin bản chưa khóa, hoặc quét bản giấy rồi đính kèm bản quét.</source>
        <translation>The file is certified and locked against any further signature: ask for an unlocked copy, or scan the paper copy and attach the scan.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="168"/>
        <source>Tệp chưa có chữ ký số để gắn dấu thời gian.</source>
        <translation>The file has no digital signature to timestamp.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="169"/>
        <source>Nội dung tệp không khớp với chữ ký: tệp đã bị sửa (dù chỉ một byte) sau khi ký.</source>
        <translation>The file&apos;s content does not match the signature: the file was altered (even if by a single byte) after signing.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="170"/>
        <source>Chữ ký không đúng về mật mã (khóa không khớp chứng thư).</source>
        <translation>The signature is cryptographically wrong (the key does not match the certificate).</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="171"/>
        <source>Chứng thư số của người ký đã bị thu hồi từ {at}.</source>
        <translation>The signer&apos;s certificate was revoked at {at}.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="172"/>
        <source>Chứng thư số hết hạn ngày {end} và chữ ký chưa có dấu thời gian chứng minh đã ký khi chứng thư còn hiệu lực.</source>
        <translation>The certificate expired on {end} and the signature has no timestamp proving it was made while the certificate was valid.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="173"/>
        <source>Chữ ký ghi thời điểm trước ngày chứng thư có hiệu lực ({start}).</source>
        <translation>The signature is dated before the certificate became valid ({start}).</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="174"/>
        <source>Chứng thư số không do tổ chức cung cấp dịch vụ chứng thực tin cậy cấp ({indic}): kiểm tra danh sách chứng thư gốc trong Thiết lập.</source>
        <translation>The certificate was not issued by a trusted certification service provider ({indic}): check the list of root certificates in Settings.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="175"/>
        <source>Tệp đã bị thay đổi nội dung sau khi ký (thêm hoặc sửa trang, chú thích).</source>
        <translation>The file&apos;s content was changed after signing (pages or annotations added or edited).</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="176"/>
        <source>Chữ ký hợp lệ; chưa có dấu thời gian (sẽ gắn khi có mạng).</source>
        <translation>Valid signature; no timestamp yet (it will be added when the network is available).</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="177"/>
        <source>Chữ ký hợp lệ, có dấu thời gian và dữ liệu kiểm tra dài hạn.</source>
        <translation>Valid signature, with a timestamp and long-term validation data.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="178"/>
        <source>Không đọc được tệp PDF ({error}): tệp hỏng hoặc không phải PDF.</source>
        <translation>Cannot read the PDF file ({error}): the file is damaged or not a PDF.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="179"/>
        <source>Chứng thư số của người ký đã bị thu hồi: không gắn dấu thời gian cho chữ ký này.</source>
        <translation>The signer&apos;s certificate has been revoked: no timestamp is added to this signature.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="180"/>
        <source>Chứng thư số của người ký đã hết hạn trước khi gắn được dấu thời gian: chữ ký giữ mức B-B.</source>
        <translation>The signer&apos;s certificate expired before a timestamp could be added: the signature stays at level B-B.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="181"/>
        <source>Không xác minh được chứng thư của người ký ({error}): kiểm tra danh sách chứng thư gốc tin cậy.</source>
        <translation>Cannot verify the signer&apos;s certificate ({error}): check the list of trusted root certificates.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="182"/>
        <source>Dấu thời gian của {url} không xác minh được ({error}): thêm chứng thư gốc của máy chủ cấp dấu thời gian vào danh sách tin cậy.</source>
        <translation>The timestamp from {url} cannot be verified ({error}): add the timestamp server&apos;s root certificate to the trusted list.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="183"/>
        <source>Không lấy được dấu thời gian từ {url}: {error}</source>
        <translation>Cannot get a timestamp from {url}: {error}</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="184"/>
        <source>Không kiểm tra được chữ ký ({error}).</source>
        <translation>Cannot check the signature ({error}).</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="185"/>
        <source>Chứng thư số của người ký đã bị thu hồi.</source>
        <translation>The signer&apos;s certificate has been revoked.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="186"/>
        <source>Chứng thư số không do tổ chức cung cấp dịch vụ chứng thực tin cậy cấp: kiểm tra danh sách chứng thư gốc trong Thiết lập.</source>
        <translation>The certificate was not issued by a trusted certification service provider: check the list of root certificates in Settings.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="187"/>
        <source>Không ký được tệp: {error}</source>
        <translation>Cannot sign the file: {error}</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="188"/>
        <source>Không đọc được chữ ký trong tệp ({error}).</source>
        <translation>Cannot read the signatures in the file ({error}).</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="189"/>
        <source>Bản quét {name} có {pages} trang, quá giới hạn {limit} trang cho một tệp: quét tách theo từng thành phần hồ sơ rồi đính kèm từng tệp.</source>
        <translation>Scan {name} has {pages} pages, over the limit of {limit} pages per file: scan each document of the dossier separately and attach each file.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="190"/>
        <source>Tệp {name} không có trang nào.</source>
        <translation>File {name} has no pages.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="191"/>
        <source>Chưa chọn tệp bản quét nào.</source>
        <translation>No scan file chosen.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="192"/>
        <source>Chỉ ghép được nhiều ảnh thành một tài liệu; tệp PDF đính kèm riêng từng tệp.</source>
        <translation>Only several images can be combined into one document; attach PDF files one by one.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="193"/>
        <source>Tệp {name} không phải PDF đọc được (hỏng hoặc bị cắt): quét lại.</source>
        <translation>File {name} is not a readable PDF (damaged or cut off): scan it again.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="194"/>
        <source>Tệp {name} không phải ảnh đọc được (hỏng, bị cắt hoặc sai định dạng): quét lại rồi đính kèm lại.</source>
        <translation>File {name} is not a readable image (damaged, cut off or in the wrong format): scan it again and attach it again.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="195"/>
        <source>gồm {count} ảnh</source>
        <translation>of {count} images</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="196"/>
        <source>Không chuyển được ảnh {name} sang PDF ({error}): quét lại dạng JPEG hoặc PNG.</source>
        <translation>Cannot convert image {name} to PDF ({error}): scan it again as JPEG or PNG.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="197"/>
        <source>Tỉnh đã ghi &apos;{province}&apos; trước khi nhận bước &apos;{local}&apos; của quầy (bước đó làm trên trạng thái cũ): tỉnh không áp dụng bước này.</source>
        <translation>The province recorded &apos;{province}&apos; before receiving the counter&apos;s step &apos;{local}&apos; (that step was taken from an older state): the province did not apply it.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="198"/>
        <source>Hồ sơ có thay đổi tại quầy chưa gửi lên tỉnh: không ghi đè, cần cán bộ xem xét.</source>
        <translation>The dossier has changes at the counter not yet sent to the province: not overwritten, an officer needs to review it.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="199"/>
        <source>Một thay đổi trước đó của tỉnh cho hồ sơ này đang chờ cán bộ xem xét: thay đổi sau chờ theo thứ tự.</source>
        <translation>An earlier change from the province for this dossier is waiting for an officer&apos;s review: later changes wait their turn.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="200"/>
        <source>không rõ</source>
        <translation>unknown</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="201"/>
        <source>Xung đột này đã được xử lý.</source>
        <translation>This conflict has already been resolved.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="202"/>
        <source>Không có hồ sơ {code} tại quầy.</source>
        <translation>Dossier {code} is not at this counter.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="203"/>
        <source>Thay đổi của tỉnh này không hợp lệ, không áp dụng được: {reason}</source>
        <translation>This change from the province is not valid and cannot be applied: {reason}</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="204"/>
        <source>Cập nhật hạn mới không có NgayHenTra.</source>
        <translation>The new due date update has no NgayHenTra.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="205"/>
        <source>Hồ sơ đã được gia hạn một lần: hạn mới từ tỉnh cần cán bộ xem xét.</source>
        <translation>The dossier has already been extended once: the new due date from the province needs an officer&apos;s review.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="206"/>
        <source>Trạng thái {status} từ tỉnh không áp dụng được tại quầy.</source>
        <translation>The status &apos;{status}&apos; from the province cannot be applied at the counter.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="207"/>
        <source>Không áp dụng được thay đổi của tỉnh: {reason}</source>
        <translation>Cannot apply the province&apos;s change: {reason}</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="208"/>
        <source>Máy chủ tỉnh từ chối mã truy cập của quầy: kiểm tra mã trong Thiết lập → Đồng bộ.</source>
        <translation>The provincial server refused the counter&apos;s access token: check the token in Settings → Sync.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="209"/>
        <source>Máy chủ tỉnh đang quá tải (429), sẽ gửi lại sau.</source>
        <translation>The provincial server is overloaded (429); will send again later.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="210"/>
        <source>Máy chủ tỉnh gặp lỗi ({status}), sẽ gửi lại sau.</source>
        <translation>The provincial server had an error ({status}); will send again later.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="211"/>
        <source>Máy chủ tỉnh trả lời quá lớn ({size} byte), không đọc.</source>
        <translation>The provincial server&apos;s reply is too large ({size} bytes); not read.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="212"/>
        <source>/info trả lời {status}</source>
        <translation>/info answered {status}</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="213"/>
        <source>Máy chủ tỉnh từ chối lô sự kiện ({status}): {detail}</source>
        <translation>The provincial server refused the batch of events ({status}): {detail}</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="214"/>
        <source>Máy chủ tỉnh trả lời không khớp lô đã gửi, sẽ gửi lại.</source>
        <translation>The provincial server&apos;s reply does not match the batch sent; will send again.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="215"/>
        <source>Máy chủ tỉnh từ chối yêu cầu {path} ({status}).</source>
        <translation>The provincial server refused the request {path} ({status}).</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="216"/>
        <source>Tải văn bản kết quả {sha}… bị từ chối ({status}).</source>
        <translation>Download of result document {sha}… was refused ({status}).</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="217"/>
        <source>Văn bản kết quả tải về không khớp mã băm (bị cắt trên đường truyền), sẽ tải lại.</source>
        <translation>The downloaded result document does not match its hash (cut off in transit); will download again.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="218"/>
        <source>Tải tệp {sha}… của hồ sơ {code} bị từ chối ({status}).</source>
        <translation>Download of file {sha}… of dossier {code} was refused ({status}).</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="219"/>
        <source>Tệp tải về không khớp mã băm (bị cắt trên đường truyền), sẽ tải lại.</source>
        <translation>The downloaded file does not match its hash (cut off in transit); will download again.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="220"/>
        <source>Máy chủ tỉnh trả lời không đúng định dạng, sẽ gửi lại.</source>
        <translation>The provincial server&apos;s reply is malformed; will send again.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="221"/>
        <source>Máy chủ tỉnh không cấp được số quầy: {detail}</source>
        <translation>The provincial server could not assign a counter number: {detail}</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="222"/>
        <source>/slots/claim trả lời {status}: {detail}</source>
        <translation>/slots/claim answered {status}: {detail}</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="223"/>
        <source>Máy chủ tỉnh trả lời số quầy không đúng định dạng, sẽ hỏi lại.</source>
        <translation>The provincial server&apos;s counter number reply is malformed; will ask again.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="224"/>
        <source>Máy chủ tỉnh từ chối đầu chuỗi nhật ký ({status}).</source>
        <translation>The provincial server refused the audit chain head ({status}).</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="225"/>
        <source>Máy chủ tỉnh từ chối yêu cầu đầu chuỗi nhật ký ({status}).</source>
        <translation>The provincial server refused the request for audit chain heads ({status}).</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="226"/>
        <source>Máy chủ tỉnh trả lời đầu chuỗi nhật ký không đúng định dạng.</source>
        <translation>The provincial server&apos;s audit chain heads reply is malformed.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="227"/>
        <source>Mất kết nối khi đang nhận trả lời của máy chủ tỉnh, sẽ thử lại.</source>
        <translation>The connection was lost while receiving the provincial server&apos;s reply; will try again.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="228"/>
        <source>Máy chủ tỉnh trả lời không đúng định dạng (JSON hỏng hoặc bị cắt), sẽ gửi lại.</source>
        <translation>The provincial server&apos;s reply is malformed (broken or cut-off JSON); will send again.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="229"/>
        <source>HEAD /attachments trả lời {status}</source>
        <translation>HEAD /attachments answered {status}</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="230"/>
        <source>Máy chủ tỉnh trả lời quá lớn, không đọc hết.</source>
        <translation>The provincial server&apos;s reply is too large; not read to the end.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="231"/>
        <source>Tệp quá lớn so với giới hạn của máy chủ tỉnh ({size} byte).</source>
        <translation>The file is larger than the provincial server allows ({size} bytes).</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="232"/>
        <source>Tải tệp lên bị từ chối ({status}): {detail}</source>
        <translation>File upload refused ({status}): {detail}</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="233"/>
        <source>Một quầy khác dùng chung cơ sở dữ liệu đang đồng bộ; lượt đó gửi cả các thay đổi của quầy này (hàng đợi gửi là chung).</source>
        <translation>Another counter sharing the database is syncing; that round also sends this counter&apos;s changes (the send queue is shared).</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="234"/>
        <source>Cập nhật từ tỉnh</source>
        <translation>Updates from the province</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="235"/>
        <source>Hồ sơ trực tuyến</source>
        <translation>Online dossiers</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="236"/>
        <source>Văn bản kết quả {name} của hồ sơ {code} không tải được: {reason}</source>
        <translation>Result document {name} of dossier {code} could not be downloaded: {reason}</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="237"/>
        <source>phiên bản trong danh mục khác phiên bản máy chủ báo</source>
        <translation>the version in the catalogue differs from the version the server reported</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="238"/>
        <source>Lịch làm việc từ tỉnh không đúng định dạng (phiên bản phải là số nguyên dương, ngày nghỉ và ngày làm bù là danh sách): chưa áp dụng.</source>
        <translation>The working calendar from the province is malformed (the version must be a positive whole number, days off and make-up working days must be lists): not applied.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="239"/>
        <source>ngày nghỉ</source>
        <translation>day off</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="240"/>
        <source>ngày làm bù</source>
        <translation>make-up working day</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="241"/>
        <source>Danh mục thủ tục từ tỉnh không hợp lệ, chưa nhập: {reason}</source>
        <translation>The procedure catalogue from the province is not valid, not imported: {reason}</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="242"/>
        <source>Lịch làm việc phiên bản {version}: {label} {day} không dùng được ({reason}); các ngày khác đã áp dụng.</source>
        <translation>Working calendar version {version}: {label} {day} cannot be used ({reason}); the other days were applied.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="243"/>
        <source>{what}: máy chủ trả lại một trang sau số {cursor} mà không cho biết đi tiếp từ đâu; dừng lượt này để không tải lại mãi.</source>
        <translation>{what}: the server returned a page after number {cursor} without saying where to continue; this round stops so as not to download forever.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="244"/>
        <source>Con trỏ đồng bộ &apos;{key}&apos; trong cơ sở dữ liệu bị hỏng ({value}): chạy &apos;counter check&apos; và báo quản trị viên.</source>
        <translation>The sync cursor &apos;{key}&apos; in the database is damaged ({value}): run &apos;counter check&apos; and tell the administrator.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="245"/>
        <source>{what}: trả lời không có danh sách &apos;{items_key}&apos;.</source>
        <translation>{what}: the reply has no &apos;{items_key}&apos; list.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="246"/>
        <source>ngày nằm ngoài khoảng cho phép (2000–2100)</source>
        <translation>date outside the allowed range (2000–2100)</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="247"/>
        <source>Mục này đã được xử lý.</source>
        <translation>This item has already been dealt with.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="248"/>
        <source>MaHoSo trong dữ liệu khác MaHoSo của cập nhật</source>
        <translation>MaHoSo in the data differs from the update&apos;s MaHoSo</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="249"/>
        <source>cập nhật trạng thái thiếu TrangThai</source>
        <translation>status update without TrangThai</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="250"/>
        <source>cập nhật kết quả phải có TrangThai 9 (hoặc bỏ trống)</source>
        <translation>a result update must have TrangThai 9 (or none)</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="251"/>
        <source>cập nhật hạn mới thiếu NgayHenTra</source>
        <translation>new due date update without NgayHenTra</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="252"/>
        <source>ngày không có thật (YYYY-MM-DD)</source>
        <translation>no such date (YYYY-MM-DD)</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="253"/>
        <source>số thứ tự {number} không tăng dần trong trang</source>
        <translation>number {number} is out of order in the page</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="254"/>
        <source>dịch vụ bưu chính</source>
        <translation>postal service</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="255"/>
        <source>Hành trình bưu chính</source>
        <translation>Postal tracking</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="256"/>
        <source>Dịch vụ bưu chính từ chối khóa API: kiểm tra Thiết lập → Bưu chính.</source>
        <translation>The postal service refused the API key: check Settings → Post.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="257"/>
        <source>Dịch vụ bưu chính tạm lỗi ({status}), sẽ thử lại.</source>
        <translation>The postal service has a temporary error ({status}); will try again.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="258"/>
        <source>Tra cứu hành trình lỗi ({status}).</source>
        <translation>Tracking lookup failed ({status}).</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="259"/>
        <source>Bưu điện không cho hủy: {detail}</source>
        <translation>The post office does not allow cancelling: {detail}</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="260"/>
        <source>Dịch vụ bưu chính trả lời không đúng định dạng, sẽ thử lại.</source>
        <translation>The postal service&apos;s reply is malformed; will try again.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="261"/>
        <source>Dịch vụ bưu chính trả lời không khớp đơn đã gửi.</source>
        <translation>The postal service&apos;s reply does not match the order sent.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="262"/>
        <source>thiếu trường bắt buộc</source>
        <translation>required field missing</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="263"/>
        <source>không đúng định dạng</source>
        <translation>wrong format</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="264"/>
        <source>quá ngắn</source>
        <translation>too short</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="265"/>
        <source>quá dài</source>
        <translation>too long</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="266"/>
        <source>phải là chuỗi ký tự</source>
        <translation>must be a string</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="267"/>
        <source>phải là số nguyên</source>
        <translation>must be a whole number</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="268"/>
        <source>nhỏ hơn giá trị cho phép</source>
        <translation>smaller than allowed</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="269"/>
        <source>lớn hơn giá trị cho phép</source>
        <translation>larger than allowed</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="270"/>
        <source>giá trị không nằm trong danh sách cho phép</source>
        <translation>value not among the allowed ones</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="271"/>
        <source>thời điểm phải có múi giờ (ví dụ +07:00)</source>
        <translation>a moment must have a time zone (for example +07:00)</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="272"/>
        <source>thời điểm không hợp lệ (ISO 8601)</source>
        <translation>invalid moment (ISO 8601)</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="273"/>
        <source>ngày không hợp lệ (YYYY-MM-DD)</source>
        <translation>invalid date (YYYY-MM-DD)</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="274"/>
        <source>phải là một đối tượng JSON</source>
        <translation>must be a JSON object</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="275"/>
        <source>phải là một danh sách</source>
        <translation>must be a list</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="276"/>
        <source>danh sách quá dài</source>
        <translation>list too long</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="277"/>
        <source>trường này không được phép</source>
        <translation>this field is not allowed</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="278"/>
        <source>chuỗi chứa ký tự không hợp lệ (nửa cặp UTF-16 hoặc NUL)</source>
        <translation>the string contains invalid characters (half a UTF-16 pair or NUL)</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="279"/>
        <source>số không hợp lệ (NaN, vô cực hoặc quá lớn)</source>
        <translation>invalid number (NaN, infinite or too large)</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="280"/>
        <source>thời điểm nằm ngoài khoảng cho phép (2000–2100)</source>
        <translation>moment outside the allowed range (2000–2100)</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="281"/>
        <source>dữ liệu lồng nhau quá sâu</source>
        <translation>data nested too deeply</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="282"/>
        <source>giá trị không hợp lệ</source>
        <translation>invalid value</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="283"/>
        <source>{reasons} (và {more} lỗi khác)</source>
        <translation>{reasons} (and {more} other errors)</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="284"/>
        <source>{text}… (cắt, tổng {count} ký tự)</source>
        <translation>{text}… (cut, {count} characters in all)</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="285"/>
        <source>{where}: {message}</source>
        <translation>{where}: {message}</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="286"/>
        <source>(gốc)</source>
        <translation>(root)</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="287"/>
        <source>lỗi ngoài dự kiến trong Counter (chi tiết đã ghi vào nhật ký)</source>
        <translation>an unexpected error in Counter (the details are in the log)</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="288"/>
        <source>Chưa thiết lập máy chủ tỉnh.</source>
        <translation>The provincial server is not set up.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/labels_for_lupdate.py" line="289"/>
        <source>Lỗi tại máy: {reason}</source>
        <translation>Problem on this computer: {reason}</translation>
    </message>
</context>
<context>
    <name>NotCompetentDialog</name>
    <message>
        <location filename="../../counter/ui/online.py" line="506"/>
        <source>Trả lại hồ sơ: không thuộc thẩm quyền</source>
        <translation>Return the dossier: not competent</translation>
    </message>
    <message>
        <location filename="../../counter/ui/online.py" line="510"/>
        <source>ví dụ: Sở Nông nghiệp và Môi trường tỉnh Tây Ninh</source>
        <translation>e.g. Department of Agriculture and Environment of Tây Ninh</translation>
    </message>
    <message>
        <location filename="../../counter/ui/online.py" line="511"/>
        <source>Cơ quan có thẩm quyền:</source>
        <translation>Competent agency:</translation>
    </message>
    <message>
        <location filename="../../counter/ui/online.py" line="514"/>
        <source>Lý do:</source>
        <translation>Reason:</translation>
    </message>
    <message>
        <location filename="../../counter/ui/online.py" line="519"/>
        <source>Trả lại hồ sơ</source>
        <translation>Return the dossier</translation>
    </message>
    <message>
        <location filename="../../counter/ui/online.py" line="526"/>
        <source>Ghi rõ cơ quan có thẩm quyền giải quyết.</source>
        <translation>Name the agency competent to decide.</translation>
    </message>
</context>
<context>
    <name>OnlinePage</name>
    <message>
        <location filename="../../counter/ui/online.py" line="62"/>
        <source>Hồ sơ nộp trên Cổng Dịch vụ công: kiểm tra và thông báo cho người nộp trong 8 giờ làm việc kể từ khi hệ thống nhận (Nghị định 118/2025, Điều 17.2). Màu: xanh còn trên 4 giờ, vàng còn 1–4 giờ, đỏ còn dưới 1 giờ hoặc quá hạn.</source>
        <translation>Dossiers filed on the public service portal: check them and notify the applicant within 8 working hours of the system receiving them (Decree 118/2025, Article 17.2). Colours: green more than 4 hours left, amber 1–4 hours, red under 1 hour or late.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/online.py" line="68"/>
        <source>Thời hạn còn lại</source>
        <translation>Time left</translation>
    </message>
    <message>
        <location filename="../../counter/ui/online.py" line="68"/>
        <source>Mã trực tuyến</source>
        <translation>Online code</translation>
    </message>
    <message>
        <location filename="../../counter/ui/online.py" line="68"/>
        <source>Người nộp</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <location filename="../../counter/ui/online.py" line="69"/>
        <source>Thủ tục</source>
        <translation>Procedure</translation>
    </message>
    <message>
        <location filename="../../counter/ui/online.py" line="69"/>
        <source>Hạn kiểm tra</source>
        <translation>Check deadline</translation>
    </message>
    <message>
        <location filename="../../counter/ui/online.py" line="69"/>
        <source>Tệp</source>
        <translation>Files</translation>
    </message>
    <message>
        <location filename="../../counter/ui/online.py" line="70"/>
        <source>Trạng thái</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../counter/ui/online.py" line="82"/>
        <source>Mở để kiểm tra (Enter)</source>
        <translation>Open to check (Enter)</translation>
    </message>
    <message>
        <location filename="../../counter/ui/online.py" line="84"/>
        <source>Làm mới</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="../../counter/ui/online.py" line="102"/>
        <source>Đang tải hồ sơ trực tuyến…</source>
        <translation>Loading online dossiers…</translation>
    </message>
    <message>
        <location filename="../../counter/ui/online.py" line="122"/>
        <source>Hồ sơ trực tuyến chờ tiếp nhận: {0} hồ sơ, {1} quá hạn kiểm tra</source>
        <translation>Online dossiers waiting for acceptance: {0} dossiers, {1} past the check deadline</translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <location filename="../../counter/ui/signing.py" line="81"/>
        <source>Mở chữ ký số</source>
        <translation>Unlock digital signature</translation>
    </message>
    <message>
        <location filename="../../counter/ui/signing.py" line="84"/>
        <source>Ký số bản sao điện tử bằng chữ ký số cá nhân (NĐ 118/2025, Điều 17). Mã PIN chỉ dùng cho phiên làm việc này, không được lưu.</source>
        <translation>Sign the electronic copies with your personal digital signature (Decree 118/2025, Article 17). The PIN is used for this session only and is never stored.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/signing.py" line="92"/>
        <source>Nguồn khóa</source>
        <translation>Key source</translation>
    </message>
    <message>
        <location filename="../../counter/ui/signing.py" line="95"/>
        <source>Chứng thư số</source>
        <translation>Certificate</translation>
    </message>
    <message>
        <location filename="../../counter/ui/signing.py" line="99"/>
        <source>Mã PIN *</source>
        <translation>PIN *</translation>
    </message>
    <message>
        <location filename="../../counter/ui/signing.py" line="99"/>
        <source>Mật khẩu tệp *</source>
        <translation>File password *</translation>
    </message>
    <message>
        <location filename="../../counter/ui/signing.py" line="106"/>
        <source>Mở khóa ký</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <location filename="../../counter/ui/signing.py" line="107"/>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../counter/ui/signing.py" line="116"/>
        <source>Tệp chữ ký số: </source>
        <translation>Signature file: </translation>
    </message>
    <message>
        <location filename="../../counter/ui/signing.py" line="116"/>
        <source>chưa chọn</source>
        <translation>not chosen</translation>
    </message>
    <message>
        <location filename="../../counter/ui/signing.py" line="120"/>
        <source>Token (PKCS#11): </source>
        <translation>Token (PKCS#11): </translation>
    </message>
    <message>
        <location filename="../../counter/ui/signing.py" line="120"/>
        <source>chưa tìm thấy trình điều khiển</source>
        <translation>no driver found</translation>
    </message>
    <message>
        <location filename="../../counter/ui/signing.py" line="122"/>
        <location filename="../../counter/ui/signing.py" line="123"/>
        <source>Đang đọc token…</source>
        <translation>Reading the token…</translation>
    </message>
    <message>
        <location filename="../../counter/ui/signing.py" line="137"/>
        <source>Token có %1 chứng thư số: chọn chứng thư ký số của mình.</source>
        <translation>The token holds %1 certificates: choose your signing certificate.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/signing.py" line="145"/>
        <source>Đang mở khóa ký…</source>
        <translation>Unlocking the signing key…</translation>
    </message>
</context>
<context>
    <name>PostalPage</name>
    <message>
        <location filename="../../counter/ui/postal.py" line="52"/>
        <source>Số đơn hàng</source>
        <translation>Order number</translation>
    </message>
    <message>
        <location filename="../../counter/ui/postal.py" line="52"/>
        <source>Mã vận đơn</source>
        <translation>Tracking code</translation>
    </message>
    <message>
        <location filename="../../counter/ui/postal.py" line="52"/>
        <source>Người nhận</source>
        <translation>Receiver</translation>
    </message>
    <message>
        <location filename="../../counter/ui/postal.py" line="53"/>
        <source>Địa chỉ</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../counter/ui/postal.py" line="53"/>
        <source>Trạng thái</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../counter/ui/postal.py" line="53"/>
        <source>Diễn biến gần nhất</source>
        <translation>Latest event</translation>
    </message>
    <message>
        <location filename="../../counter/ui/postal.py" line="64"/>
        <source>Bàn giao cho bưu tá và in danh sách (Ctrl+B)</source>
        <translation>Hand to the postman and print the list (Ctrl+B)</translation>
    </message>
    <message>
        <location filename="../../counter/ui/postal.py" line="66"/>
        <source>In nhãn địa chỉ (Ctrl+L)</source>
        <translation>Print address labels (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../../counter/ui/postal.py" line="68"/>
        <source>Hủy đơn</source>
        <translation>Cancel order</translation>
    </message>
    <message>
        <location filename="../../counter/ui/postal.py" line="70"/>
        <source>Gửi lại</source>
        <translation>Send again</translation>
    </message>
    <message>
        <location filename="../../counter/ui/postal.py" line="72"/>
        <source>Nhập mã vận đơn…</source>
        <translation>Enter waybill number…</translation>
    </message>
    <message>
        <location filename="../../counter/ui/postal.py" line="73"/>
        <source>Không có kết nối với bưu điện: gõ hoặc quét mã vận đơn bưu điện dán trên bưu gửi</source>
        <translation>No connection to the postal operator: type or scan the waybill number stuck on the parcel</translation>
    </message>
    <message>
        <location filename="../../counter/ui/postal.py" line="76"/>
        <source>Cập nhật trạng thái…</source>
        <translation>Update status…</translation>
    </message>
    <message>
        <location filename="../../counter/ui/postal.py" line="77"/>
        <source>Không có kết nối với bưu điện: ghi diễn biến bưu điện báo (đang chuyển, đã phát, chuyển hoàn)</source>
        <translation>No connection to the postal operator: record what the post office reported (in transit, delivered, returned)</translation>
    </message>
    <message>
        <location filename="../../counter/ui/postal.py" line="107"/>
        <source>Đang tải bưu gửi…</source>
        <translation>Loading parcels…</translation>
    </message>
    <message>
        <location filename="../../counter/ui/postal.py" line="166"/>
        <source>Bàn giao bưu gửi</source>
        <translation>Hand over parcels</translation>
    </message>
    <message>
        <location filename="../../counter/ui/postal.py" line="167"/>
        <source>Chọn các bưu gửi đã có mã vận đơn (đã tạo đơn) để bàn giao.</source>
        <translation>Select parcels that already have a tracking code (order created) to hand over.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/postal.py" line="171"/>
        <source>Bưu gửi chưa có mã vận đơn được bàn giao theo danh sách in có chữ ký bưu tá; mã vận đơn nhập sau.</source>
        <translation>Parcels without a waybill number are handed over on the printed list signed by the postman; the waybill number is entered later.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/postal.py" line="173"/>
        <source>Bàn giao cho bưu tá</source>
        <translation>Hand to the postman</translation>
    </message>
    <message>
        <location filename="../../counter/ui/postal.py" line="169"/>
        <source>Họ tên bưu tá nhận:</source>
        <translation>Postman&apos;s full name:</translation>
    </message>
    <message>
        <location filename="../../counter/ui/postal.py" line="184"/>
        <source>Chưa bàn giao được</source>
        <translation>Could not hand over</translation>
    </message>
    <message>
        <location filename="../../counter/ui/postal.py" line="179"/>
        <source>Danh sách bàn giao bưu gửi </source>
        <translation>Parcel hand-over list </translation>
    </message>
    <message>
        <location filename="../../counter/ui/postal.py" line="198"/>
        <source>Đang ghi…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <location filename="../../counter/ui/postal.py" line="222"/>
        <location filename="../../counter/ui/postal.py" line="225"/>
        <source>Nhập mã vận đơn</source>
        <translation>Enter waybill number</translation>
    </message>
    <message>
        <location filename="../../counter/ui/postal.py" line="222"/>
        <source>Chọn một bưu gửi đang chờ bàn giao.</source>
        <translation>Choose one parcel waiting for hand-over.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/postal.py" line="226"/>
        <source>Mã vận đơn của bưu gửi %1 (gửi %2):</source>
        <translation>Waybill number of parcel %1 (to %2):</translation>
    </message>
    <message>
        <location filename="../../counter/ui/postal.py" line="232"/>
        <source>Chưa nhập được mã vận đơn</source>
        <translation>The waybill number was not entered</translation>
    </message>
    <message>
        <location filename="../../counter/ui/postal.py" line="238"/>
        <location filename="../../counter/ui/postal.py" line="241"/>
        <source>Cập nhật trạng thái</source>
        <translation>Update status</translation>
    </message>
    <message>
        <location filename="../../counter/ui/postal.py" line="238"/>
        <source>Chọn bưu gửi đã giao bưu tá.</source>
        <translation>Choose parcels already handed to the postman.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../counter/ui/postal.py" line="242"/>
        <source>Bưu điện báo (%n bưu gửi):</source>
        <translation>
            <numerusform>The post office reports (%n parcel):</numerusform>
            <numerusform>The post office reports (%n parcels):</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../counter/ui/postal.py" line="247"/>
        <location filename="../../counter/ui/postal.py" line="248"/>
        <source>Chưa cập nhật được</source>
        <translation>Not updated</translation>
    </message>
    <message>
        <location filename="../../counter/ui/postal.py" line="253"/>
        <source>Nhãn bưu gửi </source>
        <translation>Postal label </translation>
    </message>
    <message>
        <location filename="../../counter/ui/postal.py" line="273"/>
        <source>Không hủy được</source>
        <translation>Could not cancel</translation>
    </message>
    <message>
        <location filename="../../counter/ui/postal.py" line="276"/>
        <source>Đang hủy đơn bưu chính…</source>
        <translation>Cancelling the postal order…</translation>
    </message>
    <message>
        <location filename="../../counter/ui/postal.py" line="282"/>
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
        <location filename="../../counter/ui/intake_sections.py" line="157"/>
        <source>&lt;b&gt;1. Thủ tục hành chính&lt;/b&gt;</source>
        <translation>&lt;b&gt;1. Administrative procedure&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../counter/ui/intake_sections.py" line="159"/>
        <source>Gõ tên hoặc mã thủ tục, có dấu hoặc không dấu (F3)</source>
        <translation>Type the procedure name or code, with or without diacritics (F3)</translation>
    </message>
    <message>
        <location filename="../../counter/ui/intake_sections.py" line="191"/>
        <source>không thu</source>
        <translation>free of charge</translation>
    </message>
    <message>
        <location filename="../../counter/ui/intake_sections.py" line="192"/>
        <source>có</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../../counter/ui/intake_sections.py" line="192"/>
        <source>&lt;b&gt;không&lt;/b&gt;</source>
        <translation>&lt;b&gt;no&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../counter/ui/intake_sections.py" line="195"/>
        <source>Cơ quan giải quyết: </source>
        <translation>Deciding agency: </translation>
    </message>
    <message>
        <location filename="../../counter/ui/intake_sections.py" line="197"/>
        <source>Thời hạn: </source>
        <translation>Time limit: </translation>
    </message>
    <message>
        <location filename="../../counter/ui/intake_sections.py" line="197"/>
        <source>Phí, lệ phí: </source>
        <translation>Fees and charges: </translation>
    </message>
    <message>
        <location filename="../../counter/ui/intake_sections.py" line="198"/>
        <source>Trả qua bưu chính: </source>
        <translation>Results by post: </translation>
    </message>
</context>
<context>
    <name>QueuesPage</name>
    <message>
        <source>Chỉ tiêu số hóa hồ sơ: số hồ sơ tiếp nhận trong tháng có bản quét đính kèm chia cho tổng số hồ sơ tiếp nhận trong tháng.</source>
        <translation type="vanished">Digitisation indicator: dossiers received this month with at least one scan attached, divided by all dossiers received this month.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/queues.py" line="54"/>
        <source>Chỉ tiêu số hóa hồ sơ: số hồ sơ tiếp nhận trong tháng có bản sao điện tử đã ký số chia cho tổng số hồ sơ tiếp nhận trong tháng.</source>
        <translation>Digitisation indicator: dossiers received this month with a signed electronic copy, divided by all dossiers received this month.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/queues.py" line="62"/>
        <source>Mã hồ sơ</source>
        <translation>Dossier code</translation>
    </message>
    <message>
        <location filename="../../counter/ui/queues.py" line="62"/>
        <source>Người nộp</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <location filename="../../counter/ui/queues.py" line="62"/>
        <source>Thủ tục</source>
        <translation>Procedure</translation>
    </message>
    <message>
        <location filename="../../counter/ui/queues.py" line="63"/>
        <source>Hẹn trả</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../../counter/ui/queues.py" line="63"/>
        <source>Ghi chú</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../counter/ui/queues.py" line="76"/>
        <source>Bàn giao hồ sơ đã chọn và in danh sách (Ctrl+B)</source>
        <translation>Hand over the selected dossiers and print the list (Ctrl+B)</translation>
    </message>
    <message>
        <location filename="../../counter/ui/queues.py" line="80"/>
        <source>Làm mới (F5)</source>
        <translation>Refresh (F5)</translation>
    </message>
    <message>
        <location filename="../../counter/ui/queues.py" line="100"/>
        <source>Đang tải việc cần làm…</source>
        <translation>Loading the work queues…</translation>
    </message>
    <message>
        <location filename="../../counter/ui/queues.py" line="106"/>
        <source>Số hóa hồ sơ tháng này (bản sao đã ký số): %1/%2 (%3)</source>
        <translation>Digitised this month (signed copies): %1/%2 (%3)</translation>
    </message>
    <message>
        <source>Số hóa hồ sơ tháng này: %1/%2 (%3)</source>
        <translation type="vanished">Dossiers digitised this month: %1/%2 (%3)</translation>
    </message>
    <message>
        <location filename="../../counter/ui/queues.py" line="138"/>
        <source> — hiển thị %1 hồ sơ đầu</source>
        <translation> — showing the first %1</translation>
    </message>
    <message>
        <location filename="../../counter/ui/queues.py" line="140"/>
        <source> hồ sơ</source>
        <translation> dossier(s)</translation>
    </message>
    <message>
        <location filename="../../counter/ui/queues.py" line="164"/>
        <source>Bàn giao hồ sơ</source>
        <translation>Hand over dossiers</translation>
    </message>
    <message>
        <location filename="../../counter/ui/queues.py" line="164"/>
        <source>Chọn các hồ sơ cần bàn giao trong danh sách.</source>
        <translation>Select the dossiers to hand over in the list.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/queues.py" line="173"/>
        <source>Bàn giao %1 hồ sơ giấy</source>
        <translation>Hand over %1 paper dossier(s)</translation>
    </message>
    <message>
        <source>Không in được</source>
        <translation type="vanished">Could not print</translation>
    </message>
    <message>
        <location filename="../../counter/ui/queues.py" line="179"/>
        <source>Danh sách bàn giao </source>
        <translation>Handover list </translation>
    </message>
</context>
<context>
    <name>ResultDialog</name>
    <message>
        <location filename="../../counter/ui/actions.py" line="230"/>
        <source>Nhận kết quả từ cơ quan giải quyết</source>
        <translation>Receive the results from the deciding agency</translation>
    </message>
    <message>
        <location filename="../../counter/ui/actions.py" line="230"/>
        <source>Ghi nhận kết quả</source>
        <translation>Record results</translation>
    </message>
    <message>
        <location filename="../../counter/ui/actions.py" line="232"/>
        <source>Người giao kết quả</source>
        <translation>Delivered by</translation>
    </message>
    <message>
        <location filename="../../counter/ui/actions.py" line="234"/>
        <source>ví dụ: Giấy chứng nhận số …</source>
        <translation>e.g. Certificate no. …</translation>
    </message>
    <message>
        <location filename="../../counter/ui/actions.py" line="235"/>
        <source>Kết quả</source>
        <translation>Results</translation>
    </message>
</context>
<context>
    <name>ReturnDialog</name>
    <message>
        <location filename="../../counter/ui/actions.py" line="244"/>
        <source>Trả kết quả tại quầy</source>
        <translation>Hand over results at the counter</translation>
    </message>
    <message>
        <location filename="../../counter/ui/actions.py" line="244"/>
        <source>Trả kết quả và in phiếu xác nhận</source>
        <translation>Hand over and print the confirmation</translation>
    </message>
    <message>
        <location filename="../../counter/ui/actions.py" line="249"/>
        <source>Hồ sơ nộp trực tuyến: người nhận phải xuất trình bản chính để đối chiếu trước khi nhận kết quả — {0}.</source>
        <translation>Filed online: the person collecting must show the paper originals for comparison before receiving the result — {0}.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/actions.py" line="252"/>
        <source>Người nộp hồ sơ: </source>
        <translation>Applicant: </translation>
    </message>
    <message>
        <location filename="../../counter/ui/actions.py" line="253"/>
        <source>Người được ủy quyền nhận thay</source>
        <translation>Authorised person collecting on the applicant&apos;s behalf</translation>
    </message>
    <message>
        <location filename="../../counter/ui/actions.py" line="258"/>
        <source>Người nhận</source>
        <translation>Collected by</translation>
    </message>
    <message>
        <location filename="../../counter/ui/actions.py" line="261"/>
        <source>quét hoặc gõ số trên giấy tờ tùy thân</source>
        <translation>scan or type the number on the ID document</translation>
    </message>
    <message>
        <location filename="../../counter/ui/actions.py" line="262"/>
        <source>Số giấy tờ *</source>
        <translation>ID document number *</translation>
    </message>
    <message>
        <location filename="../../counter/ui/actions.py" line="264"/>
        <source>Họ tên người nhận thay</source>
        <translation>Full name of the authorised person</translation>
    </message>
    <message>
        <location filename="../../counter/ui/actions.py" line="266"/>
        <source>số, ngày của giấy ủy quyền</source>
        <translation>number and date of the authorisation</translation>
    </message>
    <message>
        <location filename="../../counter/ui/actions.py" line="267"/>
        <source>Giấy ủy quyền</source>
        <translation>Authorisation</translation>
    </message>
    <message>
        <source>Trả lại hồ sơ: không thuộc thẩm quyền</source>
        <translation type="vanished">Return the dossier: not competent</translation>
    </message>
    <message>
        <source>ví dụ: Sở Nông nghiệp và Môi trường tỉnh Tây Ninh</source>
        <translation type="vanished">e.g. Department of Agriculture and Environment of Tây Ninh</translation>
    </message>
    <message>
        <source>Cơ quan có thẩm quyền:</source>
        <translation type="vanished">Competent agency:</translation>
    </message>
    <message>
        <source>Lý do:</source>
        <translation type="vanished">Reason:</translation>
    </message>
    <message>
        <source>Trả lại hồ sơ</source>
        <translation type="vanished">Return the dossier</translation>
    </message>
    <message>
        <source>Ghi rõ cơ quan có thẩm quyền giải quyết.</source>
        <translation type="vanished">Name the agency competent to decide.</translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <location filename="../../counter/ui/online.py" line="175"/>
        <source>Kiểm tra hồ sơ trực tuyến {0}</source>
        <translation>Checking online dossier {0}</translation>
    </message>
    <message>
        <location filename="../../counter/ui/online.py" line="193"/>
        <source>Tệp người nộp đã gửi:</source>
        <translation>Files the applicant sent:</translation>
    </message>
    <message>
        <location filename="../../counter/ui/online.py" line="203"/>
        <source>Trang</source>
        <translation>Page</translation>
    </message>
    <message>
        <location filename="../../counter/ui/online.py" line="211"/>
        <source>Thu phóng</source>
        <translation>Zoom</translation>
    </message>
    <message>
        <location filename="../../counter/ui/online.py" line="232"/>
        <source>Thành phần hồ sơ (đánh dấu giấy tờ đã có):</source>
        <translation>Checklist (tick the documents present):</translation>
    </message>
    <message>
        <location filename="../../counter/ui/online.py" line="237"/>
        <source>Tiếp nhận hồ sơ</source>
        <translation>Accept the dossier</translation>
    </message>
    <message>
        <location filename="../../counter/ui/online.py" line="239"/>
        <source>Yêu cầu sửa đổi, bổ sung (Mẫu 02)…</source>
        <translation>Request correction or supplement (form 02)…</translation>
    </message>
    <message>
        <location filename="../../counter/ui/online.py" line="241"/>
        <source>Trả lại: không thuộc thẩm quyền…</source>
        <translation>Return: not competent…</translation>
    </message>
    <message>
        <location filename="../../counter/ui/online.py" line="245"/>
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../counter/ui/online.py" line="252"/>
        <source>Đang nhận hồ sơ và tải tệp từ hệ thống tỉnh…</source>
        <translation>Claiming the dossier and fetching its files from the provincial system…</translation>
    </message>
    <message>
        <location filename="../../counter/ui/online.py" line="256"/>
        <location filename="../../counter/ui/online.py" line="286"/>
        <source>Đang mở hồ sơ…</source>
        <translation>Opening the dossier…</translation>
    </message>
    <message>
        <location filename="../../counter/ui/online.py" line="295"/>
        <source>Mã trực tuyến</source>
        <translation>Online code</translation>
    </message>
    <message>
        <location filename="../../counter/ui/online.py" line="295"/>
        <source>Thủ tục</source>
        <translation>Procedure</translation>
    </message>
    <message>
        <location filename="../../counter/ui/online.py" line="296"/>
        <source>Người nộp</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <location filename="../../counter/ui/online.py" line="296"/>
        <source>Số định danh</source>
        <translation>Personal ID number</translation>
    </message>
    <message>
        <location filename="../../counter/ui/online.py" line="297"/>
        <source>Ngày sinh</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <location filename="../../counter/ui/online.py" line="297"/>
        <source>Điện thoại</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../counter/ui/online.py" line="298"/>
        <source>Thư điện tử</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../counter/ui/online.py" line="298"/>
        <source>Địa chỉ</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../counter/ui/online.py" line="299"/>
        <source>Nộp lúc</source>
        <translation>Submitted at</translation>
    </message>
    <message>
        <location filename="../../counter/ui/online.py" line="300"/>
        <source>Hạn kiểm tra</source>
        <translation>Check deadline</translation>
    </message>
    <message>
        <location filename="../../counter/ui/online.py" line="301"/>
        <source>Lần nộp</source>
        <translation>Submission</translation>
    </message>
    <message>
        <location filename="../../counter/ui/online.py" line="316"/>
        <source> (bổ sung lần {0})</source>
        <translation> (supplement {0})</translation>
    </message>
    <message>
        <location filename="../../counter/ui/online.py" line="320"/>
        <source> — chưa tải về</source>
        <translation> — not downloaded yet</translation>
    </message>
    <message>
        <location filename="../../counter/ui/online.py" line="330"/>
        <source> (nếu có)</source>
        <translation> (if any)</translation>
    </message>
    <message>
        <location filename="../../counter/ui/online.py" line="336"/>
        <source>Cơ quan này không giải quyết thủ tục này: trả lại hồ sơ, ghi rõ cơ quan có thẩm quyền.</source>
        <translation>This office does not handle this procedure: return the dossier, naming the competent agency.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/online.py" line="357"/>
        <source>Chưa cấu hình đồng bộ với hệ thống tỉnh: chưa tải được tệp của hồ sơ.</source>
        <translation>Sync with the provincial system is not set up: the files could not be downloaded.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/online.py" line="366"/>
        <source>Chưa tải được tệp (mất mạng?): {0}</source>
        <translation>The files could not be downloaded (network down?): {0}</translation>
    </message>
    <message>
        <location filename="../../counter/ui/online.py" line="382"/>
        <source>Không có tệp.</source>
        <translation>No file.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/online.py" line="387"/>
        <source>Không hiển thị tệp {0}: {1}</source>
        <translation>File {0} not shown: {1}</translation>
    </message>
    <message>
        <location filename="../../counter/ui/online.py" line="392"/>
        <source>Tệp {0} chưa tải về: kết nối hệ thống tỉnh rồi mở lại hồ sơ.</source>
        <translation>File {0} is not downloaded yet: connect to the provincial system and open the dossier again.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/online.py" line="398"/>
        <source>Không hiển thị được tệp {0} ({1}).</source>
        <translation>File {0} could not be shown ({1}).</translation>
    </message>
    <message>
        <location filename="../../counter/ui/online.py" line="404"/>
        <source>/ {0}</source>
        <translation>/ {0}</translation>
    </message>
    <message>
        <location filename="../../counter/ui/online.py" line="417"/>
        <source>Nộp lại tệp {0}: {1}</source>
        <translation>Submit file {0} again: {1}</translation>
    </message>
    <message>
        <location filename="../../counter/ui/online.py" line="423"/>
        <source>Chưa tiếp nhận được — còn thiếu: {0}. Đánh dấu đủ giấy tờ, hoặc yêu cầu bổ sung.</source>
        <translation>Cannot accept yet — missing: {0}. Tick every document, or request a supplement.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/online.py" line="431"/>
        <source>Đang tiếp nhận hồ sơ…</source>
        <translation>Accepting the dossier…</translation>
    </message>
    <message>
        <location filename="../../counter/ui/online.py" line="434"/>
        <source>Hồ sơ {0} đã được tiếp nhận với mã {1}, hẹn trả {2}; người nộp được thông báo khi đồng bộ.</source>
        <translation>Dossier {0} was accepted with code {1}, due {2}; the applicant is notified at the next sync.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/online.py" line="446"/>
        <source>Đang ghi yêu cầu bổ sung…</source>
        <translation>Recording the supplement request…</translation>
    </message>
    <message>
        <location filename="../../counter/ui/online.py" line="447"/>
        <source>Đã gửi yêu cầu bổ sung hồ sơ {0} (Mẫu 02); người nộp được thông báo khi đồng bộ.</source>
        <translation>Supplement requested for dossier {0} (form 02); the applicant is notified at the next sync.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/online.py" line="462"/>
        <source>Đang ghi…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <location filename="../../counter/ui/online.py" line="463"/>
        <source>Đã trả lại hồ sơ {0} (không thuộc thẩm quyền); người nộp được thông báo khi đồng bộ.</source>
        <translation>Dossier {0} returned (not competent); the applicant is notified at the next sync.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../counter/ui/settings.py" line="50"/>
        <source>Thiết lập cơ quan</source>
        <translation>Agency settings</translation>
    </message>
    <message>
        <location filename="../../counter/ui/settings.py" line="55"/>
        <source>&amp;Cơ quan</source>
        <translation>&amp;Agency</translation>
    </message>
    <message>
        <location filename="../../counter/ui/settings.py" line="56"/>
        <source>&amp;Giờ làm việc, ngày nghỉ</source>
        <translation>&amp;Working hours, days off</translation>
    </message>
    <message>
        <location filename="../../counter/ui/settings.py" line="57"/>
        <source>Cán &amp;bộ</source>
        <translation>&amp;Officers</translation>
    </message>
    <message>
        <location filename="../../counter/ui/settings.py" line="58"/>
        <source>Cơ quan &amp;giải quyết</source>
        <translation>&amp;Deciding agencies</translation>
    </message>
    <message>
        <location filename="../../counter/ui/settings.py" line="59"/>
        <source>Bư&amp;u chính</source>
        <translation>Po&amp;st</translation>
    </message>
    <message>
        <location filename="../../counter/ui/settings.py" line="60"/>
        <source>Chữ ký &amp;số</source>
        <translation>Digital &amp;signature</translation>
    </message>
    <message>
        <location filename="../../counter/ui/settings.py" line="67"/>
        <source>Lưu thông tin cơ quan</source>
        <translation>Save agency details</translation>
    </message>
    <message>
        <location filename="../../counter/ui/settings.py" line="68"/>
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../counter/ui/settings.py" line="94"/>
        <source>Mã định danh cơ quan *</source>
        <translation>Agency identifier code *</translation>
    </message>
    <message>
        <location filename="../../counter/ui/settings.py" line="96"/>
        <source>Tên cơ quan *</source>
        <translation>Agency name *</translation>
    </message>
    <message>
        <location filename="../../counter/ui/settings.py" line="98"/>
        <source>Cơ quan chủ quản *</source>
        <translation>Parent agency *</translation>
    </message>
    <message>
        <location filename="../../counter/ui/settings.py" line="103"/>
        <source>Cấp</source>
        <translation>Level</translation>
    </message>
    <message>
        <location filename="../../counter/ui/settings.py" line="105"/>
        <source>Địa chỉ</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../counter/ui/settings.py" line="106"/>
        <source>địa danh in trên giấy tờ, ví dụ Tân Trụ</source>
        <translation>place name printed on documents, e.g. Tân Trụ</translation>
    </message>
    <message>
        <location filename="../../counter/ui/settings.py" line="107"/>
        <source>Địa danh</source>
        <translation>Place name</translation>
    </message>
    <message>
        <location filename="../../counter/ui/settings.py" line="109"/>
        <source>Điện thoại</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Số quầy này *</source>
        <translation type="vanished">This counter&apos;s number *</translation>
    </message>
    <message>
        <source>Số quầy dùng chung dãy số *</source>
        <translation type="vanished">Counters sharing the code sequence *</translation>
    </message>
    <message>
        <source>Mỗi quầy cấp mã hồ sơ theo số dư riêng (quầy k cấp k, k+N, k+2N…), nên các quầy cùng cơ quan làm việc ngoại tuyến không bao giờ cấp trùng mã.</source>
        <translation type="vanished">Each counter issues dossier codes from its own remainder (counter k issues k, k+N, k+2N…), so the counters of one agency working offline never issue the same code.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/settings.py" line="115"/>
        <source>Đã kiểm tra: không máy nào khác của cơ quan dùng số này</source>
        <translation>Checked: no other computer of the agency uses this number</translation>
    </message>
    <message>
        <location filename="../../counter/ui/settings.py" line="116"/>
        <source>Chọn số quầy</source>
        <translation>Use this slot</translation>
    </message>
    <message>
        <location filename="../../counter/ui/settings.py" line="118"/>
        <source>Bỏ số này, nhận số khác</source>
        <translation>Give it up, get another</translation>
    </message>
    <message>
        <location filename="../../counter/ui/settings.py" line="123"/>
        <source>Số quầy (1–9)</source>
        <translation>Counter slot (1–9)</translation>
    </message>
    <message>
        <location filename="../../counter/ui/settings.py" line="128"/>
        <source>Số chữ số thứ tự trong mã</source>
        <translation>Digits of the sequence number in the code</translation>
    </message>
    <message>
        <location filename="../../counter/ui/settings.py" line="130"/>
        <source>Địa chỉ tra cứu hồ sơ</source>
        <translation>Dossier lookup address</translation>
    </message>
    <message>
        <location filename="../../counter/ui/settings.py" line="132"/>
        <source>thư mục máy quét lưu tệp; để trống nếu không dùng</source>
        <translation>folder where the scanner saves its files; leave empty if not used</translation>
    </message>
    <message>
        <source>Thư mục máy quét</source>
        <translation type="vanished">Scanner folder</translation>
    </message>
    <message>
        <source>Thời hạn bổ sung (ngày)</source>
        <translation type="vanished">Supplement deadline (days)</translation>
    </message>
    <message>
        <source>Báo sắp đến hạn trước (giờ làm việc)</source>
        <translation type="vanished">Warn of due dates ahead (working hours)</translation>
    </message>
    <message>
        <source>Tự khóa màn hình sau (phút)</source>
        <translation type="vanished">Lock the screen after (minutes)</translation>
    </message>
    <message>
        <source>Máy chủ đồng bộ của tỉnh</source>
        <translation type="vanished">Provincial sync server</translation>
    </message>
    <message>
        <source>Mã truy cập của quầy</source>
        <translation type="vanished">This counter&apos;s access token</translation>
    </message>
    <message>
        <location filename="../../counter/ui/settings.py" line="138"/>
        <source>để trống: dùng chứng chỉ gốc của hệ thống</source>
        <translation>empty: use the system&apos;s root certificates</translation>
    </message>
    <message>
        <source>Tệp chứng chỉ gốc (CA)</source>
        <translation type="vanished">CA certificate file</translation>
    </message>
    <message>
        <source>mã tỉnh của cơ quan, ví dụ 80</source>
        <translation type="vanished">the office&apos;s province code, e.g. 80</translation>
    </message>
    <message>
        <source>Mã tỉnh của cơ quan</source>
        <translation type="vanished">Office province code</translation>
    </message>
    <message>
        <source>mã xã, phường, ví dụ 28075</source>
        <translation type="vanished">commune/ward code, e.g. 28075</translation>
    </message>
    <message>
        <source>Mã xã, phường của cơ quan</source>
        <translation type="vanished">Office commune code</translation>
    </message>
    <message>
        <source>Dịch vụ bưu chính</source>
        <translation type="vanished">Postal service</translation>
    </message>
    <message>
        <source>Khóa API bưu chính</source>
        <translation type="vanished">Postal API key</translation>
    </message>
    <message>
        <source>Mã khách hàng bưu chính</source>
        <translation type="vanished">Postal customer code</translation>
    </message>
    <message>
        <source>Cước trong tỉnh (đồng)</source>
        <translation type="vanished">Postage within the province (đồng)</translation>
    </message>
    <message>
        <source>Cước ngoài tỉnh (đồng)</source>
        <translation type="vanished">Postage to other provinces (đồng)</translation>
    </message>
    <message>
        <location filename="../../counter/ui/settings.py" line="171"/>
        <source>&lt;b&gt;Máy này&lt;/b&gt; (mỗi quầy thiết lập riêng)</source>
        <translation>&lt;b&gt;This computer&lt;/b&gt; (each counter sets its own)</translation>
    </message>
    <message>
        <location filename="../../counter/ui/settings.py" line="175"/>
        <source>Token chữ ký số (USB, PKCS#11)</source>
        <translation>Signature token (USB, PKCS#11)</translation>
    </message>
    <message>
        <location filename="../../counter/ui/settings.py" line="176"/>
        <source>Tệp chữ ký số PKCS#12 (.p12, .pfx) — tập huấn, nơi chưa có token</source>
        <translation>PKCS#12 signature file (.p12, .pfx) — training, offices without a token</translation>
    </message>
    <message>
        <source>Nguồn khóa ký</source>
        <translation type="vanished">Signing key source</translation>
    </message>
    <message>
        <location filename="../../counter/ui/settings.py" line="179"/>
        <source>để trống: tự tìm trình điều khiển của CA</source>
        <translation>empty: find the CA&apos;s driver automatically</translation>
    </message>
    <message>
        <location filename="../../counter/ui/settings.py" line="181"/>
        <source>Tự tìm</source>
        <translation>Detect</translation>
    </message>
    <message>
        <source>Thư viện PKCS#11</source>
        <translation type="vanished">PKCS#11 library</translation>
    </message>
    <message>
        <location filename="../../counter/ui/settings.py" line="185"/>
        <source>đường dẫn tệp .p12 hoặc .pfx</source>
        <translation>path of the .p12 or .pfx file</translation>
    </message>
    <message>
        <source>Tệp PKCS#12</source>
        <translation type="vanished">PKCS#12 file</translation>
    </message>
    <message>
        <location filename="../../counter/ui/settings.py" line="189"/>
        <source> (phỏng đoán)</source>
        <translation> (guess)</translation>
    </message>
    <message>
        <location filename="../../counter/ui/settings.py" line="192"/>
        <source>&lt;b&gt;Cả cơ quan&lt;/b&gt;</source>
        <translation>&lt;b&gt;Whole office&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../counter/ui/settings.py" line="196"/>
        <source>ví dụ http://127.0.0.1:8765/api/v1/tsa (máy chủ tỉnh thử nghiệm)</source>
        <translation>e.g. http://127.0.0.1:8765/api/v1/tsa (test provincial server)</translation>
    </message>
    <message>
        <source>Máy chủ dấu thời gian (TSA)</source>
        <translation type="vanished">Timestamp server (TSA)</translation>
    </message>
    <message>
        <source>Cho chuyển khi bản quét chưa ký trong (giờ)</source>
        <translation type="vanished">Allow forwarding unsigned scans for (hours)</translation>
    </message>
    <message>
        <source>Ký số ngay khi đính kèm (khi đã mở khóa ký trong phiên)</source>
        <translation type="vanished">Sign at attach time (once the key is unlocked in this session)</translation>
    </message>
    <message>
        <location filename="../../counter/ui/settings.py" line="203"/>
        <source>Thêm chứng thư gốc…</source>
        <translation>Add root certificate…</translation>
    </message>
    <message>
        <source>Chứng thư gốc tin cậy</source>
        <translation type="vanished">Trusted root certificates</translation>
    </message>
    <message>
        <location filename="../../counter/ui/settings.py" line="207"/>
        <source>Lưu thiết lập chữ ký số</source>
        <translation>Save signature settings</translation>
    </message>
    <message>
        <location filename="../../counter/ui/settings.py" line="221"/>
        <source>%1 chứng thư</source>
        <translation>%1 certificate(s)</translation>
    </message>
    <message>
        <location filename="../../counter/ui/settings.py" line="228"/>
        <source>thư viện PKCS#11</source>
        <translation>PKCS#11 library</translation>
    </message>
    <message>
        <location filename="../../counter/ui/settings.py" line="229"/>
        <source>Tìm thấy: %1 — %2</source>
        <translation>Found: %1 — %2</translation>
    </message>
    <message>
        <location filename="../../counter/ui/settings.py" line="233"/>
        <source>Chưa thấy trình điều khiển token của CA nào trên máy: cài phần mềm token của nhà cung cấp chữ ký số (xem README, mục Chữ ký số).</source>
        <translation>No CA token driver found on this computer: install the token software of your signature provider (see the README, section on signing).</translation>
    </message>
    <message>
        <location filename="../../counter/ui/settings.py" line="237"/>
        <source>Chọn chứng thư gốc</source>
        <translation>Choose a root certificate</translation>
    </message>
    <message>
        <location filename="../../counter/ui/settings.py" line="238"/>
        <source>Chứng thư (*.pem *.crt *.cer *.der)</source>
        <translation>Certificates (*.pem *.crt *.cer *.der)</translation>
    </message>
    <message>
        <location filename="../../counter/ui/settings.py" line="249"/>
        <source>Đã tin cậy: </source>
        <translation>Now trusted: </translation>
    </message>
    <message>
        <location filename="../../counter/ui/settings.py" line="257"/>
        <source>Nhập số giờ, ví dụ 0 hoặc 24.</source>
        <translation>Enter a number of hours, e.g. 0 or 24.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/settings.py" line="271"/>
        <source>Đã lưu thiết lập chữ ký số.</source>
        <translation>Signature settings saved.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/settings.py" line="279"/>
        <source>nghỉ</source>
        <translation>closed</translation>
    </message>
    <message>
        <location filename="../../counter/ui/settings.py" line="283"/>
        <source>Giờ làm việc mỗi buổi dạng 07:00-11:30, 13:30-17:00; để trống là ngày nghỉ.</source>
        <translation>Working hours of each session, like 07:00-11:30, 13:30-17:00; leave empty for a day off.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/settings.py" line="286"/>
        <source>Ngày nghỉ riêng của cơ quan (mỗi dòng một ngày dd/mm/yyyy)</source>
        <translation>The agency&apos;s own days off (one date per line, dd/mm/yyyy)</translation>
    </message>
    <message>
        <location filename="../../counter/ui/settings.py" line="292"/>
        <source>Ngày làm bù của cơ quan (mỗi dòng một ngày dd/mm/yyyy)</source>
        <translation>The agency&apos;s make-up working days (one date per line, dd/mm/yyyy)</translation>
    </message>
    <message>
        <location filename="../../counter/ui/settings.py" line="298"/>
        <source>Ngày nghỉ lễ, Tết và ngày làm bù theo quy định năm nay</source>
        <translation>This year&apos;s official holidays, Tết and make-up working days</translation>
    </message>
    <message>
        <location filename="../../counter/ui/settings.py" line="316"/>
        <source>Tên đăng nhập</source>
        <translation>User name</translation>
    </message>
    <message>
        <location filename="../../counter/ui/settings.py" line="316"/>
        <source>Họ và tên</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../counter/ui/settings.py" line="317"/>
        <location filename="../../counter/ui/settings.py" line="329"/>
        <source>Chức danh</source>
        <translation>Job title</translation>
    </message>
    <message>
        <location filename="../../counter/ui/settings.py" line="317"/>
        <location filename="../../counter/ui/settings.py" line="333"/>
        <source>Vai trò</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../counter/ui/settings.py" line="325"/>
        <source>Tên đăng nhập *</source>
        <translation>User name *</translation>
    </message>
    <message>
        <location filename="../../counter/ui/settings.py" line="327"/>
        <source>Họ và tên *</source>
        <translation>Full name *</translation>
    </message>
    <message>
        <location filename="../../counter/ui/settings.py" line="334"/>
        <source>Đang làm việc</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../counter/ui/settings.py" line="339"/>
        <source>Thêm cán bộ mới</source>
        <translation>Add new officer</translation>
    </message>
    <message>
        <location filename="../../counter/ui/settings.py" line="341"/>
        <source>Lưu cán bộ</source>
        <translation>Save officer</translation>
    </message>
    <message>
        <location filename="../../counter/ui/settings.py" line="343"/>
        <source>Đặt mật khẩu…</source>
        <translation>Set password…</translation>
    </message>
    <message>
        <location filename="../../counter/ui/settings.py" line="360"/>
        <source>Phòng ban, bộ phận giải quyết (mỗi dòng một đơn vị)</source>
        <translation>Departments handling dossiers (one per line)</translation>
    </message>
    <message>
        <location filename="../../counter/ui/settings.py" line="363"/>
        <source>Lưu danh sách phòng ban</source>
        <translation>Save departments</translation>
    </message>
    <message>
        <location filename="../../counter/ui/settings.py" line="414"/>
        <source> (nghỉ)</source>
        <translation> (inactive)</translation>
    </message>
    <message>
        <location filename="../../counter/ui/settings.py" line="430"/>
        <source>Số quầy %1 đang bị trùng với máy khác: chưa cấp được mã hồ sơ. %2</source>
        <translation>Counter slot %1 clashes with another computer: no dossier code can be issued. %2</translation>
    </message>
    <message>
        <location filename="../../counter/ui/settings.py" line="433"/>
        <source>Chưa có số quầy: chưa cấp được mã hồ sơ. Kết nối máy chủ tỉnh để được cấp số, hoặc chọn số quầy ở đây.</source>
        <translation>No counter slot yet: no dossier code can be issued. Connect to the provincial server to get one, or choose the slot here.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/settings.py" line="436"/>
        <source>Số quầy %1, do máy chủ tỉnh cấp.</source>
        <translation>Counter slot %1, assigned by the provincial server.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/settings.py" line="437"/>
        <source>Số quầy %1, do quản trị chọn; máy chủ tỉnh sẽ kiểm tra ở lần đồng bộ tới.</source>
        <translation>Counter slot %1, chosen by the administrator; the provincial server checks it at the next sync.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/settings.py" line="447"/>
        <source>Mã hồ sơ của máy này bắt đầu bằng số quầy (k001, k002 …), nên hai máy khác số quầy không bao giờ cấp trùng mã, kể cả khi mất mạng. Khi có mạng, máy chủ tỉnh tự cấp số ở lần đồng bộ đầu và báo ngay nếu hai máy dùng trùng số.</source>
        <translation>This computer&apos;s dossier codes start with its counter slot (k001, k002 …), so two computers with different slots never issue the same code, even offline. When online, the provincial server assigns a slot at the first sync and reports at once when two computers use the same one.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/settings.py" line="459"/>
        <location filename="../../counter/ui/settings.py" line="474"/>
        <source>Số quầy</source>
        <translation>Counter slot</translation>
    </message>
    <message>
        <location filename="../../counter/ui/settings.py" line="466"/>
        <source>Bỏ số quầy?</source>
        <translation>Give up the counter slot?</translation>
    </message>
    <message>
        <location filename="../../counter/ui/settings.py" line="467"/>
        <source>Máy này sẽ không cấp mã hồ sơ cho đến khi máy chủ tỉnh cấp số khác ở lần đồng bộ tới (hoặc quản trị chọn số khác). Tiếp tục?</source>
        <translation>This computer will issue no dossier code until the provincial server assigns another slot at the next sync (or the administrator chooses one). Continue?</translation>
    </message>
    <message>
        <location filename="../../counter/ui/settings.py" line="592"/>
        <source>Đang lưu danh sách phòng ban…</source>
        <translation>Saving the departments…</translation>
    </message>
    <message>
        <location filename="../../counter/ui/settings.py" line="265"/>
        <location filename="../../counter/ui/settings.py" line="512"/>
        <source>Chưa lưu: sửa các ô đánh dấu màu đỏ.</source>
        <translation>Not saved: correct the fields marked in red.</translation>
    </message>
    <message>
        <source>Tỉnh, thành phố của cơ quan</source>
        <translation type="vanished">The office&apos;s province or city</translation>
    </message>
    <message>
        <source>Xã, phường của cơ quan</source>
        <translation type="vanished">The office&apos;s commune or ward</translation>
    </message>
    <message>
        <location filename="../../counter/ui/settings.py" line="518"/>
        <source>Đã lưu thông tin cơ quan.</source>
        <translation>Agency details saved.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/settings.py" line="556"/>
        <source>Đã lưu cán bộ.</source>
        <translation>Officer saved.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/settings.py" line="560"/>
        <source>Đang lưu cán bộ…</source>
        <translation>Saving the officer…</translation>
    </message>
    <message>
        <location filename="../../counter/ui/settings.py" line="565"/>
        <source>Đặt mật khẩu</source>
        <translation>Set password</translation>
    </message>
    <message>
        <location filename="../../counter/ui/settings.py" line="565"/>
        <source>Chọn một cán bộ trong danh sách trước.</source>
        <translation>Choose an officer in the list first.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/settings.py" line="498"/>
        <location filename="../../counter/ui/settings.py" line="551"/>
        <location filename="../../counter/ui/settings.py" line="592"/>
        <source>Chưa lưu</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <location filename="../../counter/ui/settings.py" line="498"/>
        <source>Đang lưu thông tin cơ quan…</source>
        <translation>Saving the office details…</translation>
    </message>
    <message>
        <location filename="../../counter/ui/settings.py" line="503"/>
        <source>Chưa lưu: </source>
        <translation>Not saved: </translation>
    </message>
    <message>
        <location filename="../../counter/ui/settings.py" line="587"/>
        <source>Đã lưu danh sách phòng ban.</source>
        <translation>Departments saved.</translation>
    </message>
</context>
<context>
    <name>ShareBar</name>
    <message>
        <location filename="../../counter/ui/charts.py" line="96"/>
        <source>Không có số liệu</source>
        <translation>No data</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../../counter/ui/signin.py" line="80"/>
        <source>Đăng nhập Counter</source>
        <translation>Sign in to Counter</translation>
    </message>
    <message>
        <location filename="../../counter/ui/signin.py" line="80"/>
        <source>Đăng nhập vào quầy của </source>
        <translation>Sign in to the counter of </translation>
    </message>
    <message>
        <location filename="../../counter/ui/signin.py" line="81"/>
        <source>Đăng nhập</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <location filename="../../counter/ui/signin.py" line="83"/>
        <source>Tên đăng nhập</source>
        <translation>User name</translation>
    </message>
    <message>
        <location filename="../../counter/ui/signin.py" line="84"/>
        <source>Mật khẩu</source>
        <translation>Password</translation>
    </message>
</context>
<context>
    <name>SignedViewer</name>
    <message>
        <location filename="../../counter/ui/signing.py" line="189"/>
        <source>Bản đã ký: </source>
        <translation>Signed copy: </translation>
    </message>
    <message>
        <location filename="../../counter/ui/signing.py" line="200"/>
        <source> · dấu thời gian </source>
        <translation> · timestamp </translation>
    </message>
    <message>
        <location filename="../../counter/ui/signing.py" line="201"/>
        <source>số hiệu</source>
        <translation>serial</translation>
    </message>
    <message>
        <location filename="../../counter/ui/signing.py" line="204"/>
        <source>Kiểm tra thu hồi theo trả lời CRL/OCSP lúc </source>
        <translation>Revocation checked with the CRL/OCSP answer of </translation>
    </message>
    <message>
        <location filename="../../counter/ui/signing.py" line="205"/>
        <source>Chưa có trả lời CRL/OCSP nào (chưa kiểm tra thu hồi khi có mạng).</source>
        <translation>No CRL/OCSP answer yet (revocation not checked while online).</translation>
    </message>
    <message>
        <location filename="../../counter/ui/signing.py" line="221"/>
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>StepDialog</name>
    <message>
        <location filename="../../counter/ui/actions.py" line="47"/>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>SupplementDialog</name>
    <message>
        <location filename="../../counter/ui/actions.py" line="122"/>
        <source>Yêu cầu bổ sung, hoàn thiện hồ sơ (mẫu 02)</source>
        <translation>Request to supplement and complete the dossier (form 02)</translation>
    </message>
    <message>
        <location filename="../../counter/ui/actions.py" line="122"/>
        <source>Lập phiếu yêu cầu bổ sung</source>
        <translation>Issue the supplement request</translation>
    </message>
    <message>
        <location filename="../../counter/ui/actions.py" line="124"/>
        <source>Đánh dấu mọi giấy tờ còn thiếu hoặc chưa hợp lệ và ghi lý do; thêm dòng cho nội dung khác. Phiếu liệt kê tất cả trong một lần.</source>
        <translation>Tick every document that is missing or not valid and give the reason; add rows for anything else. The request lists everything at once.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/actions.py" line="129"/>
        <source>Giấy tờ / nội dung cần bổ sung</source>
        <translation>Document / item to supplement</translation>
    </message>
    <message>
        <location filename="../../counter/ui/actions.py" line="129"/>
        <source>Lý do</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../counter/ui/actions.py" line="145"/>
        <source>Chưa nộp</source>
        <translation>Not submitted</translation>
    </message>
    <message>
        <location filename="../../counter/ui/actions.py" line="149"/>
        <source>Thêm dòng</source>
        <translation>Add row</translation>
    </message>
    <message>
        <location filename="../../counter/ui/actions.py" line="155"/>
        <source>Ghi chú chung</source>
        <translation>General notes</translation>
    </message>
    <message>
        <location filename="../../counter/ui/online.py" line="471"/>
        <source>Yêu cầu sửa đổi, bổ sung hồ sơ (Mẫu 02)</source>
        <translation>Request for correction or supplement (form 02)</translation>
    </message>
    <message>
        <location filename="../../counter/ui/online.py" line="474"/>
        <source>Ghi một lần, đầy đủ mọi nội dung người nộp cần sửa đổi, bổ sung — mỗi dòng một nội dung:</source>
        <translation>List once, in full, everything the applicant must correct or add — one item per line:</translation>
    </message>
    <message>
        <location filename="../../counter/ui/online.py" line="479"/>
        <source>Lý do (nếu cần):</source>
        <translation>Reason (if needed):</translation>
    </message>
    <message>
        <location filename="../../counter/ui/online.py" line="487"/>
        <source>Gửi yêu cầu bổ sung</source>
        <translation>Send the request</translation>
    </message>
    <message>
        <location filename="../../counter/ui/online.py" line="497"/>
        <source>Ghi ít nhất một nội dung cần sửa đổi, bổ sung.</source>
        <translation>List at least one item to correct or add.</translation>
    </message>
</context>
<context>
    <name>SyncStatus</name>
    <message>
        <location filename="../../counter/ui/sync_status.py" line="58"/>
        <source>chưa gửi: %1</source>
        <translation>not yet sent: %1</translation>
    </message>
    <message>
        <location filename="../../counter/ui/sync_status.py" line="83"/>
        <source>Đồng bộ ngay (F9)</source>
        <translation>Sync now (F9)</translation>
    </message>
    <message>
        <location filename="../../counter/ui/sync_status.py" line="142"/>
        <source>Chưa thiết lập máy chủ đồng bộ của tỉnh: vào Thiết lập (Ctrl+,) → Đồng bộ để nhập địa chỉ và mã truy cập. Hồ sơ vẫn được lưu an toàn trên máy này.</source>
        <translation>No provincial sync server is set up: open Settings (Ctrl+,) → Sync to enter its address and access token. Dossiers stay safely stored on this computer.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/sync_status.py" line="136"/>
        <location filename="../../counter/ui/sync_status.py" line="150"/>
        <source>Đang đồng bộ…</source>
        <translation>Syncing…</translation>
    </message>
    <message>
        <location filename="../../counter/ui/sync_status.py" line="164"/>
        <source>Chưa thiết lập đồng bộ</source>
        <translation>Sync not set up</translation>
    </message>
    <message>
        <location filename="../../counter/ui/sync_status.py" line="168"/>
        <source>Đang đồng bộ</source>
        <translation>Syncing</translation>
    </message>
    <message>
        <location filename="../../counter/ui/sync_status.py" line="172"/>
        <source>Trực tuyến</source>
        <translation>Online</translation>
    </message>
    <message>
        <location filename="../../counter/ui/sync_status.py" line="176"/>
        <source>Ngoại tuyến</source>
        <translation>Offline</translation>
    </message>
    <message>
        <location filename="../../counter/ui/sync_status.py" line="177"/>
        <source>chưa có</source>
        <translation>never</translation>
    </message>
    <message>
        <location filename="../../counter/ui/sync_status.py" line="178"/>
        <source>Chờ gửi: %1</source>
        <translation>Waiting: %1</translation>
    </message>
    <message>
        <location filename="../../counter/ui/sync_status.py" line="179"/>
        <source>Đồng bộ lần cuối: %1</source>
        <translation>Last sync: %1</translation>
    </message>
    <message>
        <location filename="../../counter/ui/sync_status.py" line="182"/>
        <source>Cần xử lý: %1</source>
        <translation>Needs attention: %1</translation>
    </message>
</context>
<context>
    <name>_Base</name>
    <message>
        <location filename="../../counter/ui/signin.py" line="31"/>
        <source>Thoát</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../counter/ui/signin.py" line="59"/>
        <source>Đang kiểm tra tài khoản…</source>
        <translation>Checking the account…</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../counter/ui/app.py" line="52"/>
        <source>Tệp dịch giao diện %1.qm bị hỏng: một số chữ trên các hộp thoại chuẩn có thể hiện bằng tiếng Anh. </source>
        <extracomment>what was wrong with the bundled files when the window started (shown to the officer once)</extracomment>
        <translation>The interface translation %1.qm is damaged: some texts of standard dialogs may show in English. </translation>
    </message>
    <message>
        <location filename="../../counter/ui/app.py" line="69"/>
        <source>Tệp phông chữ %1 của Counter bị hỏng. </source>
        <translation>Counter&apos;s font file %1 is damaged. </translation>
    </message>
    <message>
        <location filename="../../counter/ui/app.py" line="173"/>
        <source>Không mở được dữ liệu</source>
        <translation>Cannot open the data</translation>
    </message>
    <message>
        <location filename="../../counter/ui/app.py" line="180"/>
        <source>Dữ liệu chỉ đọc</source>
        <translation>Read-only data</translation>
    </message>
    <message>
        <location filename="../../counter/ui/app.py" line="184"/>
        <source>Không khởi tạo được dữ liệu</source>
        <translation>Cannot initialise the data</translation>
    </message>
    <message>
        <location filename="../../counter/ui/app.py" line="205"/>
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
    <name>parent</name>
    <message>
        <source>In</source>
        <translation type="vanished">Print</translation>
    </message>
</context>
<context>
    <name>printing</name>
    <message>
        <location filename="../../counter/ui/printing.py" line="91"/>
        <source>Máy in “%1” hiện không có trên máy này (máy in tắt, rút cáp, mất mạng hoặc đã bị gỡ).</source>
        <translation>The printer “%1” is not available on this computer now (switched off, unplugged, off the network or removed).</translation>
    </message>
    <message>
        <location filename="../../counter/ui/printing.py" line="96"/>
        <source>Máy in “%1” đang báo lỗi hoặc bị tạm dừng (hết giấy, kẹt giấy, mở nắp hoặc bị dừng hàng đợi in).</source>
        <translation>The printer “%1” reports an error or is paused (out of paper, paper jam, cover open or its queue stopped).</translation>
    </message>
    <message>
        <location filename="../../counter/ui/printing.py" line="115"/>
        <source>Không lưu được tệp PDF %1: %2. Những gì đã làm đều đã được lưu; chọn thư mục khác rồi in lại.</source>
        <translation>Could not save the PDF file %1: %2. Everything done so far is saved; choose another folder and print again.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/printing.py" line="125"/>
        <source>Máy in “%1” không nhận lệnh in (máy in tắt, hết giấy, mất kết nối hoặc đang lỗi). Những gì đã làm đều đã được lưu; kiểm tra máy in rồi bấm in lại, hoặc chọn máy in khác.</source>
        <translation>The printer “%1” did not take the job (switched off, out of paper, disconnected or in error). Everything done so far is saved; check the printer and print again, or choose another printer.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/printing.py" line="132"/>
        <source>Máy in ngừng nhận trang ở trang %1. Kiểm tra máy in rồi in lại.</source>
        <translation>The printer stopped taking pages at page %1. Check the printer and print again.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/printing.py" line="140"/>
        <source>Máy in báo lỗi khi nhận lệnh in. Kiểm tra máy in rồi in lại.</source>
        <translation>The printer reported an error when taking the job. Check the printer and print again.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/printing.py" line="168"/>
        <source>Đã gửi “%1” tới máy in %2.</source>
        <translation>Sent “%1” to the printer %2.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/printing.py" line="156"/>
        <source>Máy in chưa sẵn sàng</source>
        <translation>Printer not ready</translation>
    </message>
    <message>
        <location filename="../../counter/ui/printing.py" line="157"/>
        <source>Chọn máy in khác, hoặc bật máy in, rồi bấm In trong hộp thoại sau.</source>
        <translation>Choose another printer, or switch the printer on, then click Print in the next dialog.</translation>
    </message>
    <message>
        <location filename="../../counter/ui/printing.py" line="160"/>
        <source>In</source>
        <translation>Print</translation>
    </message>
    <message>
        <location filename="../../counter/ui/printing.py" line="196"/>
        <location filename="../../counter/ui/printing.py" line="226"/>
        <source>Chưa in được</source>
        <translation>Not printed</translation>
    </message>
    <message>
        <location filename="../../counter/ui/printing.py" line="205"/>
        <source>Không xem trước được</source>
        <translation>No preview</translation>
    </message>
</context>
<context>
    <name>widget</name>
    <message>
        <location filename="../../counter/ui/signin.py" line="129"/>
        <source>Mật khẩu không đúng.</source>
        <translation>Wrong password.</translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <location filename="../../counter/ui/app.py" line="97"/>
        <source>Kiểm tra dữ liệu</source>
        <translation>Data check</translation>
    </message>
    <message>
        <location filename="../../counter/ui/app.py" line="115"/>
        <source>Đang kiểm tra và sao lưu dữ liệu…</source>
        <translation>Checking and backing up the data…</translation>
    </message>
</context>
</TS>
