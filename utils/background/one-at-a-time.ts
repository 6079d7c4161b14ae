/**
 * Runs jobs one after another, each starting when the one before has settled
 * (failed or not), so that overlapping changes cannot interleave. Each call
 * resolves (or rejects) with its own job's outcome.
 */
export function oneAtATime(): <T>(job: () => Promise<T>) => Promise<T> {
  let queue: Promise<unknown> = Promise.resolve();
  return (job) => {
    const next = queue.then(job);
    queue = next.catch(() => undefined);
    return next;
  };
}
