// Child processes that must never outlive the script that started them.
//
// code-server forks an extension host, a pty host and file watchers; killing only
// its main pid leaves those running (and holding ports and files). So every long-
// lived child is started as the leader of its own process group (detached: true)
// and stopped by signalling the whole group: SIGTERM first, SIGKILL after a grace
// period. A synchronous last-resort SIGKILL runs on process exit and on Ctrl+C,
// so a crash, a timeout or an interrupted run still leaves nothing behind.
import { spawn } from 'node:child_process';

/** Process groups started here and not yet stopped: pid -> { label, stop }. */
const liveGroups = new Map();
let exitHooksInstalled = false;

function installExitHooks() {
  if (exitHooksInstalled) return;
  exitHooksInstalled = true;
  // 'exit' handlers must be synchronous: signal only, no waiting.
  process.on('exit', () => {
    for (const pid of liveGroups.keys()) signalGroup(pid, 'SIGKILL');
  });
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
    process.once(signal, async () => {
      const labels = [...liveGroups.values()].map((group) => group.label);
      process.stderr.write(`\n${signal}: stopping ${labels.join(', ') || 'nothing'}\n`);
      // Graceful first (code-server flushes its state on SIGTERM), bounded in time;
      // process.exit then runs the 'exit' handler above for anything left.
      await Promise.race([
        Promise.all([...liveGroups.values()].map((group) => group.stop(3000))),
        sleep(8000),
      ]);
      process.exit(signal === 'SIGINT' ? 130 : 143);
    });
  }
}

/** Sends a signal to every process of a group; false when the group is gone. */
function signalGroup(pid, signal) {
  try {
    process.kill(-pid, signal);
    return true;
  } catch (error) {
    if (error.code === 'ESRCH') return false;
    throw error;
  }
}

function groupIsAlive(pid) {
  return signalGroup(pid, 0);
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Starts `command` as the leader of a new process group. Returns the ChildProcess
 * plus stop(), which ends the whole group (idempotent, never throws for a group
 * that is already gone).
 */
export function spawnGroup(command, args, options = {}, label = command) {
  installExitHooks();
  const child = spawn(command, args, { ...options, detached: true });
  if (child.pid === undefined) {
    // spawn failed synchronously (ENOENT etc.); the 'error' event carries why.
    return { child, stop: async () => {} };
  }
  const pid = child.pid;
  let stopping;
  const stop = (graceMs = 5000) => {
    stopping ??= (async () => {
      if (groupIsAlive(pid)) {
        signalGroup(pid, 'SIGTERM');
        const deadline = Date.now() + graceMs;
        while (groupIsAlive(pid) && Date.now() < deadline) await sleep(100);
        // Children that ignored SIGTERM (or were orphaned when the leader exited).
        while (groupIsAlive(pid)) {
          signalGroup(pid, 'SIGKILL');
          await sleep(100);
        }
      }
      liveGroups.delete(pid);
    })();
    return stopping;
  };
  liveGroups.set(pid, { label, stop });
  return { child, stop };
}
