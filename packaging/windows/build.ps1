# Build the Windows installer of Counter on a Windows 10/11 PC (64-bit):
#   1. Python 3.11 or newer from python.org (with the "py" launcher),
#   2. Inno Setup 6 from jrsoftware.org (ISCC.exe),
# then, in the repository folder:
#   powershell -ExecutionPolicy Bypass -File packaging\windows\build.ps1
# Result: dist\Counter\ (the one-folder bundle) and dist\Counter-Setup-<version>.exe.
$ErrorActionPreference = "Stop"
Set-Location (Resolve-Path "$PSScriptRoot\..\..")

$venv = ".venv-windows"
if (-not (Test-Path "$venv\Scripts\python.exe")) { py -3 -m venv $venv }
& "$venv\Scripts\python.exe" -m pip install --upgrade pip
& "$venv\Scripts\python.exe" -m pip install -c constraints.txt ".[bundle,postgresql]"
if ($LASTEXITCODE -ne 0) { & "$venv\Scripts\python.exe" -m pip install ".[bundle,postgresql]" }
if ($LASTEXITCODE -ne 0) { throw "pip install failed" }

& "$venv\Scripts\python.exe" packaging\build.py
if ($LASTEXITCODE -ne 0) { throw "PyInstaller build failed" }

# the bundle must start before it is packaged: init a throw-away database with the console program
$check = Join-Path $env:TEMP "counter-build-check"
Remove-Item -Recurse -Force $check -ErrorAction SilentlyContinue
$env:COUNTER_DATA_DIR = $check
& "dist\Counter\counter-cli.exe" init
if ($LASTEXITCODE -ne 0) { throw "the frozen counter-cli.exe did not start" }
Remove-Item Env:\COUNTER_DATA_DIR

$version = & "$venv\Scripts\python.exe" -c "import counter; print(counter.__version__)"
$iscc = @("${env:ProgramFiles(x86)}\Inno Setup 6\ISCC.exe", "$env:ProgramFiles\Inno Setup 6\ISCC.exe",
          "$env:LOCALAPPDATA\Programs\Inno Setup 6\ISCC.exe") | Where-Object { Test-Path $_ } | Select-Object -First 1
if (-not $iscc) { throw "Inno Setup 6 (ISCC.exe) not found: install it from https://jrsoftware.org/isdl.php" }
& $iscc "/DAppVersion=$version" packaging\windows\counter.iss
if ($LASTEXITCODE -ne 0) { throw "Inno Setup failed" }
Write-Host "Built dist\Counter-Setup-$version.exe"
