// A bounded load test on loopback: 200 concurrent connections asking a static server for a mix
// of pages and search-index chunks, for a fixed number of seconds.
import autocannon from 'autocannon';

export interface LoadResult {
  requests: number;
  perSecond: number;
  p50: number;
  p99: number;
  errors: number;
  non2xx: number;
}

export async function loadTest(origin: string, paths: string[], connections = 200, seconds = 10): Promise<LoadResult> {
  const result = await autocannon({
    url: origin,
    connections,
    duration: seconds,
    // Browsers ask for gzip; the server then sends the precompressed copies.
    requests: paths.map((path) => ({ method: 'GET', path, headers: { 'accept-encoding': 'gzip' } })),
  });
  return {
    requests: result.requests.total,
    perSecond: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors,
    non2xx: result.non2xx,
  };
}
