#!/usr/bin/env bash
# Sourced by ./fluxpay and .ci/run: exports JAVA_HOME pointing at a JDK 21 or newer.
# FluxPay compiles with --release 21, so any JDK from 21 up builds and runs it.

fluxpay_jdk_major() { # prints the major version of the java binary given, or nothing
  "$1" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java\.specification\.version = //p' | head -n1
}

fluxpay_find_jdk() {
  local candidate major
  for candidate in "${JAVA_HOME:-}" $(ls -d /usr/lib/jvm/*/ 2>/dev/null | sort -rV) "$(dirname "$(dirname "$(readlink -f "$(command -v javac 2>/dev/null || echo /nonexistent)")")")"; do
    [ -n "$candidate" ] && [ -x "$candidate/bin/javac" ] || continue
    major=$(fluxpay_jdk_major "$candidate/bin/java")
    if [ -n "$major" ] && [ "${major%%.*}" -ge 21 ] 2>/dev/null; then
      export JAVA_HOME="${candidate%/}"
      export PATH="$JAVA_HOME/bin:$PATH"
      return 0
    fi
  done
  echo "FluxPay needs a JDK 21 or newer (javac included). None was found in JAVA_HOME or /usr/lib/jvm." >&2
  echo "Install one (for example: apt-get install openjdk-21-jdk-headless, or a Temurin 21/25 JDK) and set JAVA_HOME." >&2
  return 1
}
