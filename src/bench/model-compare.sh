#!/usr/bin/env bash
# Measurement branch only (models-measure): kz.hub.search.ModelComparison, one JVM per model and threshold,
# then the three models' embedding times in one JVM, interleaved. About 2 minutes on 2 cores.
# Usage: bash src/bench/model-compare.sh > target/model-compare.log
set -euo pipefail
cd "$(dirname "$0")/../.."
JAVA=${JAVA:-/usr/lib/jvm/temurin-25-jdk-amd64/bin/java}
mvn -B -q test-compile
mvn -B -q dependency:build-classpath -Dmdep.outputFile=target/cp.txt -Dmdep.includeScope=test
CP="target/test-classes:target/classes:$(cat target/cp.txt)"
run() { # model [min cosine]
  "$JAVA" -Xmx512m ${2:+-Dhub.measure.min-cosine=$2} -cp "$CP" kz.hub.search.ModelComparison "$1" 2>&1 \
    | grep -e '^MODEL' -e '^RANKS' -e '^COS' -e 'success@3' -e 'unanswerable' -e 'cosines:' -e 'query embed' -e '^LATENCY' \
      -e 'Exception' -e '^\s*at '
}
# the shipped MeaningFusion.MIN_COSINE (0.45), none, and each model's highest unanswerable cosine + 0.01
for spec in minilm: bge: e5: minilm:-1 bge:-1 e5:-1 minilm:0.39 bge:0.71 e5:0.85; do
  run "${spec%%:*}" "${spec#*:}"
done
ls -l ~/.m2/repository/dev/langchain4j/langchain4j-embeddings-{all-minilm-l6-v2-q/1.19.0-beta29,bge-small-en-v15-q/1.11.0-beta19,e5-small-v2-q/1.11.0-beta19}/*.jar
run latency
run latency
