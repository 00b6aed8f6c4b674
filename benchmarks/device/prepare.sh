#!/usr/bin/env bash
# Prepares the throughput benchmark for a quiet machine without Maven or a JDK (the device
# machine lent to some sessions): builds the shaded benchmark jar and a jlinked Java runtime of the
# modules it needs, packed with xz, into benchmarks/device/kit/ (ignored by git; carry it).
# Usage, from the repository root: bash benchmarks/device/prepare.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
kit=benchmarks/device/kit
rm -rf "$kit" && mkdir -p "$kit"
mvn -B -q -pl benchmarks -am package -DskipTests -Dspotless.check.skip=true -Dmaven.javadoc.skip=true
cp benchmarks/target/prima-benchmarks.jar "$kit/"
modules=$(jdeps --ignore-missing-deps --multi-release 17 --print-module-deps "$kit/prima-benchmarks.jar")
# and what jdeps cannot see: JNDI lookups, JFR's management
modules="$modules,java.naming,jdk.management.jfr"
work=$(mktemp -d)
# uncompressed modules, then xz: 18 MB, against 39 MB for jlink's own compression under xz; with the
# jar (33 MB) and the sources (5 MB) the kit stays under the device's 64 MiB
jlink --add-modules "$modules" --strip-debug --no-header-files --no-man-pages --output "$work/java"
tar -C "$work" -cf - java | xz -9 -T2 >"$kit/java.tar.xz"
rm -rf "$work"
ls -l "$kit"
