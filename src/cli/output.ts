/**
 * Writing the result to the process's stdout and stderr without `process.stdout`: making that stream
 * loads node:tty or node:net and the whole stream stack (5–8 ms of a warm `plan status`, a fifth of what
 * it costs above Node's own start), only to write one string. Each result is written at once with
 * `fs.writeSync` on the file descriptor. A terminal (and Windows, whose console needs Node's UTF-16
 * writer) still goes through the stream, which knows the terminal's width and encoding.
 */
import { fstatSync, statSync, writeSync } from 'node:fs';

export interface Sink {
  isTTY: boolean;
  columns: number | undefined;
  write(text: string): void;
}

/**
 * Where fd 1 or 2 goes. A pipe, a regular file or /dev/null is never a terminal, and telling so takes
 * one fstat; anything else (a character device: a terminal, or /dev/full) asks the stream.
 */
export function sink(fd: 1 | 2): Sink {
  if (process.platform !== 'win32') {
    let device: boolean;
    try {
      const st = fstatSync(fd);
      device = st.isCharacterDevice() && st.rdev !== devNull();
    } catch {
      // Not a descriptor we can ask about: the write below fails and says so. (A stdout closed with
      // `>&-` is not one: Node reopens fds 0–2 on /dev/null before any JavaScript runs.)
      device = false;
    }
    if (!device) return { isTTY: false, columns: undefined, write: (text) => writeFd(fd, text) };
  }
  const stream = fd === 1 ? process.stdout : process.stderr;
  if (process.platform === 'win32') {
    return {
      isTTY: Boolean(stream.isTTY),
      columns: stream.columns,
      write: (text) => {
        stream.write(text);
      },
    };
  }
  return { isTTY: Boolean(stream.isTTY), columns: stream.columns, write: (text) => writeFd(fd, text) };
}

function devNull(): number | undefined {
  try {
    return statSync('/dev/null').rdev;
  } catch {
    return undefined;
  }
}

let pause: Int32Array | undefined;

/** All of `text`, even to a non-blocking pipe (EAGAIN: wait a millisecond, go on). Other errors throw. */
export function writeFd(fd: number, text: string): void {
  const buf = Buffer.from(text, 'utf8');
  let at = 0;
  while (at < buf.length) {
    try {
      at += writeSync(fd, buf, at, buf.length - at);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EAGAIN') throw e;
      pause ??= new Int32Array(new SharedArrayBuffer(4));
      Atomics.wait(pause, 0, 0, 1);
    }
  }
}
