/**
 * Many widgets on one page (issue #14, item 8): each one's first render builds its whole tree, and
 * all of them would start in the one task where the element is defined (and again when the
 * built-in dataset's depth arrives for all of them at once). One widget updates at once; others
 * updating in the same task wait their turn, one per task, so the page stays responsive between them.
 */
const waiting: Array<() => void> = [];
let busy = false;
const channel = typeof MessageChannel === 'function' ? new MessageChannel() : undefined;
if (channel) channel.port1.onmessage = () => next();
/** A new task (MessageChannel: not clamped like nested timers). */
const nextTask = () => (channel ? channel.port2.postMessage(0) : setTimeout(next));

function next() {
  const turn = waiting.shift();
  if (!turn) busy = false;
  else {
    turn(); // its render runs in this task's microtasks
    nextTask();
  }
}

/** Undefined: update now (no other widget updated in this task); else a promise resolved in a task of its own. */
export function renderTurn(): Promise<void> | undefined {
  if (!busy) {
    busy = true;
    nextTask();
    return undefined;
  }
  return new Promise((resolve) => waiting.push(resolve));
}
