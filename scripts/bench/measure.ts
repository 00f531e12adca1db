// Runs a command and reports its wall time and the peak resident memory of its whole process
// tree (read from /proc every 50 ms; Linux only, which is what these machines run).
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

export interface Measured {
  ms: number;
  peakMiB: number | null;
  output: string;
}

function childrenOf(pid: number, all: Map<number, number>): number[] {
  const kids = [...all].filter(([, parent]) => parent === pid).map(([child]) => child);
  return [pid, ...kids.flatMap((kid) => childrenOf(kid, all))];
}

function treeRssKiB(root: number): number | null {
  try {
    const parents = new Map<number, number>();
    for (const entry of readdirSync('/proc')) {
      if (!/^\d+$/.test(entry)) continue;
      try {
        const ppid = /PPid:\s+(\d+)/.exec(readFileSync(`/proc/${entry}/status`, 'utf8'))?.[1];
        if (ppid) parents.set(Number(entry), Number(ppid));
      } catch {
        /* the process ended while we looked */
      }
    }
    let total = 0;
    for (const pid of childrenOf(root, parents)) {
      try {
        total += Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0);
      } catch {
        /* ended */
      }
    }
    return total;
  } catch {
    return null;
  }
}

export function runMeasured(command: string, args: string[], env: Record<string, string> = {}, cwd?: string): Promise<Measured> {
  return new Promise((resolvePromise, reject) => {
    const started = performance.now();
    const child = spawn(command, args, { cwd, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    let peak: number | null = null;
    const timer = setInterval(() => {
      const rss = treeRssKiB(child.pid!);
      if (rss !== null) peak = Math.max(peak ?? 0, rss);
    }, 50);
    child.on('error', reject);
    child.on('close', (code) => {
      clearInterval(timer);
      if (code !== 0) return reject(new Error(`${command} ${args.join(' ')} exited with ${code}:\n${output.slice(-3000)}`));
      resolvePromise({ ms: performance.now() - started, peakMiB: peak === null ? null : peak / 1024, output });
    });
  });
}
