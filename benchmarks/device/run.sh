#!/usr/bin/env bash
# Runs the throughput benchmark on H2 with the kit prepare.sh made, on a machine that has neither
# Maven nor a JDK, and keeps the output in $OUT (or benchmarks/device/out). Arguments are passed to
# the benchmark after the defaults below, so they override them.
# Usage, from the repository root: bash benchmarks/device/run.sh [--rounds N ...]
set -euo pipefail
cd "$(dirname "$0")/../.."
kit=benchmarks/device/kit
out=${OUT:-benchmarks/device/out}
mkdir -p "$out"
runtime=$(mktemp -d)
tar -C "$runtime" -xJf "$kit/java.tar.xz"
{
  echo "cores $(nproc), load $(cut -d' ' -f1-3 /proc/loadavg), $(uname -srm)"
  "$runtime/java/bin/java" -Xmx2g -jar "$kit/prima-benchmarks.jar" --db h2 --rounds 20 \
    --instances 200 --journal-size 20000 --pairs 30 --only throughput "$@"
} 2>&1 | tee "$out/throughput-h2.txt"
