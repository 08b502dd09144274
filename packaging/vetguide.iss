; Inno Setup script: a per-user Windows installer for the one-folder bundle (dist\vetguide).
; No administrator rights: it installs under %LOCALAPPDATA%\Programs\vetguide and adds a
; Start-menu entry for the current user. Built by .github/workflows/release.yml:
;   iscc /DAppVersion=0.1.0 packaging\vetguide.iss   ->  dist\vetguide-setup-0.1.0.exe
; The user's shortlists (%LOCALAPPDATA%\vetguide) are never removed by the uninstaller.

#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif

[Setup]
AppId={{6F0B8C1E-5E0A-4C2B-9A55-7A3D2B1E6C40}
AppName=vetguide
AppVersion={#AppVersion}
AppPublisher=vetguide
DefaultDirName={localappdata}\Programs\vetguide
DefaultGroupName=vetguide
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=..\dist
OutputBaseFilename=vetguide-setup-{#AppVersion}
SetupIconFile=..\build\icons\vetguide.ico
UninstallDisplayIcon={app}\vetguide.exe
Compression=lzma2
SolidCompression=yes
WizardStyle=modern

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "..\dist\vetguide\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\vetguide"; Filename: "{app}\vetguide.exe"
Name: "{autodesktop}\vetguide"; Filename: "{app}\vetguide.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\vetguide.exe"; Description: "{cm:LaunchProgram,vetguide}"; Flags: nowait postinstall skipifsilent
