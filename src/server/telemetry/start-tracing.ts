import 'server-only';

import { resourceFromAttributes } from '@opentelemetry/resources';
import { BatchSpanProcessor, type SpanProcessor } from '@opentelemetry/sdk-trace-base';
import { NodeTracerProvider } from '@opentelemetry/sdk-trace-node';
import { z } from 'zod';

export type StartTracingOptions = {
  spanProcessor: SpanProcessor;
  /** OTEL_SERVICE_NAME, or `prevenir`. */
  serviceName?: string;
};

/**
 * Registers the process's tracer provider: from then on Next.js's own spans (requests, rendering,
 * route handlers, fetch) and this app's error spans go to `spanProcessor`.
 */
export const startTracing = ({ spanProcessor, serviceName }: StartTracingOptions) => {
  const provider = new NodeTracerProvider({
    resource: resourceFromAttributes({ 'service.name': serviceName || 'prevenir' }),
    spanProcessors: [spanProcessor],
  });
  provider.register();
  return provider;
};

const ZTracingEnvSchema = z.object({
  OTEL_EXPORTER_OTLP_ENDPOINT: z.url().optional(),
  OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: z.url().optional(),
});

/**
 * Traces to the OTLP/HTTP collector in OTEL_EXPORTER_OTLP_ENDPOINT (or _TRACES_ENDPOINT) when one
 * is set; the exporter reads those and OTEL_EXPORTER_OTLP_HEADERS itself, as every OpenTelemetry
 * SDK does. Without one, nothing is traced (and the SDK is not even loaded).
 */
export const startTracingIfConfigured = async () => {
  const endpoints = ZTracingEnvSchema.parse({
    OTEL_EXPORTER_OTLP_ENDPOINT: process.env.OTEL_EXPORTER_OTLP_ENDPOINT || undefined,
    OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: process.env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT || undefined,
  });
  if (!endpoints.OTEL_EXPORTER_OTLP_ENDPOINT && !endpoints.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT) {
    return null;
  }
  const { OTLPTraceExporter } = await import('@opentelemetry/exporter-trace-otlp-http');
  return startTracing({
    spanProcessor: new BatchSpanProcessor(new OTLPTraceExporter()),
    serviceName: process.env.OTEL_SERVICE_NAME,
  });
};
