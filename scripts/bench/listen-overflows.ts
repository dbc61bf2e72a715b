/**
 * The kernel's count of connections dropped because a listening socket's accept queue was full
 * (TcpExt ListenOverflows in /proc/net/netstat; system-wide). A client whose handshake was dropped retries its SYN
 * after 1, 3, 7 s ..., so a burst of connections against a busy server shows up as requests that time out.
 */
import { readFileSync } from "node:fs";

export function listenOverflows(): number {
  try {
    const lines = readFileSync("/proc/net/netstat", "utf8").split("\n");
    for (let i = 0; i + 1 < lines.length; i += 2) {
      const names = lines[i]!.trim().split(/\s+/);
      if (names[0] !== "TcpExt:") continue;
      const values = lines[i + 1]!.trim().split(/\s+/);
      const index = names.indexOf("ListenOverflows");
      return index > 0 ? Number(values[index]) : Number.NaN;
    }
  } catch {
    // not Linux
  }
  return Number.NaN;
}
