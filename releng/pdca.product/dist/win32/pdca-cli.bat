@echo off
rem The headless pdca command of this installation: pdca-cli.bat --help
rem (the workbench's starter pdca.bat runs it, and says which Java it needs).
rem The console shows UTF-8 while it runs, so that Chinese messages read right.
setlocal EnableExtensions
set "PDCA_CP="
for /f "tokens=2 delims=:" %%c in ('chcp') do set "PDCA_CP=%%c"
chcp 65001 >nul
set "PDCA_MODE=cli"
call "%~dp0pdca.bat" %*
set "PDCA_RC=%ERRORLEVEL%"
if defined PDCA_CP chcp %PDCA_CP: =% >nul
exit /b %PDCA_RC%
