/** Runs a command and measures its wall time and the peak memory of its whole process tree. */
import { spawn } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';

export interface Measured { ms: number; peakBytes: number; code: number; output: string; }

function rssOfTree(pid: number): number {
  let total = 0;
  const visit = (p: number) => {
    try {
      const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${p}/status`, 'utf8'));
      if (m) total += Number(m[1]) * 1024;
      for (const t of readdirSync(`/proc/${p}/task`)) {
        for (const c of readFileSync(`/proc/${p}/task/${t}/children`, 'utf8').split(' ').filter(Boolean)) visit(Number(c));
      }
    } catch { /* the process ended while being read */ }
  };
  visit(pid);
  return total;
}

export function measure(cmd: string, args: string[], options: { cwd?: string; quiet?: boolean } = {}): Promise<Measured> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(cmd, args, { cwd: options.cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d) => { output += d; if (!options.quiet) process.stderr.write(d); });
    child.stderr.on('data', (d) => { output += d; if (!options.quiet) process.stderr.write(d); });
    let peak = 0;
    const timer = setInterval(() => { peak = Math.max(peak, rssOfTree(child.pid!)); }, 50);
    child.on('error', reject);
    child.on('exit', (code) => {
      clearInterval(timer);
      resolve({ ms: performance.now() - started, peakBytes: peak, code: code ?? -1, output });
    });
  });
}
