/** Prometheus metrics for the ops server: questions, latency, corpus size and index build time. */
import { Counter, Gauge, Histogram, Registry } from 'prom-client';

export interface Metrics {
  registry: Registry;
  questions: Counter<'platform' | 'status'>;
  latency: Histogram<'platform'>;
  corpusArticles: Gauge;
  corpusPassages: Gauge;
  indexBuildSeconds: Gauge;
  corpusReloads: Counter<'result'>;
  sendsInProgress: Gauge<'platform'>;
  sendFailures: Counter<'platform' | 'reason'>;
}

export function createMetrics(): Metrics {
  const registry = new Registry();
  return {
    registry,
    questions: new Counter({ name: 'tradetalk_questions_total', help: 'Turns by platform and outcome (answered, no_answer, invalid, help, sources, rate_limited, busy, shutting_down, error)', labelNames: ['platform', 'status'], registers: [registry] }),
    latency: new Histogram({ name: 'tradetalk_answer_seconds', help: 'Time for the core to answer a question', labelNames: ['platform'], buckets: [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1], registers: [registry] }),
    corpusArticles: new Gauge({ name: 'tradetalk_corpus_articles', help: 'Articles in the index being served', registers: [registry] }),
    corpusPassages: new Gauge({ name: 'tradetalk_corpus_passages', help: 'Passages in the index being served', registers: [registry] }),
    indexBuildSeconds: new Gauge({ name: 'tradetalk_index_build_seconds', help: 'How long the index being served took to build or load', registers: [registry] }),
    corpusReloads: new Counter({ name: 'tradetalk_corpus_reloads_total', help: 'Corpus reloads by result', labelNames: ['result'], registers: [registry] }),
    sendsInProgress: new Gauge({ name: 'tradetalk_sends_in_progress', help: 'HTTP calls to a chat platform (replies, Web API calls) under way', labelNames: ['platform'], registers: [registry] }),
    sendFailures: new Counter({ name: 'tradetalk_send_failures_total', help: 'Failed or retried calls to a chat platform by reason (timeout, error, rate_limited)', labelNames: ['platform', 'reason'], registers: [registry] }),
  };
}
