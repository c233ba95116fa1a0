; Inno Setup 6 script: turns the one-folder build (dist\Etap, from installer.spec) into dist\Etap-<version>-setup.exe.
;
;   "%ProgramFiles(x86)%\Inno Setup 6\ISCC.exe" build\windows\etap.iss
;   (optional: /DAppVersion=1.2.3 /DBundleDir=C:\path\to\dist\Etap)
;
; Per-user install (no administrator rights): %LOCALAPPDATA%\Programs\Etap, a Start-menu entry, an uninstaller.
; Upgrades install over the older version: the AppId below never changes, and the old program folder is
; emptied first ([InstallDelete]) so no file of the previous version is left behind. User data (the
; database, settings) lives in %LOCALAPPDATA%\Etap, outside {app}, and survives upgrades and uninstalls.

#ifndef BundleDir
  #define BundleDir AddBackslash(SourcePath) + "..\..\dist\Etap"
#endif
#ifndef AppVersion
  ; The version PyInstaller stamped into Etap.exe (from pyproject.toml via installer.spec).
  #define AppVersion GetVersionNumbersString(AddBackslash(BundleDir) + "Etap.exe")
#endif

[Setup]
; NEVER change AppId: it is how an upgrade finds (and replaces) the installed version.
AppId={{524F840C-76A5-452C-9F7F-E16BAC9AE615}
AppName=Etap
AppVersion={#AppVersion}
AppVerName=Etap {#AppVersion}
AppPublisher=Etap
VersionInfoVersion={#AppVersion}
DefaultDirName={autopf}\Etap
DefaultGroupName=Etap
DisableProgramGroupPage=yes
DisableDirPage=auto
; Per-user: {autopf} becomes %LOCALAPPDATA%\Programs and shortcuts go to the user's Start menu.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
; A running Etap is closed (Restart Manager) before its files are replaced.
CloseApplications=yes
RestartApplications=no
UninstallDisplayIcon={app}\Etap.exe
UninstallDisplayName=Etap
SetupIconFile=..\..\resources\icons\etap.ico
OutputDir=..\..\dist
OutputBaseFilename=Etap-{#AppVersion}-setup
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ShowLanguageDialog=auto

[Languages]
; Inno Setup ships Polish and English; Romanian is an unofficial translation, so Romanian users see English.
Name: "polish"; MessagesFile: "compiler:Languages\Polish.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; The previous version's program folder, so renamed or removed libraries do not linger.
Type: filesandordirs; Name: "{app}\_internal"
Type: files; Name: "{app}\Etap.exe"

[Files]
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\Etap"; Filename: "{app}\Etap.exe"; WorkingDir: "{app}"
Name: "{autodesktop}\Etap"; Filename: "{app}\Etap.exe"; WorkingDir: "{app}"; Tasks: desktopicon

[Run]
Filename: "{app}\Etap.exe"; Description: "{cm:LaunchProgram,Etap}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; Only the program folder; the user's database and settings in %LOCALAPPDATA%\Etap are kept on purpose.
Type: filesandordirs; Name: "{app}\_internal"
