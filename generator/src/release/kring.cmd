@echo off
rem Runs Kring from its release folder on Windows: finds Java 17 or newer and starts kring.jar beside this file.
rem Written with goto rather than ( ) blocks: a path such as "C:\Program Files (x86)" ends a block early.
setlocal
set "KRING_VERSION=@project.version@"
set "KRING_JAR=%~dp0kring.jar"
set "KRING_JAVA="

if not defined JAVA_HOME goto path_java
if not exist "%JAVA_HOME%\bin\java.exe" goto path_java
set "KRING_JAVA=%JAVA_HOME%\bin\java.exe"
set "KRING_JHOME=%JAVA_HOME%"
goto version

:path_java
for %%J in (java.exe) do set "KRING_JAVA=%%~$PATH:J"
if not defined KRING_JAVA goto no_java
for %%J in ("%KRING_JAVA%\..\..") do set "KRING_JHOME=%%~fJ"

:version
rem The JDK's release file gives the version without starting a JVM; without one, ask java itself.
set "KRING_JVERSION="
set "KRING_JFEATURE="
if not exist "%KRING_JHOME%\release" goto ask_java
for /f "usebackq tokens=1,* delims==" %%A in ("%KRING_JHOME%\release") do if "%%A"=="JAVA_RUNTIME_VERSION" set "KRING_JVERSION=%%~B"
for /f "usebackq tokens=1,* delims==" %%A in ("%KRING_JHOME%\release") do if "%%A"=="JAVA_VERSION" set "KRING_JFEATURE=%%~B"
if not defined KRING_JVERSION set "KRING_JVERSION=%KRING_JFEATURE%"
if defined KRING_JVERSION goto major

:ask_java
set "KRING_VTXT=%TEMP%\kring-java-version-%RANDOM%.txt"
"%KRING_JAVA%" -version > "%KRING_VTXT%" 2>&1
for /f "usebackq tokens=3" %%V in (`findstr /i /c:" version " "%KRING_VTXT%"`) do set "KRING_JVERSION=%%~V"
del /q "%KRING_VTXT%" >nul 2>&1
if not defined KRING_JVERSION goto unknown_version

:major
set "KRING_MAJOR="
for /f "delims=.-+_ " %%M in ("%KRING_JVERSION%") do set "KRING_MAJOR=%%M"
if not defined KRING_MAJOR goto unknown_version
set /a KRING_MAJOR=KRING_MAJOR 2>nul
if %KRING_MAJOR% LSS 17 goto too_old

rem The same options as the POSIX launcher (README.md, Performance): a build is over in seconds, so the
rem quick compiler alone starts fastest; serve and bench run for minutes, where the optimising compiler pays off.
set "KRING_SHORT=1"
set "KRING_PLAIN=-XX:+UseParallelGC -XX:TieredStopAtLevel=1 -Xms480m -Xmn128m -XX:SurvivorRatio=30 -XX:MaxTenuringThreshold=0 -XX:-UseAdaptiveSizePolicy"
if /i "%~1"=="serve" goto long_opts
if /i "%~1"=="bench" goto long_opts
goto opts_done
:long_opts
set "KRING_SHORT="
set "KRING_PLAIN=-XX:+UseSerialGC"
:opts_done
if defined KRING_JAVA_OPTS goto run_own_opts

rem Java 25 and newer start from an AOT cache (JEP 483, 514, 515) in %LOCALAPPDATA%\kring, made once per Kring
rem and Java version from the first build. Any trouble only means no cache: the command runs as it would without.
if %KRING_MAJOR% LSS 25 goto run_plain
if not defined KRING_SHORT goto run_plain
if /i "%KRING_AOT%"=="off" goto run_plain
if not defined LOCALAPPDATA goto run_plain
set "KRING_TAG=%KRING_JVERSION:+=_%"
set "KRING_AOT_FILE=%LOCALAPPDATA%\kring\%KRING_VERSION%-%KRING_TAG%.aot"
if exist "%KRING_AOT_FILE%" goto run_cached
if /i not "%~1"=="build" goto run_plain
if exist "%KRING_AOT_FILE%.failed" goto run_plain
if not exist "%LOCALAPPDATA%\kring" mkdir "%LOCALAPPDATA%\kring" >nul 2>&1
if not exist "%LOCALAPPDATA%\kring" goto run_plain

set "KRING_CONF=%KRING_AOT_FILE%.%RANDOM%.conf"
set "KRING_TMP=%KRING_AOT_FILE%.%RANDOM%.tmp"
set "KRING_VM=-XX:+UnlockDiagnosticVMOptions -XX:-DisplayVMOutput -Xlog:aot=off"
rem A JVM that refuses the recording options is found out by a -version run first, so the command never fails for it.
"%KRING_JAVA%" %KRING_PLAIN% %KRING_VM% -XX:AOTMode=record -XX:AOTConfiguration="%KRING_CONF%" -version >nul 2>&1
if errorlevel 1 goto aot_failed
del /q "%KRING_CONF%" >nul 2>&1
"%KRING_JAVA%" %KRING_PLAIN% %KRING_VM% -XX:AOTMode=record -XX:AOTConfiguration="%KRING_CONF%" -jar "%KRING_JAR%" %*
set "KRING_STATUS=%ERRORLEVEL%"
if not exist "%KRING_CONF%" goto aot_record_failed
echo kring: making a start-up cache for Java %KRING_MAJOR% (once; a few seconds)... 1>&2
"%KRING_JAVA%" %KRING_PLAIN% %KRING_VM% -XX:AOTMode=create -XX:AOTConfiguration="%KRING_CONF%" -XX:AOTCache="%KRING_TMP%" -jar "%KRING_JAR%" >nul 2>&1
if errorlevel 1 goto aot_record_failed
if not exist "%KRING_TMP%" goto aot_record_failed
move /y "%KRING_TMP%" "%KRING_AOT_FILE%" >nul 2>&1
goto aot_done
:aot_record_failed
type nul > "%KRING_AOT_FILE%.failed" 2>nul
:aot_done
del /q "%KRING_CONF%" "%KRING_TMP%" >nul 2>&1
exit /b %KRING_STATUS%

:aot_failed
del /q "%KRING_CONF%" >nul 2>&1
type nul > "%KRING_AOT_FILE%.failed" 2>nul
goto run_plain

:run_cached
rem A cache the JVM cannot use (another build of the same version) is skipped; -Xlog keeps that quiet.
"%KRING_JAVA%" %KRING_PLAIN% -XX:AOTCache="%KRING_AOT_FILE%" -Xlog:aot=off -jar "%KRING_JAR%" %*
exit /b %ERRORLEVEL%

:run_own_opts
"%KRING_JAVA%" %KRING_JAVA_OPTS% -jar "%KRING_JAR%" %*
exit /b %ERRORLEVEL%

:run_plain
"%KRING_JAVA%" %KRING_PLAIN% -Xshare:auto -jar "%KRING_JAR%" %*
exit /b %ERRORLEVEL%

:no_java
echo kring: Java 17 or newer is needed and none was found: install it (see FIRST-STEPS.txt) or set JAVA_HOME. 1>&2
exit /b 2

:unknown_version
echo kring: could not tell the version of "%KRING_JAVA%"; Kring needs Java 17 or newer (see FIRST-STEPS.txt). 1>&2
exit /b 2

:too_old
echo kring: Kring needs Java 17 or newer, but "%KRING_JAVA%" is Java %KRING_JVERSION%: install a newer one (see FIRST-STEPS.txt) or set JAVA_HOME. 1>&2
exit /b 2
