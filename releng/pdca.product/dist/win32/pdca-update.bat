@echo off
rem Updates this installation from the update site: pdca-update.bat [--check] [--site ADDRESS]
rem (the workbench's starter pdca.bat runs it, and says which Java it needs).
rem The console shows UTF-8 while it runs, so that Chinese messages read right.
setlocal EnableExtensions
set "PDCA_CP="
rem the number that ends chcp's line, in any language ("Active code page: 950")
for /f "tokens=*" %%c in ('chcp') do for %%n in (%%c) do set "PDCA_CP=%%n"
chcp 65001 >nul
set "PDCA_MODE=update"
call "%~dp0pdca.bat" %*
set "PDCA_RC=%ERRORLEVEL%"
if defined PDCA_CP chcp %PDCA_CP:.=% >nul
exit /b %PDCA_RC%
