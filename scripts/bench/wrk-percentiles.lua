-- Loaded by run-wrk.ts: after wrk's own summary, one line with the latency percentiles (ms) it
-- reads, p95 included (wrk's --latency table has no p95).
done = function(summary, latency, requests)
  io.write(string.format(
    "percentiles-ms p50=%.3f p95=%.3f p99=%.3f\n",
    latency:percentile(50) / 1000,
    latency:percentile(95) / 1000,
    latency:percentile(99) / 1000
  ))
end
