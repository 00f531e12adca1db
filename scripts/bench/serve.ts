// A static server for the benchmark on loopback that also counts the bytes it sends for the
// search index. Pagefind fetches its chunks from a web worker, which a page's own network
// events do not show, so the count is taken where every request arrives: at the server.
import { createServer } from 'node:http';
import sirv from 'sirv';

export interface CountingServer {
  origin: string;
  /** Bytes of /pagefind/ files sent since the last reset. */
  pagefindBytes(): number;
  resetCount(): void;
  stop(): Promise<void>;
}

export async function serveCounting(dir: string, port: number): Promise<CountingServer> {
  const assets = sirv(dir, { dev: false, etag: true });
  let pagefindBytes = 0;
  const server = createServer((req, res) => {
    if (req.url?.includes('/pagefind/')) {
      // sirv streams the file through write(); headers it passes to writeHead are not readable back.
      const write = res.write.bind(res);
      res.write = ((chunk: Buffer | string, ...rest: never[]) => {
        pagefindBytes += Buffer.byteLength(chunk);
        return write(chunk, ...rest);
      }) as typeof res.write;
    }
    assets(req, res, () => {
      res.statusCode = 404;
      res.end('not found');
    });
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return {
    origin: `http://127.0.0.1:${port}`,
    pagefindBytes: () => pagefindBytes,
    resetCount: () => {
      pagefindBytes = 0;
    },
    stop: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
