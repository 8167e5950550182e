@echo off
rem Windows twin of ./portal: the JVM options the benchmark found best (docs/performance.md);
rem PORTAL_JAVA_OPTS adds options after them.
setlocal
set "HERE=%~dp0"
if not exist "%HERE%target\portal.jar" (
  echo portal: compiling the generator once ^(mvn package^)... 1>&2
  pushd "%HERE%" && call mvn -q -B package -DskipTests && popd || exit /b 2
)
set "CDS="
if exist "%HERE%target\portal.jsa" set "CDS=-XX:SharedArchiveFile=%HERE%target\portal.jsa -Xshare:auto -Xlog:cds=off -Xlog:cds+dynamic=off"
java %CDS% -XX:TieredStopAtLevel=1 -XX:+UseParallelGC -Xmn128m -XX:GCTimeRatio=4 %PORTAL_JAVA_OPTS% -jar "%HERE%target\portal.jar" %*
