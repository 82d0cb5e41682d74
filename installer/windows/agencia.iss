; Inno Setup script for Agencia on Windows (Inno Setup 6). Built on Windows by
; installer\windows\build.ps1 after PyInstaller has made dist\agencia\ with the same
; installer\agencia.spec; NOT built or tried on the Linux machines this project runs on.
#define AppVersion GetEnv("AGENCIA_VERSION")

[Setup]
AppId={{6C1D3E0A-5B7F-4E7C-9C61-2A8B0F4D7E11}
AppName=Agencia
AppVersion={#AppVersion}
AppPublisher=Agencia
DefaultDirName={autopf}\Agencia
DefaultGroupName=Agencia
OutputDir=..\..\dist
OutputBaseFilename=agencia-{#AppVersion}-setup
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesInstallIn64BitMode=x64compatible
ChangesAssociations=yes
; The user's databases live in %LOCALAPPDATA%\agencia: never touched by an upgrade or an
; uninstall (the newer app migrates them after its backup).

[Languages]
Name: "es"; MessagesFile: "compiler:Languages\Spanish.isl"
Name: "en"; MessagesFile: "compiler:Default.isl"

[Files]
Source: "..\..\dist\agencia\*"; DestDir: "{app}"; Flags: recursesubdirs ignoreversion

[Icons]
; agencia-gui is the windowed program (no console window behind it).
Name: "{group}\Agencia"; Filename: "{app}\agencia-gui.exe"
Name: "{autodesktop}\Agencia"; Filename: "{app}\agencia-gui.exe"; Tasks: desktopicon

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; Flags: unchecked

[Registry]
; Agencia database files (*.agencia) open in Agencia.
Root: HKA; Subkey: "Software\Classes\.agencia"; ValueType: string; ValueData: "Agencia.Database"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\Agencia.Database"; ValueType: string; ValueData: "Agencia database"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\Agencia.Database\shell\open\command"; ValueType: string; ValueData: """{app}\agencia-gui.exe"" ""%1"""

[Run]
Filename: "{app}\agencia-gui.exe"; Description: "{cm:LaunchProgram,Agencia}"; Flags: nowait postinstall skipifsilent
