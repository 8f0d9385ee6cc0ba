import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';

import { median } from '../lib/percentile';

export type LighthouseScores = {
  performance: number;
  accessibility: number;
  /** The metrics behind the performance score, in ms (CLS: unitless). */
  metrics: Record<string, number>;
};

const METRICS = {
  FCP: 'first-contentful-paint',
  LCP: 'largest-contentful-paint',
  TBT: 'total-blocking-time',
  CLS: 'cumulative-layout-shift',
  SI: 'speed-index',
} as const;

const CHROME_FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export type LighthouseSummary = {
  /** The median run's scores and metrics (each the median over the runs)… */
  median: LighthouseScores;
  /** …and every run's performance score, to show the spread. */
  performanceRuns: number[];
};

/**
 * Lighthouse's default (mobile, simulated throttling) performance and accessibility scores, each
 * page run `runs` times: a single run's performance score moves by several points with the
 * machine's momentary speed, and Lighthouse's own guidance is to report the median of five.
 */
export const runLighthouse = async (
  urls: string[],
  runs: number,
): Promise<Map<string, LighthouseSummary>> => {
  const chrome = await chromeLauncher.launch({
    chromePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    chromeFlags: CHROME_FLAGS,
  });
  const summaries = new Map<string, LighthouseSummary>();
  try {
    for (const url of urls) {
      const scores: LighthouseScores[] = [];
      for (let run = 0; run < runs; run++) {
        const result = await lighthouse(url, {
          port: chrome.port,
          output: 'json',
          logLevel: 'error',
          onlyCategories: ['performance', 'accessibility'],
        });
        const categories = result?.lhr.categories;
        scores.push({
          performance: Math.round((categories?.performance?.score ?? 0) * 100),
          accessibility: Math.round((categories?.accessibility?.score ?? 0) * 100),
          metrics: Object.fromEntries(
            Object.entries(METRICS).map(([name, audit]) => [
              name,
              result?.lhr.audits[audit]?.numericValue ?? NaN,
            ]),
          ),
        });
      }
      summaries.set(url, {
        median: {
          performance: median(scores.map((s) => s.performance)),
          accessibility: median(scores.map((s) => s.accessibility)),
          metrics: Object.fromEntries(
            Object.keys(METRICS).map((name) => [name, median(scores.map((s) => s.metrics[name]!))]),
          ),
        },
        performanceRuns: scores.map((s) => s.performance),
      });
    }
  } finally {
    chrome.kill();
  }
  return summaries;
};
