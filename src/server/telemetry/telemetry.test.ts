import { createServer, type Server } from 'node:http';

import { context, SpanStatusCode, trace } from '@opentelemetry/api';
import { InMemorySpanExporter, SimpleSpanProcessor } from '@opentelemetry/sdk-trace-base';
import { afterEach, describe, expect, it } from 'vitest';

import { reportRequestError } from './report-request-error';
import { startTracing, startTracingIfConfigured } from './start-tracing';

afterEach(() => {
  trace.disable();
  delete process.env.OTEL_EXPORTER_OTLP_ENDPOINT;
});

const failedRender = (error: unknown) =>
  reportRequestError(
    error,
    {
      path: '/es/paises/peru?token=un-solo-uso',
      method: 'GET',
      headers: { cookie: 'next-auth.session-token=abc' },
    },
    {
      routerKind: 'App Router',
      routePath: '/[locale]/countries/[slug]',
      routeType: 'render',
      revalidateReason: undefined,
    },
  );

describe('reportRequestError (Next.js onRequestError)', () => {
  it('records a server error as an error span under the request’s span, without personal data', async () => {
    const exporter = new InMemorySpanExporter();
    startTracing({ spanProcessor: new SimpleSpanProcessor(exporter) });

    // Next.js's own span for the request, as when it renders the page.
    const request = trace.getTracer('next.js').startSpan('GET /es/paises/peru');
    context.with(trace.setSpan(context.active(), request), () =>
      failedRender(new Error('database down while mailing ana@example.org')),
    );
    request.end();

    const spans = exporter.getFinishedSpans();
    const error = spans.find((span) => span.name === 'error /[locale]/countries/[slug]')!;
    expect(error.status).toEqual({
      code: SpanStatusCode.ERROR,
      message: 'database down while mailing [email]',
    });
    expect(error.parentSpanContext?.spanId).toBe(request.spanContext().spanId);
    expect(error.attributes).toMatchObject({
      'http.request.method': 'GET',
      'url.path': '/es/paises/peru',
      'http.route': '/[locale]/countries/[slug]',
    });
    expect(error.events.map((event) => event.name)).toEqual(['exception']);
    const recorded = JSON.stringify({ attributes: error.attributes, events: error.events });
    for (const secret of ['un-solo-uso', 'session-token', 'ana@example.org']) {
      expect(recorded).not.toContain(secret);
    }
    expect(error.resource.attributes['service.name']).toBe('prevenir');
  });
});

describe('startTracingIfConfigured (Next.js register)', () => {
  it('traces nothing when no exporter is configured', async () => {
    expect(await startTracingIfConfigured()).toBeNull();
    const span = trace.getTracer('probe').startSpan('probe');
    expect(span.isRecording()).toBe(false);
    span.end();
  });

  it('sends spans to the OTLP collector in OTEL_EXPORTER_OTLP_ENDPOINT', async () => {
    // A stand-in collector: it keeps what the exporter posts.
    const received: { url?: string; body: string }[] = [];
    const collector: Server = createServer((request, response) => {
      let body = '';
      request.on('data', (chunk: Buffer) => (body += chunk.toString()));
      request.on('end', () => {
        received.push({ url: request.url, body });
        response.writeHead(200, { 'content-type': 'application/json' }).end('{}');
      });
    });
    await new Promise<void>((resolve) => collector.listen(0, '127.0.0.1', resolve));
    try {
      const { port } = collector.address() as { port: number };
      process.env.OTEL_EXPORTER_OTLP_ENDPOINT = `http://127.0.0.1:${port}`;
      const provider = (await startTracingIfConfigured())!;

      trace.getTracer('probe').startSpan('render country page').end();
      await provider.forceFlush();

      expect(received).toHaveLength(1);
      expect(received[0]?.url).toBe('/v1/traces');
      expect(received[0]?.body).toContain('render country page');
      expect(received[0]?.body).toContain('prevenir');
      await provider.shutdown();
    } finally {
      await new Promise((resolve) => collector.close(resolve));
    }
  });
});
