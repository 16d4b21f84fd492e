; Inno Setup 6 script: the Windows installer of Counter (per machine, 64-bit).
; Build dist\Counter first (packaging\build.py), then compile this file; packaging\windows\build.ps1
; does both:   powershell -ExecutionPolicy Bypass -File packaging\windows\build.ps1
; Result: dist\Counter-Setup-<version>.exe. See docs\install-windows.md.
;
; - Installs for every user of the PC into C:\Program Files\Counter (needs an administrator once).
; - Start-menu shortcut "Counter - Bộ phận Một cửa" (and, if ticked, one on the desktop).
; - Each officer's data stays in his or her own profile (%LOCALAPPDATA%\Counter\Counter: the
;   database, backups, drafts; logs under ...\Logs). The installer never touches it: an upgrade
;   keeps it, and uninstalling removes the program only.
; - An upgrade installs over the previous version (same AppId) and first removes the old program
;   files, so no stale library is left behind.
; This file is UTF-8 with a byte-order mark: Inno Setup 6 then reads the Vietnamese texts as such.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define AppName "Counter"
#define AppTitle "Counter - Bộ phận Một cửa"
#define Bundle "..\..\dist\Counter"

[Setup]
AppId={{6A0C2F4E-2B7D-4F1A-9C3E-5D8B1A7E4C21}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppTitle} {#AppVersion}
AppPublisher=Counter
UninstallDisplayName={#AppTitle}
UninstallDisplayIcon={app}\Counter.exe
VersionInfoVersion={#AppVersion}
VersionInfoDescription=Counter - phần mềm Bộ phận Một cửa
PrivilegesRequired=admin
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
DefaultDirName={autopf}\Counter
DefaultGroupName={#AppTitle}
DisableProgramGroupPage=yes
LicenseFile=..\..\LICENSE
InfoAfterFile=HUONG-DAN.txt
SetupIconFile=counter.ico
WizardStyle=modern
Compression=lzma2/ultra64
SolidCompression=yes
CloseApplications=yes
RestartApplications=no
OutputDir=..\..\dist
OutputBaseFilename=Counter-Setup-{#AppVersion}

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"
; Inno Setup's Vietnamese wizard texts are an unofficial translation: used when installed.
#if FileExists(AddBackslash(CompilerPath) + "Languages\Vietnamese.isl")
Name: "vi"; MessagesFile: "compiler:Languages\Vietnamese.isl"
#endif

[CustomMessages]
DesktopIcon=Tạo biểu tượng Counter trên màn hình nền
RunCounter=Mở Counter ngay
Guide=Hướng dẫn cài đặt và sử dụng Counter

[Tasks]
Name: "desktopicon"; Description: "{cm:DesktopIcon}"; Flags: unchecked

[InstallDelete]
; the previous version's program files (never the data, which is not here)
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#Bundle}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs
Source: "HUONG-DAN.txt"; DestDir: "{app}"; Flags: ignoreversion
Source: "..\..\LICENSE"; DestDir: "{app}"; DestName: "LICENSE.txt"; Flags: ignoreversion

[Icons]
Name: "{autoprograms}\{#AppTitle}"; Filename: "{app}\Counter.exe"; WorkingDir: "{app}"; Comment: "Tiếp nhận và trả kết quả hồ sơ thủ tục hành chính"
Name: "{autoprograms}\{cm:Guide}"; Filename: "{app}\HUONG-DAN.txt"
Name: "{autodesktop}\{#AppTitle}"; Filename: "{app}\Counter.exe"; WorkingDir: "{app}"; Tasks: desktopicon

[Run]
Filename: "{app}\Counter.exe"; Description: "{cm:RunCounter}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; only what the program itself may leave in its folder; the officers' data stays
Type: filesandordirs; Name: "{app}\_internal\__pycache__"
