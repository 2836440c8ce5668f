@echo off
rem Starts the PDCA workbench of this installation on Windows.
rem   pdca.bat [WORKSPACE_FOLDER]      the workbench (default folder: %USERPROFILE%\pdca-workspace)
rem   pdca-cli.bat COMMAND ...         the headless pdca command (pdca-cli.bat --help)
rem Needs Java 21 or newer, looked for in this order: the folder jre\ of the installation,
rem PDCA_JAVA_HOME, JAVA_HOME, java.exe on the PATH.
rem PDCA_LANG=en for English; PDCA_WORKSPACE names the workspace folder; PDCA_JAVA_OPTS adds JVM options.
rem (No parenthesised blocks below: paths such as "C:\Program Files (x86)" would end them.)
setlocal EnableExtensions DisableDelayedExpansion
set "PDCA_HOME=%~dp0"
set "PDCA_HOME=%PDCA_HOME:~0,-1%"
set "JAVA_EXE="
set "SEEN="
call :try "%PDCA_HOME%\jre\bin\java.exe"
if not defined JAVA_EXE if defined PDCA_JAVA_HOME call :try "%PDCA_JAVA_HOME%\bin\java.exe"
if not defined JAVA_EXE if defined JAVA_HOME call :try "%JAVA_HOME%\bin\java.exe"
if not defined JAVA_EXE for /f "delims=" %%j in ('where java.exe 2^>nul') do call :try "%%j"
if not defined JAVA_EXE goto :update
rem The update runs in the installation's own OSGi configuration and p2 profile: it changes the
rem installation, so it needs to be allowed to write there (the application says so otherwise).
"%JAVA_EXE%" -Dfile.encoding=UTF-8 -Dstdout.encoding=UTF-8 -Dstderr.encoding=UTF-8 -Xmx1g -Djava.awt.headless=true %PDCA_JAVA_OPTS% "-Djava.util.logging.config.file=%PDCA_HOME%\logging.properties" -Dorg.slf4j.simpleLogger.defaultLogLevel=warn -jar "%LAUNCHER%" -nosplash -application pdca.update.app -data @none -nl %NL% %*
exit /b %ERRORLEVEL%

:nojava

set "LAUNCHER="
for %%f in ("%PDCA_HOME%\plugins\org.eclipse.equinox.launcher_*.jar") do set "LAUNCHER=%%~ff"
if not defined LAUNCHER goto :nolauncher
set "NL=zh_TW"
if defined PDCA_LANG if /i "%PDCA_LANG:~0,2%"=="en" set "NL=en"
set "CACHE=%LOCALAPPDATA%\pdca"
if not defined LOCALAPPDATA set "CACHE=%USERPROFILE%\AppData\Local\pdca"
if not exist "%CACHE%\" mkdir "%CACHE%"
if /i "%PDCA_MODE%"=="cli" goto :cli
if /i "%PDCA_MODE%"=="update" goto :update

rem The workspace: the argument, PDCA_WORKSPACE or %USERPROFILE%\pdca-workspace. A folder that does
rem not exist yet is made and given the sample projects, unless PDCA_NO_SAMPLES=1.
set "WS=%~1"
if not defined WS set "WS=%PDCA_WORKSPACE%"
if not defined WS set "WS=%USERPROFILE%\pdca-workspace"
if exist "%WS%\" goto :workbench
mkdir "%WS%"
if "%PDCA_NO_SAMPLES%"=="1" goto :workbench
if exist "%PDCA_HOME%\samples\" xcopy "%PDCA_HOME%\samples" "%WS%\" /E /I /Q /H /Y >nul
:workbench
rem javaw.exe: no console window stays open while the workbench runs
set "JAVAW=%JAVA_EXE:java.exe=javaw.exe%"
if not exist "%JAVAW%" set "JAVAW=%JAVA_EXE%"
start "PDCA" "%JAVAW%" -Dfile.encoding=UTF-8 -Xmx2g "-XX:SharedArchiveFile=%CACHE%\workbench.jsa" -XX:+AutoCreateSharedArchive -Xlog:cds=off -Xlog:cds+dynamic=off %PDCA_JAVA_OPTS% "-Djava.util.logging.config.file=%PDCA_HOME%\logging.properties" -Dorg.slf4j.simpleLogger.defaultLogLevel=warn -jar "%LAUNCHER%" -nosplash -data "%WS%" -nl %NL%
exit /b 0

:cli
rem The command line's own OSGi configuration (the product's is its shared parent), so that it
rem runs beside an open workbench and from an installation the user cannot write to.
"%JAVA_EXE%" -Dfile.encoding=UTF-8 -Dstdout.encoding=UTF-8 -Dstderr.encoding=UTF-8 -Xmx1g -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Djava.awt.headless=true %PDCA_JAVA_OPTS% "-Djava.util.logging.config.file=%PDCA_HOME%\logging.properties" -Dorg.slf4j.simpleLogger.defaultLogLevel=warn "-Dosgi.configuration.area=%CACHE%\cli-configuration" "-Dosgi.sharedConfiguration.area=%PDCA_HOME%\configuration" -jar "%LAUNCHER%" -nosplash -application pdca.cli.app -data @none -nl %NL% %*
exit /b %ERRORLEVEL%

:nojava
set "MSG=PDCA needs Java 21 or newer - a JRE is enough, e.g. Eclipse Temurin 21 or 25.%SEEN% Install one and set JAVA_HOME or PDCA_JAVA_HOME, or unpack it into %PDCA_HOME%\jre"
echo error: %MSG% 1>&2
if /i not "%PDCA_MODE%"=="cli" if /i not "%PDCA_MODE%"=="update" powershell -NoProfile -Command "Add-Type -AssemblyName PresentationFramework; [void][System.Windows.MessageBox]::Show($env:MSG, 'PDCA')" >nul 2>&1
exit /b 2

:nolauncher
echo error: the installation in %PDCA_HOME% has no launcher jar - plugins\org.eclipse.equinox.launcher_*.jar 1>&2
exit /b 2

rem :try JAVA_EXE_PATH - takes it when it is Java 21 or newer, else notes it in SEEN
:try
if defined JAVA_EXE goto :eof
if not exist "%~1" goto :eof
set "M=0"
set "V="
set "VF=%TEMP%\pdca-java-%RANDOM%.txt"
"%~1" -XshowSettings:properties -version 2>&1 | findstr /c:"java.specification.version" > "%VF%"
for /f "usebackq tokens=2 delims==" %%v in ("%VF%") do set "V=%%v"
del "%VF%" >nul 2>&1
if not defined V goto :tried
set "V=%V: =%"
if "%V:~0,2%"=="1." set "V=%V:~2%"
for /f "delims=." %%m in ("%V%") do set "M=%%m"
:tried
if %M% GEQ 21 set "JAVA_EXE=%~1"
if %M% GEQ 21 goto :eof
set "SEEN=%SEEN% %~1 [Java %M%];"
goto :eof
