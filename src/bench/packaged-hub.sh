# Sourced by the benchmark scripts: sets $jar to the packaged hub (built first if target/ has none) and $java to a
# JDK 21+ from /usr/lib/jvm (the machine's default java may be older).
jar="$(ls target/kazakhstan-hub-*.jar 2>/dev/null | grep -v original | head -n 1 || true)"
if [ -z "$jar" ]; then
  mvn -B -q -DskipTests package
  jar="$(ls target/kazakhstan-hub-*.jar | grep -v original | head -n 1)"
fi
java="$(ls -d /usr/lib/jvm/*25* /usr/lib/jvm/*-2[1-9]* 2>/dev/null | head -n 1)/bin/java"
[ -x "$java" ] || java=java
