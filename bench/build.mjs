// Runs the site's build as `npm run build` does (scripts/build.mjs, which is
// `astro build`) and measures it: seconds and peak memory.
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');

/** Every process under `pid`, itself included (Linux /proc). */
function processTree(pid) {
  const pids = [pid];
  for (let i = 0; i < pids.length; i++) {
    try {
      for (const task of readdirSync(`/proc/${pids[i]}/task`)) {
        pids.push(...readFileSync(`/proc/${pids[i]}/task/${task}/children`, 'utf8').split(' ').filter(Boolean).map(Number));
      }
    } catch {
      // It ended between two reads.
    }
  }
  return pids;
}

const statusKB = (status, field) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? 0);
const commandOf = (pid) =>
  readFileSync(`/proc/${pid}/cmdline`, 'utf8')
    .split('\0')
    .filter((arg) => arg && !arg.startsWith('--'))
    .slice(0, 3)
    .map((arg) => arg.split('/').at(-1))
    .filter((arg) => arg !== 'node')
    .join(' ');

/**
 * Builds with `env` and resolves to the exit status, seconds, standard
 * output and peak memory: the resident memory of the build and of every
 * process it starts (Astro, Pagefind's binary; worker threads count in their
 * process), summed every 100 ms, and the largest single process with its own
 * exact peak (VmHWM). Memory is null where there is no /proc. Seconds
 * depend on what else the machine runs: `loadAverage` is the mean one-minute
 * load average through the build. Errors and warnings show on stderr unless
 * `quiet`.
 */
export function measuredBuild(env, { quiet = false } = {}) {
  return new Promise((done, fail) => {
    const started = performance.now();
    const child = spawn(process.execPath, [resolve(root, 'scripts/build.mjs')], { cwd: root, env, stdio: ['ignore', 'pipe', quiet ? 'ignore' : 'inherit'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    let peakKB = 0;
    let largest = { command: '', kB: 0 };
    const loads = [];
    const timer = setInterval(() => {
      loads.push(loadavg()[0]);
      let total = 0;
      for (const pid of processTree(child.pid)) {
        try {
          const status = readFileSync(`/proc/${pid}/status`, 'utf8');
          total += statusKB(status, 'VmRSS');
          const own = statusKB(status, 'VmHWM');
          if (own > largest.kB) largest = { command: commandOf(pid), kB: own };
        } catch {
          // Ended, or no /proc.
        }
      }
      peakKB = Math.max(peakKB, total, largest.kB);
    }, 100);
    child.on('error', fail);
    child.on('exit', (status) => {
      clearInterval(timer);
      done({
        status,
        seconds: (performance.now() - started) / 1000,
        output,
        loadAverage: loads.reduce((sum, l) => sum + l, 0) / loads.length,
        peakMB: peakKB ? peakKB / 1024 : null,
        largestProcess: peakKB ? { command: largest.command, peakMB: largest.kB / 1024 } : null,
      });
    });
  });
}

