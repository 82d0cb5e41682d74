# Build the Windows installer: run in PowerShell on Windows 10/11 with Python 3.11 (x64)
# and Inno Setup 6 installed. NOT tried: this project's machines run Linux only.
$ErrorActionPreference = "Stop"
$root = Resolve-Path "$PSScriptRoot\..\.."
python -m venv "$root\build\installer\venv"
$py = "$root\build\installer\venv\Scripts\python.exe"
& $py -m pip install --require-hashes -r "$root\requirements.lock" -r "$root\installer\requirements-build.lock"
& $py -m pip install --no-deps --no-build-isolation "$root"
& "$root\build\installer\venv\Scripts\pyinstaller.exe" --noconfirm --clean `
    --distpath "$root\dist" --workpath "$root\build\installer\work" "$root\installer\agencia.spec"
& "$root\dist\agencia\agencia.exe" --self-test
if ($LASTEXITCODE -ne 0) { throw "the bundle's self-test failed" }
$env:AGENCIA_VERSION = (& "$root\dist\agencia\agencia.exe" --version).Split(" ")[1]
& "${env:ProgramFiles(x86)}\Inno Setup 6\ISCC.exe" "$PSScriptRoot\agencia.iss"
