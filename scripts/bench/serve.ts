// A static server for the benchmark on loopback that also counts the bytes it sends for the
// search index. Pagefind fetches its chunks from a web worker, which a page's own network
// events do not show, so the count is taken where every request arrives: at the server.
import { createServer } from 'node:http';
import sirv from 'sirv';

export interface CountingServer {
  /** The site root as served: origin plus base path, without a trailing slash. */
  origin: string;
  /** Bytes of search files (/pagefind/ and the spelling vocabulary) sent since the last reset. */
  pagefindBytes(): number;
  /** The same bytes by path, for seeing what a query fetched. */
  pagefindFiles(): Map<string, number>;
  resetCount(): void;
  stop(): Promise<void>;
}

export interface ServeOptions {
  /** The base path the site was built for (`/atlas/`): stripped from request paths. */
  base?: string;
  /** Send the *.gz copies written by precompress(), as a host would. */
  gzip?: boolean;
}

export async function serveCounting(dir: string, port: number, { base = '/', gzip = false }: ServeOptions = {}): Promise<CountingServer> {
  const assets = sirv(dir, { dev: false, etag: true, gzip });
  let pagefindBytes = 0;
  let files = new Map<string, number>();
  const server = createServer((req, res) => {
    if (base !== '/' && req.url?.startsWith(base)) req.url = req.url.slice(base.length - 1);
    if (req.url?.includes('/pagefind/') || req.url?.includes('/search-vocabulary/')) {
      const path = req.url;
      // sirv streams the file through write(); headers it passes to writeHead are not readable back.
      const write = res.write.bind(res);
      res.write = ((chunk: Buffer | string, ...rest: never[]) => {
        pagefindBytes += Buffer.byteLength(chunk);
        files.set(path, (files.get(path) ?? 0) + Buffer.byteLength(chunk));
        return write(chunk, ...rest);
      }) as typeof res.write;
    }
    assets(req, res, () => {
      res.statusCode = 404;
      res.end('not found');
    });
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  // Port 0 asks the system for a free one.
  const bound = (server.address() as { port: number }).port;
  return {
    origin: `http://127.0.0.1:${bound}${base.replace(/\/$/, '')}`,
    pagefindBytes: () => pagefindBytes,
    pagefindFiles: () => files,
    resetCount: () => {
      pagefindBytes = 0;
      files = new Map();
    },
    stop: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
