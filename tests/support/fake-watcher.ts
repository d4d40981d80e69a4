/** The parts of Astro's dev-server watcher (chokidar's FSWatcher) a loader uses, and `emit` to play a change to a file. */
export function fakeWatcher() {
  const added: string[] = [];
  const listeners: Array<{ event: string; listener: (...args: string[]) => void }> = [];
  return {
    added,
    add: (watched: string) => void added.push(watched),
    on: (event: string, listener: (...args: string[]) => void) => void listeners.push({ event, listener }),
    /** What chokidar does on `event` at `file`: an `all` listener is told the event and the file, the event's own listeners the file. */
    emit(event: 'add' | 'change' | 'unlink', file: string): void {
      for (const { event: on, listener } of listeners) {
        if (on === 'all') listener(event, file);
        else if (on === event) listener(file);
      }
    },
  };
}
