/**
 * Wraps an action so a second call while the first is still running does nothing (a double tap on
 * "Nhắc nhở" sends one request). `running()` tells the page to show the button as busy.
 */
export function oneAtATime<A extends unknown[]>(action: (...args: A) => Promise<void>) {
  let pending = false;
  const run = async (...args: A): Promise<void> => {
    if (pending) return;
    pending = true;
    try {
      await action(...args);
    } finally {
      pending = false;
    }
  };
  return Object.assign(run, { running: () => pending });
}
