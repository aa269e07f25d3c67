@echo off
rem Starts Dossier on Windows x86_64. Lives in the product's root folder, next to plugins\
rem and configuration\. Extra JVM options: set DOSSIER_VM_ARGS=-Xmx4g ...
rem Every argument is passed to Eclipse (e.g. -data <workspace>, -consoleLog, -clean).
setlocal EnableExtensions DisableDelayedExpansion

set "DOSSIER_HOME=%~dp0"
if "%DOSSIER_HOME:~-1%"=="\" set "DOSSIER_HOME=%DOSSIER_HOME:~0,-1%"

set "JAVA_EXE="
set "BEST_EXE="
set "BEST_VER="

rem 1. JAVA_HOME
if defined JAVA_HOME call :try_java "%JAVA_HOME%\bin\java.exe"
if defined JAVA_EXE goto :found_java

rem 2. java on PATH
for /f "delims=" %%J in ('where java 2^>nul') do if not defined JAVA_EXE call :try_java "%%~J"
if defined JAVA_EXE goto :found_java

rem 3. the usual JDK folders: the newest suitable one
for /d %%D in ("%ProgramFiles%\Eclipse Adoptium\*") do call :consider "%%~fD\bin\java.exe"
for /d %%D in ("%ProgramFiles%\Java\*") do call :consider "%%~fD\bin\java.exe"
for /d %%D in ("%ProgramFiles%\Microsoft\*") do call :consider "%%~fD\bin\java.exe"
for /d %%D in ("%ProgramFiles%\Zulu\*") do call :consider "%%~fD\bin\java.exe"
if defined BEST_EXE set "JAVA_EXE=%BEST_EXE%"
if defined JAVA_EXE goto :found_java

echo Dossier needs Java 21 or newer: install a JDK 21+ (for example Eclipse Temurin 21, or on Debian/Ubuntu 'apt-get install openjdk-21-jre' where available) or set JAVA_HOME to one. 1>&2
exit /b 1

:found_java
rem The launcher jar: the last one in name order if there are several.
set "LAUNCHER="
for %%F in ("%DOSSIER_HOME%\plugins\org.eclipse.equinox.launcher_*.jar") do set "LAUNCHER=%%~fF"
rem (no parenthesized block here: a ")" in the folder name would end it early)
if not defined LAUNCHER goto :no_launcher

rem Headless commands (dossier index|search|show|stats|export|entities|extract|country|help) run the
rem command-line application; on Windows pass the workspace as -data DIR before the command's words.
set "APP_ARGS="
for %%C in (index search show stats export entities extract country help --help) do if /i "%~1"=="%%C" set "APP_ARGS=-application dossier.app.cli -nosplash"
"%JAVA_EXE%" %DOSSIER_VM_ARGS% -Xms64m -Xmx2g --add-modules jdk.incubator.vector -Djava.util.logging.config.file="%DOSSIER_HOME%\logging.properties" -jar "%LAUNCHER%" -os win32 -ws win32 -arch x86_64 -name Dossier %APP_ARGS% %*
exit /b %ERRORLEVEL%

:no_launcher
echo Dossier's launcher jar is missing under %DOSSIER_HOME%\plugins: the product is incomplete; rebuild it with ./mvnw verify 1>&2
exit /b 1

rem ---------------------------------------------------------------------------
rem :java_major JAVA.EXE -> sets JV to the major Java version, or clears it
:java_major
set "JV="
if not exist "%~1" goto :eof
for /f "tokens=2 delims== " %%V in ('call "%~1" -XshowSettings:properties -version 2^>^&1 ^| findstr /c:"java.specification.version"') do set "JV=%%V"
if not defined JV goto :eof
rem "1.8" means 8
for /f "tokens=1,2 delims=." %%A in ("%JV%") do if "%%A"=="1" (set "JV=%%B") else set "JV=%%A"
rem keep only a plain number
set /a "JV_NUM=JV" 2>nul || set "JV_NUM=0"
if not "%JV_NUM%"=="%JV%" set "JV="
goto :eof

rem :try_java JAVA.EXE -> sets JAVA_EXE if it is Java 21 or newer
:try_java
call :java_major "%~1"
if not defined JV goto :eof
if %JV% GEQ 21 set "JAVA_EXE=%~1"
goto :eof

rem :consider JAVA.EXE -> remembers it in BEST_EXE if it is 21+ and newer than BEST_VER
:consider
call :java_major "%~1"
if not defined JV goto :eof
if %JV% LSS 21 goto :eof
if not defined BEST_VER goto :take
if %JV% LEQ %BEST_VER% goto :eof
:take
set "BEST_VER=%JV%"
set "BEST_EXE=%~1"
goto :eof
